import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const responsePropertyEnumValueRemoved: Rule = {
  id: 'response-property-enum-value-removed',
  severity: 'info',
  description: "A value was removed from a response property's enum: the response side narrowed, existing code keeps working.",
  example: {
    base: `paths:
  /patient/{id}:
    get:
      operationId: fetchPatient
      parameters: [{ name: id, in: path, required: true, type: string }]
      responses: { '200': { description: OK, schema: { $ref: '#/definitions/Patient' } } }
definitions:
  Patient:
    type: object
    properties: { gender: { type: string, enum: [male, female, other] } }`,
    head: `paths:
  /patient/{id}:
    get:
      operationId: fetchPatient
      parameters: [{ name: id, in: path, required: true, type: string }]
      responses: { '200': { description: OK, schema: { $ref: '#/definitions/Patient' } } }
definitions:
  Patient:
    type: object
    properties: { gender: { type: string, enum: [male, female] } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'enum-value-removed')) {
      yield finding(op.head, delta.pointer, `value ${delta.detail} was removed from response property '${delta.path}' (${response.status}) of ${opName(op.head)}`);
    }
  },
};
