import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const requestPropertyBecameRequired: Rule = {
  id: 'request-property-became-required',
  severity: 'breaking',
  description: 'An optional request body property became required: calls that omit it stop compiling.',
  advice: 'Set the property in every call.',
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
    properties: { first_name: { type: string } }`,
    head: `paths:
  /patient:
    post:
      operationId: createPatient
      parameters: [{ name: body, in: body, required: true, schema: { $ref: '#/definitions/CreatePatientRequest' } }]
      responses: { '201': { description: Created } }
definitions:
  CreatePatientRequest:
    type: object
    required: [first_name]
    properties: { first_name: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'became-required')) {
      yield finding(op.head, delta.pointer, `request property '${delta.path}' of ${opName(op.head)} became required`);
    }
  },
};
