import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const responseContentTypeChanged: Rule = {
  id: 'response-content-type-changed',
  severity: 'breaking',
  description: 'An operation no longer produces a content type it produced: clients asking for it get another format.',
  advice: 'Regenerate the client so it accepts the new content type.',
  example: {
    base: `paths:
  /patient:
    get: { operationId: fetchPatients, produces: [application/vnd.api+json], responses: { '200': { description: OK } } }`,
    head: `paths:
  /patient:
    get: { operationId: fetchPatients, produces: [application/json], responses: { '200': { description: OK } } }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      const dropped = base.produces.filter((type) => !head.produces.includes(type));
      if (dropped.length === 0 || head.produces.length === 0) continue;
      yield finding(head, head.pointer, `${opName(head)} no longer produces ${dropped.join(', ')} (now ${head.produces.join(', ')})`);
    }
  },
};
