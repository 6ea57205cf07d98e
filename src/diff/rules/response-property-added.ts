import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const responsePropertyAdded: Rule = {
  id: 'response-property-added',
  severity: 'info',
  description: 'A new property in a success response: more data, existing code keeps working.',
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
    properties: { first_name: { type: string }, email: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'property-added')) {
      yield finding(op.head, delta.pointer, `response property '${delta.path}' (${response.status}) was added to ${opName(op.head)}`);
    }
  },
};
