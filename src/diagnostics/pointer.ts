/** JSON pointer helpers (RFC 6901), in the URI-fragment form `#/a/b~1c` used by $ref and our diagnostics. */

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.length === 0 ? '#' : `#/${segments.map(escapePointerSegment).join('/')}`;
}

/** Splits `#/a/b` (or `/a/b`) into its unescaped segments; percent-encoding of the URI form is decoded. */
export function segmentsOf(pointer: string): string[] {
  let body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '' || body === '/') return body === '/' ? [''] : [];
  if (!body.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  body = body.slice(1);
  return body.split('/').map((s) => {
    let decoded = s;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      // A literal `%` that is not an escape stays as written.
    }
    return unescapePointerSegment(decoded);
  });
}

/** `segmentsOf`, or undefined for text that is not a JSON pointer (spec text can be anything). */
export function segmentsOrUndefined(pointer: string): string[] | undefined {
  try {
    return segmentsOf(pointer);
  } catch {
    return undefined;
  }
}

export function childPointer(pointer: string, ...segments: (string | number)[]): string {
  const base = pointer === '#' ? '#' : pointer;
  return segments.reduce<string>((p, s) => `${p}/${escapePointerSegment(s)}`, base);
}

/** Reads the value a pointer names in a plain JSON value, or `undefined`. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of segmentsOf(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
