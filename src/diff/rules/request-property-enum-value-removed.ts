import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const requestPropertyEnumValueRemoved: Rule = {
  id: 'request-property-enum-value-removed',
  severity: 'breaking',
  description: "A value was removed from a request property's enum: the request side narrowed, calls sending it stop compiling.",
  advice: 'Stop sending the removed value.',
  example: {
    base: `paths:
  /patient:
    post:
      operationId: createPatient
      parameters: [{ name: body, in: body, required: true, schema: { $ref: '#/definitions/CreatePatientRequest' } }]
      responses: { '201': { description: Created } }
definitions:
  CreatePatientRequest:
    type: object
    properties: { gender: { type: string, enum: [male, female, other] } }`,
    head: `paths:
  /patient:
    post:
      operationId: createPatient
      parameters: [{ name: body, in: body, required: true, schema: { $ref: '#/definitions/CreatePatientRequest' } }]
      responses: { '201': { description: Created } }
definitions:
  CreatePatientRequest:
    type: object
    properties: { gender: { type: string, enum: [male, female] } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'enum-value-removed')) {
      yield finding(op.head, delta.pointer, `value ${delta.detail} was removed from request property '${delta.path}' of ${opName(op.head)}`);
    }
  },
};
