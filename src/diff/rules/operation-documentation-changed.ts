import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const operationDocumentationChanged: Rule = {
  id: 'operation-documentation-changed',
  severity: 'info',
  description: "An operation's summary or description changed: the generated doc comments change, nothing else.",
  example: {
    base: `paths:
  /patient:
    get: { operationId: fetchPatients, summary: List patients, responses: { '200': { description: OK } } }`,
    head: `paths:
  /patient:
    get: { operationId: fetchPatients, summary: List the patients of a group, responses: { '200': { description: OK } } }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      const edited = (['summary', 'description'] as const).filter((field) => (base[field] ?? '') !== (head[field] ?? ''));
      if (edited.length > 0) yield finding(head, head.pointer, `${edited.join(' and ')} of operation ${opName(head)} changed`);
    }
  },
};
