/** Builds the redacted `InvalidResponseError` for a 2xx response that is not what the operation declares. */
import type { OperationDescriptor } from './descriptor.js';
import { normaliseErrorBody, withErrorDetails } from './error-body.js';
import { InvalidResponseError } from './errors.js';
import type { RawResponse } from './http.js';
import { headersRecord } from './response-error.js';
import { Redactor } from './redact.js';

export interface InvalidResponseDetail {
  /** What is wrong, as the end of a sentence that starts with the operation id: `returned an HTML page`. */
  readonly problem: string;
  /** The parsed body, for its `errors` and `meta.req_id` (never copied into the message otherwise). */
  readonly body?: unknown;
  readonly pointer?: string;
  readonly cause?: unknown;
}

export function invalidResponse(
  raw: RawResponse,
  op: OperationDescriptor,
  detail: InvalidResponseDetail,
  redactor: Redactor = new Redactor(),
): InvalidResponseError {
  const { errors, reqId } = normaliseErrorBody(detail.body);
  const safeErrors = redactor.json(errors);
  const message = withErrorDetails(`${raw.status}: ${op.operationId} ${detail.problem}`, {
    errors: safeErrors,
    reqId,
  });
  return new InvalidResponseError({
    message: redactor.text(message),
    status: raw.status,
    errors: safeErrors,
    reqId,
    method: raw.method,
    url: redactor.url(raw.url),
    headers: redactor.headers(headersRecord(raw.headers)),
    pointer: detail.pointer,
    cause: detail.cause,
  });
}

/** How a body that is not a JSON object reads in a message, without its content. */
export function describeBody(raw: RawResponse, body: unknown): string {
  if (body === undefined) return raw.status === 204 ? 'no content (204)' : 'an empty body';
  if (typeof body === 'string') {
    const type = raw.headers.get('content-type')?.split(';')[0]?.trim();
    return type ? `a ${type} body` : 'a body that is not JSON';
  }
  if (body === null) return 'JSON null';
  return Array.isArray(body) ? 'a JSON array' : `a JSON ${typeof body}`;
}
