/** Retry policy: which failures are retried, and how long to wait before the next attempt. */
import type { RetryOptions } from './options.js';

export interface RetryPolicy {
  readonly retries: number;
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 2,
  minDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};
const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY, retries: 0 };

/** Call options override client options field by field; `false` at either level disables retries. */
export function resolveRetryPolicy(
  client: RetryOptions | false | undefined,
  call: RetryOptions | false | undefined,
): RetryPolicy {
  if (call === false || (client === false && call === undefined)) return NO_RETRY;
  return { ...DEFAULT_RETRY, ...(client || {}), ...(call || {}) };
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** Only these may be sent twice: a repeated POST or PATCH could create or change data twice. */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Milliseconds to wait per a `Retry-After` header: delta-seconds or an HTTP date (RFC 9110 10.2.3).
 * `undefined` when absent or unreadable; never negative.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (header === null || header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the HTTP-date form may follow; anything with a weekday or GMT marker parses with Date.parse.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Exponential backoff with "equal jitter": half the step fixed, half random, so retries spread out. */
export function backoffDelay(retryIndex: number, policy: RetryPolicy, random: number): number {
  const step = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retryIndex);
  return Math.round(step / 2 + (step / 2) * random);
}

/**
 * The wait before retry number `retryIndex` (0-based), or `undefined` when the server asks for longer than
 * `maxRetryAfterMs` (waiting minutes silently is worse than failing).
 */
export function retryDelay(
  retryIndex: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: number,
): number | undefined {
  if (retryAfterMs === undefined) return backoffDelay(retryIndex, policy, random);
  return retryAfterMs > policy.maxRetryAfterMs ? undefined : retryAfterMs;
}
