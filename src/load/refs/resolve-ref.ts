import { segmentsOrUndefined } from '../../diagnostics/pointer.js';
import { asObject, has, refOf } from '../json.js';

export type RefTarget =
  | { readonly found: true; readonly value: unknown }
  | { readonly found: false; readonly reason: 'missing' | 'invalid' | 'circular' };

/**
 * Resolves an internal `$ref` (`#/definitions/X/properties/y`) in `root`. Like json-schema-ref-parser, a
 * pointer may pass through another reference (`#/definitions/A/properties/b` where A is `$ref: B`).
 */
export function resolveInternalRef(root: unknown, ref: string, seen: ReadonlySet<string> = new Set()): RefTarget {
  if (seen.has(ref)) return { found: false, reason: 'circular' };
  const segments = segmentsOrUndefined(ref);
  if (segments === undefined) return { found: false, reason: 'invalid' };
  const trail = new Set(seen).add(ref);
  let node: unknown = root;
  for (const segment of segments) {
    let step = stepInto(node, segment);
    const via = refOf(node);
    if (step === undefined && via !== undefined && via.startsWith('#')) {
      const followed = resolveInternalRef(root, via, trail);
      if (!followed.found) return followed;
      step = stepInto(followed.value, segment);
    }
    if (step === undefined) return { found: false, reason: 'missing' };
    node = step.value;
  }
  return { found: true, value: node };
}

function stepInto(node: unknown, segment: string): { value: unknown } | undefined {
  if (Array.isArray(node)) {
    return /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < node.length ? { value: node[Number(segment)] } : undefined;
  }
  const object = asObject(node);
  return object !== undefined && has(object, segment) ? { value: object[segment] } : undefined;
}
