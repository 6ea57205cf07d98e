import type { ApiModel } from '../ir/types.js';

/**
 * Where an export comes from in the spec: the operation whose id its name starts with (`fetchPatient`,
 * `FetchPatientParams`), else the definition it is named after, else the document root.
 */
export function surfacePointer(model: ApiModel, exportName: string): string {
  const lower = exportName.toLowerCase();
  let best: { pointer: string; length: number } | undefined;
  for (const op of model.operations) {
    const id = op.operationId.toLowerCase();
    if (lower.startsWith(id) && (best === undefined || id.length > best.length)) best = { pointer: op.pointer, length: id.length };
  }
  if (best !== undefined) return best.pointer;
  return model.types.find((t) => t.name.toLowerCase() === lower)?.pointer ?? '#';
}
