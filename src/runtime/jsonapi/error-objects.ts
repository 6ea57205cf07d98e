import type { JsonApiErrorObject } from './types.js';

/**
 * A body's `errors` as an array. JSON:API requires an array, but the Twine spec declares one object and
 * some servers send one, so a lone object (or a bare string, kept as `detail`) becomes a one-element array.
 * Non-object entries other than strings carry nothing we could show and are left out.
 *
 * @example normalizeErrors({ errors: { code: 'Unauthorized' } }) // [{ code: 'Unauthorized' }]
 */
export function normalizeErrors(body: unknown): JsonApiErrorObject[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const errors: unknown = (body as { errors?: unknown }).errors;
  if (errors === undefined || errors === null) return [];
  const list: readonly unknown[] = Array.isArray(errors) ? errors : [errors];
  const result: JsonApiErrorObject[] = [];
  for (const entry of list) {
    if (typeof entry === 'string') result.push({ detail: entry });
    else if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) result.push(entry as JsonApiErrorObject);
  }
  return result;
}
