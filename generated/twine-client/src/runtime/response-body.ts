/**
 * The step from a 2xx response to what an operation function returns. Kept small and on its own: JSON:API
 * document decoding and collection paging replace or wrap this function, not the transport.
 */
import type { OperationDescriptor } from './descriptor.js';
import { ApiError } from './errors.js';
import { isJsonContentType, type RawResponse } from './http.js';

/** Parsed JSON for JSON responses, `undefined` for 204 or an empty body, the text otherwise. */
export function readResponseBody(raw: RawResponse, op: OperationDescriptor): unknown {
  if (raw.status === 204 || raw.text === '') return undefined;
  const expectJson =
    op.jsonApi || isJsonContentType(raw) || op.accept.some((type) => /json/i.test(type));
  if (!expectJson) return raw.text;
  try {
    return JSON.parse(raw.text) as unknown;
  } catch (cause) {
    if (!isJsonContentType(raw)) return raw.text;
    throw new ApiError({
      message: `${raw.status}: ${op.operationId} returned a body that is not valid JSON`,
      status: raw.status,
      method: raw.method,
      url: raw.url,
      cause,
    });
  }
}
