import { surfacePointer } from '../surface-pointer.js';
import type { Rule } from '../types.js';

export const surfaceExportRemoved: Rule = {
  id: 'surface-export-removed',
  severity: 'breaking',
  description: 'An export of the generated client disappeared: every import or call of it stops compiling.',
  advice: 'Replace uses of the export (see the spec changes that caused it).',
  example: {
    base: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }
    post: { operationId: createPatient, responses: { '201': { description: Created } } }`,
    head: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }`,
  },
  *check(ctx) {
    if (ctx.surface === undefined) return;
    const after = new Set(ctx.surface.head.map((e) => e.name));
    for (const entry of ctx.surface.base) {
      if (!after.has(entry.name)) yield { pointer: surfacePointer(ctx.base, entry.name), message: `generated ${entry.kind} '${entry.name}' was removed` };
    }
  },
};
