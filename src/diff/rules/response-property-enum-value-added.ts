import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const responsePropertyEnumValueAdded: Rule = {
  id: 'response-property-enum-value-added',
  severity: 'warning',
  description: "A value was added to a response property's enum: the response side widened, exhaustive switches miss the new value.",
  advice: 'Handle the new value where you switch on the property.',
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
    properties: { gender: { type: string, enum: [male, female] } }`,
    head: `paths:
  /patient/{id}:
    get:
      operationId: fetchPatient
      parameters: [{ name: id, in: path, required: true, type: string }]
      responses: { '200': { description: OK, schema: { $ref: '#/definitions/Patient' } } }
definitions:
  Patient:
    type: object
    properties: { gender: { type: string, enum: [male, female, other] } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'enum-value-added')) {
      yield finding(op.head, delta.pointer, `value ${delta.detail} was added to response property '${delta.path}' (${response.status}) of ${opName(op.head)}`);
    }
  },
};
