import { finding, isCursorRename, opName, paramName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const requestParameterRenamed: Rule = {
  id: 'request-parameter-renamed',
  severity: 'breaking',
  description: 'A parameter was replaced by one of the same location and type under another name: calls must use the new name.',
  advice: 'Rename the parameter in every call.',
  example: {
    base: `paths:
  /patient:
    get:
      operationId: fetchPatients
      responses: { '200': { description: OK } }
      parameters:
        - { name: 'filter[group]', in: query, type: string }`,
    head: `paths:
  /patient:
    get:
      operationId: fetchPatients
      responses: { '200': { description: OK } }
      parameters:
        - { name: 'filter[groups]', in: query, type: string }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const pair of op.parameters.renamed) {
        if (isCursorRename(op, pair)) continue;
        yield finding(op.head, pair.head.pointer, `${paramName(pair.base)} of ${opName(op.head)} was renamed to '${pair.head.name}'`);
      }
    }
  },
};
