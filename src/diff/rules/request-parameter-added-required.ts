import { finding, opName, paramName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const requestParameterAddedRequired: Rule = {
  id: 'request-parameter-added-required',
  severity: 'breaking',
  description: 'A new required parameter: existing calls do not pass it and stop compiling.',
  advice: 'Pass the new parameter in every call.',
  example: {
    base: `paths:
  /patient:
    get:
      operationId: fetchPatients
      responses: { '200': { description: OK } }
      parameters:
        - { name: 'page[size]', in: query, type: integer }`,
    head: `paths:
  /patient:
    get:
      operationId: fetchPatients
      responses: { '200': { description: OK } }
      parameters:
        - { name: 'page[size]', in: query, type: integer }
        - { name: 'filter[groups]', in: query, type: string, required: true }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const p of op.parameters.added) {
        if (p.required) yield finding(op.head, p.pointer, `required ${paramName(p)} was added to ${opName(op.head)}`);
      }
    }
  },
};
