import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const operationRenamed: Rule = {
  id: 'operation-renamed',
  severity: 'breaking',
  description: 'Same method and path, new operationId: the generated function is renamed, even though the HTTP call is unchanged.',
  advice: 'Rename calls to the new function name.',
  example: {
    base: `paths:
  /patient:
    get: { operationId: listPatients, responses: { '200': { description: OK } } }`,
    head: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      if (base.operationId === head.operationId) continue;
      yield finding(head, head.pointer, `operation '${base.operationId}' was renamed to ${opName(head)}`);
    }
  },
};
