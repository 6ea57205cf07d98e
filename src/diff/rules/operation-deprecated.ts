import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const operationDeprecated: Rule = {
  id: 'operation-deprecated',
  severity: 'warning',
  description: 'An operation was marked deprecated: it may be removed in a later version.',
  advice: 'Plan a move away from the function.',
  example: {
    base: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }`,
    head: `paths:
  /patient:
    get: { operationId: fetchPatients, deprecated: true, responses: { '200': { description: OK } } }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      if (!base.deprecated && head.deprecated) yield finding(head, head.pointer, `operation ${opName(head)} is now deprecated`);
    }
  },
};
