/** Small response helpers for the fake Twine server. */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export const JSON_API = 'application/vnd.api+json';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_API, 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export interface FakeError {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly parameter?: string;
  /** `object` sends `errors` as one object, as the real spec declares (the live API sends an array). */
  readonly shape?: 'array' | 'object';
}

/**
 * A JSON:API error document. The real spec declares `errors` as one object while the server sends an array,
 * so `shape: 'object'` reproduces the declared form.
 */
export function errorDocument(error: FakeError, shape: 'array' | 'object' = 'array'): unknown {
  const item = {
    status: String(error.status), code: error.code, detail: error.detail,
    ...(error.parameter ? { source: { parameter: error.parameter } } : {}),
  };
  return { meta: { req_id: randomUUID() }, errors: shape === 'array' ? [item] : item };
}

export function sendError(res: ServerResponse, error: FakeError, shape: 'array' | 'object' = error.shape ?? 'array', headers: Record<string, string> = {}): void {
  sendJson(res, error.status, errorDocument(error, shape), headers);
}

export function meta(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { req_id: randomUUID(), ...extra };
}

export const UNAUTHORIZED: FakeError = { status: 401, code: 'Unauthorized', detail: 'A valid bearer token is required' };
