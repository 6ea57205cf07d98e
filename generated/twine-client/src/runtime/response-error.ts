/** Builds the redacted `ApiError` for a non-2xx response. */
import { formatErrorMessage, normaliseErrorBody, statusText } from './error-body.js';
import { createApiError, type ApiError } from './errors.js';
import { parseBodyText, type RawResponse } from './http.js';
import type { Redactor } from './redact.js';

export function responseError(raw: RawResponse, redactor: Redactor): ApiError {
  const body = normaliseErrorBody(parseBodyText(raw));
  const errors = redactor.json(body.errors);
  const message = formatErrorMessage(raw.status, statusText(raw.status, raw.statusText), {
    errors,
    reqId: body.reqId,
  });
  return createApiError({
    message: redactor.text(message),
    status: raw.status,
    errors,
    reqId: body.reqId,
    method: raw.method,
    url: redactor.url(raw.url),
    headers: redactor.headers(headersRecord(raw.headers)),
  });
}

export function headersRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}
