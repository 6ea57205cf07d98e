/**
 * The step from a 2xx response to what an operation function returns. Kept small and on its own: JSON:API
 * document decoding and collection paging replace or wrap this function, not the transport.
 */
import type { OperationDescriptor } from './descriptor.js';
import { isJsonContentType, type RawResponse } from './http.js';
import { invalidResponse } from './invalid-response.js';
import type { Redactor } from './redact.js';

/**
 * Parsed JSON for JSON responses, `undefined` for 204 or an empty body, the text otherwise. A body labelled
 * JSON that does not parse is an `InvalidResponseError`.
 */
export function readResponseBody(
  raw: RawResponse,
  op: OperationDescriptor,
  redactor?: Redactor,
): unknown {
  if (raw.status === 204 || raw.text === '') return undefined;
  const expectJson =
    op.jsonApi || isJsonContentType(raw) || op.accept.some((type) => /json/i.test(type));
  if (!expectJson) return raw.text;
  try {
    return JSON.parse(raw.text) as unknown;
  } catch (cause) {
    if (!isJsonContentType(raw)) return raw.text;
    throw invalidResponse(
      raw,
      op,
      { problem: 'returned a body that is not valid JSON', cause },
      redactor,
    );
  }
}
