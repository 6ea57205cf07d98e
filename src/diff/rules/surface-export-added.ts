import { surfacePointer } from '../surface-pointer.js';
import type { Rule } from '../types.js';

export const surfaceExportAdded: Rule = {
  id: 'surface-export-added',
  severity: 'info',
  description: 'A new export of the generated client.',
  example: {
    base: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }`,
    head: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }
    post: { operationId: createPatient, responses: { '201': { description: Created } } }`,
  },
  *check(ctx) {
    if (ctx.surface === undefined) return;
    const before = new Set(ctx.surface.base.map((e) => e.name));
    for (const entry of ctx.surface.head) {
      if (!before.has(entry.name)) yield { pointer: surfacePointer(ctx.head, entry.name), message: `generated ${entry.kind} '${entry.name}' was added` };
    }
  },
};
