import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const responsePropertyBecameOptional: Rule = {
  id: 'response-property-became-optional',
  severity: 'breaking',
  description: 'A required response property became optional: its type gains undefined, code using it unguarded stops compiling.',
  advice: 'Handle the property being absent.',
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
    required: [first_name]
    properties: { first_name: { type: string } }`,
    head: `paths:
  /patient/{id}:
    get:
      operationId: fetchPatient
      parameters: [{ name: id, in: path, required: true, type: string }]
      responses: { '200': { description: OK, schema: { $ref: '#/definitions/Patient' } } }
definitions:
  Patient:
    type: object
    properties: { first_name: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'became-optional')) {
      yield finding(op.head, delta.pointer, `response property '${delta.path}' (${response.status}) of ${opName(op.head)} became optional`);
    }
  },
};
