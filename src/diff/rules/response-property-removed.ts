import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const responsePropertyRemoved: Rule = {
  id: 'response-property-removed',
  severity: 'breaking',
  description: 'A property was removed from a success response: code reading it stops compiling.',
  advice: 'Stop reading the property; find the data elsewhere.',
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
    properties: { first_name: { type: string }, nickname: { type: string } }`,
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
    for (const { op, response, delta } of responseDeltas(ctx, 'property-removed')) {
      yield finding(op.head, delta.pointer, `response property '${delta.path}' (${response.status}) was removed from ${opName(op.head)}`);
    }
  },
};
