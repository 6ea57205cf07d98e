import type { ApiModel } from '../ir/types.js';

/**
 * Where an export comes from in the spec: the definition it is named after, else the operation whose id
 * its name starts with (`fetchPatient`, `FetchPatientParams`; the longest id wins), else the document root.
 */
export function surfacePointer(model: ApiModel, exportName: string): string {
  const lower = exportName.toLowerCase();
  const definition = model.types.find((t) => t.name.toLowerCase() === lower);
  if (definition !== undefined) return definition.pointer;
  let best: { pointer: string; length: number } | undefined;
  for (const op of model.operations) {
    const id = op.operationId.toLowerCase();
    if (lower.startsWith(id) && (best === undefined || id.length > best.length)) best = { pointer: op.pointer, length: id.length };
  }
  return best?.pointer ?? '#';
}
