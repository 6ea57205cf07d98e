import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const operationPathChanged: Rule = {
  id: 'operation-path-changed',
  severity: 'breaking',
  description: 'The same operationId moved to another path: old clients call a URL that no longer exists.',
  advice: 'Regenerate the client; code keeps compiling but only the new client reaches the API.',
  example: {
    base: `paths:
  /patients:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }`,
    head: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      if (base.operationId !== head.operationId || base.path === head.path) continue;
      yield finding(head, head.pointer, `operation ${opName(head)} moved from path ${base.path}`);
    }
  },
};
