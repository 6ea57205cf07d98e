import { surfacePointer } from '../surface-pointer.js';
import { changedRegion } from '../text/changed-region.js';
import type { Rule } from '../types.js';

export const surfaceExportChanged: Rule = {
  id: 'surface-export-changed',
  severity: 'warning',
  description: 'An export of the generated client changed its signature: calls may stop compiling (the spec rules say which).',
  advice: 'Compare the old and new signature and update calls.',
  example: {
    base: `paths:
  /patient:
    get:
      operationId: fetchPatients
      responses: { '200': { description: OK } }
      parameters: [{ name: 'filter[groups]', in: query, type: string }]`,
    head: `paths:
  /patient:
    get:
      operationId: fetchPatients
      responses: { '200': { description: OK } }
      parameters: [{ name: 'filter[groups]', in: query, type: string, required: true }]`,
  },
  *check(ctx) {
    if (ctx.surface === undefined) return;
    const before = new Map(ctx.surface.base.map((e) => [e.name, e]));
    for (const entry of ctx.surface.head) {
      const old = before.get(entry.name);
      if (old === undefined || (old.kind === entry.kind && old.signature === entry.signature)) continue;
      const region = changedRegion(old.signature, entry.signature);
      yield {
        pointer: surfacePointer(ctx.head, entry.name),
        message: `generated ${entry.kind} '${entry.name}' changed from '${region.before}' to '${region.after}'`,
      };
    }
  },
};
