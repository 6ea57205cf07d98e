import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const requestPropertyRemoved: Rule = {
  id: 'request-property-removed',
  severity: 'breaking',
  description: 'A request body property was removed (or is no longer sent): calls that set it stop compiling.',
  advice: 'Stop setting the property.',
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
    properties: { first_name: { type: string }, nickname: { type: string } }`,
    head: `paths:
  /patient:
    post:
      operationId: createPatient
      parameters: [{ name: body, in: body, required: true, schema: { $ref: '#/definitions/CreatePatientRequest' } }]
      responses: { '201': { description: Created } }
definitions:
  CreatePatientRequest:
    type: object
    properties: { first_name: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'property-removed')) {
      yield finding(op.head, delta.pointer, `request property '${delta.path}' was removed from ${opName(op.head)}`);
    }
  },
};
