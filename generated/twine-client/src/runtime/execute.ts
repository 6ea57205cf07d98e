/**
 * Attempts a prepared request until it succeeds, fails for good, or runs out of retries. Reports every
 * attempt to the hooks (redacted). Resolves with a 2xx response; throws an `ApiError` otherwise.
 */
import { normaliseErrorBody } from './error-body.js';
import type { SharedDeadline } from './deadline.js';
import { ApiConnectionError } from './errors.js';
import {
  abortError,
  parseBodyText,
  sendOnce,
  type PreparedRequest,
  type RawResponse,
} from './http.js';
import type { Clock, FetchLike, Hooks, RequestInfo } from './options.js';
import type { Redactor } from './redact.js';
import { responseError } from './response-error.js';
import { isRetryableStatus, parseRetryAfter, retryDelay, type RetryPolicy } from './retry.js';

export interface ExecuteContext {
  readonly fetch: FetchLike;
  readonly clock: Clock;
  readonly hooks: Hooks | undefined;
  readonly redactor: Redactor;
  readonly timeoutMs: number;
  readonly deadline?: SharedDeadline | undefined;
  readonly policy: RetryPolicy;
  readonly signal: AbortSignal | undefined;
  /** False for POST/PATCH: a failed attempt may still have been processed. */
  readonly retryable: boolean;
}

/** `renewsOn401`: the caller will renew the token and resend after a 401 (reported as `willRetry`). */
export async function execute(
  request: PreparedRequest,
  ctx: ExecuteContext,
  renewsOn401 = false,
): Promise<RawResponse> {
  for (let attempt = 1; ; attempt += 1) {
    // Redacting costs time on every request, so it happens only when someone listens.
    const info = ctx.hooks ? requestInfo(request, attempt, ctx.redactor) : undefined;
    if (info) notify(() => ctx.hooks?.onRequest?.(info));
    const started = info ? ctx.clock.now() : 0;
    let raw: RawResponse;
    try {
      raw = await sendOnce(request, ctx);
    } catch (error) {
      const canRetry =
        ctx.retryable && attempt <= ctx.policy.retries && error instanceof ApiConnectionError;
      const delay = canRetry
        ? retryDelay(attempt - 1, ctx.policy, undefined, ctx.clock.random())
        : undefined;
      if (info)
        notify(() =>
          ctx.hooks?.onError?.({ ...info, error: error as Error, willRetry: delay !== undefined }),
        );
      if (delay === undefined) throw error;
      await wait(delay, request, ctx);
      continue;
    }
    if (info && ctx.hooks?.onResponse) {
      const reqId = normaliseErrorBody(parseBodyText(raw)).reqId;
      const durationMs = ctx.clock.now() - started;
      notify(() => ctx.hooks?.onResponse?.({ ...info, status: raw.status, durationMs, reqId }));
    }
    if (raw.status >= 200 && raw.status < 300) return raw;
    const canRetry =
      ctx.retryable && attempt <= ctx.policy.retries && isRetryableStatus(raw.status);
    const retryAfter = canRetry
      ? parseRetryAfter(raw.headers.get('retry-after'), ctx.clock.now())
      : undefined;
    const delay = canRetry
      ? retryDelay(attempt - 1, ctx.policy, retryAfter, ctx.clock.random())
      : undefined;
    const error = responseError(raw, ctx.redactor);
    const willRetry = delay !== undefined || (raw.status === 401 && renewsOn401);
    if (info) notify(() => ctx.hooks?.onError?.({ ...info, error, willRetry }));
    if (delay === undefined) throw error;
    await wait(delay, request, ctx);
  }
}

async function wait(ms: number, request: PreparedRequest, ctx: ExecuteContext): Promise<void> {
  try {
    await ctx.clock.sleep(ms, ctx.signal);
  } catch (reason) {
    throw abortError(request, ctx.redactor, reason);
  }
}

function requestInfo(request: PreparedRequest, attempt: number, redactor: Redactor): RequestInfo {
  return {
    operationId: request.operationId,
    method: request.method,
    url: redactor.url(request.url),
    headers: redactor.headers(request.headers),
    attempt,
  };
}

/** A throwing hook (a logger bug) must never fail or change a request. */
function notify(callHook: () => void): void {
  try {
    callHook();
  } catch {
    // Deliberately ignored; see above.
  }
}
