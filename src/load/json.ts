/** Narrowing helpers for parsed YAML/JSON data, which is `unknown` until checked. */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function isObject(value: unknown): value is JsonObject {
  return asObject(value) !== undefined;
}

/** The `$ref` string of a reference object (`{ $ref: '...' }`), or undefined for any other value. */
export function refOf(value: unknown): string | undefined {
  const ref = asObject(value)?.['$ref'];
  return typeof ref === 'string' ? ref : undefined;
}

export function has(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * The segments of a pointer built by `childPointer` (no percent-encoding), exactly: unlike `segmentsOf`,
 * a key such as `a%20b` stays as written.
 */
export function splitPointer(pointer: string): string[] {
  if (pointer === '#') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Replaces the node at a pointer; does nothing when its parent does not exist. */
export function setAt(root: unknown, pointer: string, value: unknown): void {
  const segments = splitPointer(pointer);
  const last = segments.pop();
  if (last === undefined) return;
  let node: unknown = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[segment];
  }
  if (node !== null && typeof node === 'object') (node as Record<string, unknown>)[last] = value;
}
