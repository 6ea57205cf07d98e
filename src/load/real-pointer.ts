import { escapePointerSegment, pointerOf, segmentsOf } from '../diagnostics/pointer.js';
import { asObject, has, refOf } from './json.js';

/**
 * Maps a path through the dereferenced document (as Ajv reports it, `/paths/~1a/get/responses/200/schema/...`)
 * to the node the user wrote: each time the path enters a `$ref`, it continues at the reference's target.
 */
export function realPointer(root: unknown, instancePath: string): string {
  const segments = instancePath === '' ? [] : instancePath.split('/').slice(1).map(unescape);
  let node: unknown = root;
  let pointer = '#';
  const follow = (): void => {
    for (let hops = 0; hops < 32; hops++) {
      const ref = refOf(node);
      if (ref === undefined || !ref.startsWith('#')) return;
      const target = safeSegments(ref);
      if (target === undefined) return;
      pointer = pointerOf(target);
      node = target.reduce<unknown>((n, s) => asObject(n)?.[s] ?? (Array.isArray(n) ? n[Number(s)] : undefined), root);
    }
  };
  for (const segment of segments) {
    const object = asObject(node);
    if (object !== undefined && !has(object, segment)) follow();
    const next = Array.isArray(node) ? node[Number(segment)] : asObject(node)?.[segment];
    if (next === undefined) return `${pointer}/${escapePointerSegment(segment)}`;
    node = next;
    pointer = `${pointer}/${escapePointerSegment(segment)}`;
  }
  follow();
  return pointer;
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function safeSegments(ref: string): string[] | undefined {
  try {
    return segmentsOf(ref);
  } catch {
    return undefined;
  }
}
