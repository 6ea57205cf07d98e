/** One HTTP attempt: fetch with a timeout and the caller's signal, body read inside the same deadline. */
import type { SharedDeadline } from './deadline.js';
import { ApiAbortError, ApiConnectionError, ApiTimeoutError } from './errors.js';
import type { FetchLike } from './options.js';
import type { Redactor } from './redact.js';

export interface PreparedRequest {
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  /** Owned by the request (the transport sets the bearer token on it). */
  readonly headers: Record<string, string>;
  readonly body?: string | undefined;
}

/** A response whose body has been read; what paging and JSON:API decoding build on. */
export interface RawResponse {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  /** The body as text ('' when empty). */
  readonly text: string;
}

export interface AttemptOptions {
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** The client's shared timeout for `timeoutMs` (a caller's signal gets slots of its own in it). */
  readonly deadline?: SharedDeadline | undefined;
  readonly redactor: Redactor;
}

export async function sendOnce(
  request: PreparedRequest,
  options: AttemptOptions,
): Promise<RawResponse> {
  const { signal, timeoutMs, redactor } = options;
  if (signal?.aborted) throw abortError(request, redactor, signal.reason);
  const shared = timeoutMs > 0 ? options.deadline : undefined;
  const slot = shared?.enter(signal);
  // An AbortSignal costs measurable time per fetch, so none is made when there is nothing to cancel.
  const controller = !slot && (timeoutMs > 0 || signal) ? new AbortController() : undefined;
  let timedOut = false;
  const timer =
    controller && timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  // A slot already listens to the caller's signal; only a request's own controller needs a listener.
  const onAbort = (): void => controller?.abort();
  if (controller) signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (slot) init.signal = slot.signal;
    else if (controller) init.signal = controller.signal;
    if (request.body !== undefined) init.body = request.body;
    const response = await options.fetch(request.url, init);
    const text = await response.text();
    return {
      method: request.method,
      url: request.url,
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      text,
    };
  } catch (error) {
    if (timedOut || slot?.timedOut) {
      throw new ApiTimeoutError({
        message: `Request timed out after ${timeoutMs} ms: ${request.method} ${redactor.url(request.url)}`,
        method: request.method,
        url: redactor.url(request.url),
      });
    }
    if (signal?.aborted) throw abortError(request, redactor, signal.reason);
    throw new ApiConnectionError({
      message: `Connection error: ${request.method} ${redactor.url(request.url)}: ${redactor.text(describe(error))}`,
      method: request.method,
      url: redactor.url(request.url),
      cause: error,
    });
  } finally {
    if (slot) shared?.leave(slot);
    if (timer !== undefined) clearTimeout(timer);
    if (controller) signal?.removeEventListener('abort', onAbort);
  }
}

export function abortError(
  request: Pick<PreparedRequest, 'method' | 'url'>,
  redactor: Redactor,
  reason?: unknown,
): ApiAbortError {
  const url = redactor.url(request.url);
  return new ApiAbortError({
    message: `Request aborted: ${request.method} ${url}`,
    method: request.method,
    url,
    cause: reason,
  });
}

/** fetch wraps socket errors (`fetch failed`) with the useful code in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  const code =
    cause !== null && typeof cause === 'object' && 'code' in cause ? String(cause.code) : undefined;
  return code ? `${error.message} (${code})` : error.message;
}

/** Parses a JSON body; `undefined` for an empty body, the text itself when it is not JSON. */
export function parseBodyText(raw: RawResponse): unknown {
  if (raw.text === '') return undefined;
  try {
    return JSON.parse(raw.text) as unknown;
  } catch {
    return raw.text;
  }
}

export function isJsonContentType(raw: RawResponse): boolean {
  return /[/+]json\b/i.test(raw.headers.get('content-type') ?? '');
}
