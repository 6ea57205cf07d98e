import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const operationMethodChanged: Rule = {
  id: 'operation-method-changed',
  severity: 'breaking',
  description: 'The same operationId now uses another HTTP method: old clients send the wrong method.',
  advice: 'Regenerate the client; check that the request it sends still fits (body, idempotency).',
  example: {
    base: `paths:
  /patient:
    post: { operationId: upsertPatient, responses: { '200': { description: OK } } }`,
    head: `paths:
  /patient:
    put: { operationId: upsertPatient, responses: { '200': { description: OK } } }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      if (base.operationId !== head.operationId || base.method === head.method) continue;
      yield finding(head, head.pointer, `operation ${opName(head)} changed method from ${base.method.toUpperCase()}`);
    }
  },
};
