/** Options a user passes to `createClient`, and per-call options. Types only. */

/** A bearer token obtained however the caller likes; `forceRefresh` is true after the API answered 401. */
export type TokenProvider = (context: {
  readonly forceRefresh: boolean;
}) => string | Promise<string>;

/** OAuth2 client_credentials: the runtime requests, caches and renews tokens. */
export interface ClientCredentialsAuth {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Pins the token request body form; by default `jsonapi` with a one-time `json` fallback (see token-request.ts). */
  readonly tokenFormat?: TokenRequestFormat | undefined;
}

/** A token obtained elsewhere. With a refresh token (and the client id) the runtime can renew it. */
export interface BearerTokenAuth {
  readonly accessToken: string;
  readonly refreshToken?: string | undefined;
  readonly clientId?: string | undefined;
  /** Lets the runtime fall back to client_credentials when a refresh fails. */
  readonly clientSecret?: string | undefined;
  readonly tokenFormat?: TokenRequestFormat | undefined;
}

export type AuthOptions = ClientCredentialsAuth | BearerTokenAuth | TokenProvider;

/** `jsonapi`: `application/vnd.api+json` with fields under `data.attributes`; `json`: flat `application/json`. */
export type TokenRequestFormat = 'jsonapi' | 'json';

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  readonly retries?: number | undefined;
  /** First backoff delay before jitter (default 500 ms); doubles on every retry. */
  readonly minDelayMs?: number | undefined;
  /** Upper bound of one backoff delay (default 8000 ms). */
  readonly maxDelayMs?: number | undefined;
  /** A `Retry-After` longer than this is not waited for; the error surfaces instead (default 60000 ms). */
  readonly maxRetryAfterMs?: number | undefined;
}

/** What hooks see: never a secret (the Authorization header reads `Bearer [REDACTED]`, bodies are omitted). */
export interface RequestInfo {
  /** The operationId, or `oauth.token` for token requests. */
  readonly operationId: string;
  readonly method: string;
  /** The request URL with secret-looking query values redacted. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

export interface ResponseInfo extends RequestInfo {
  readonly status: number;
  readonly durationMs: number;
  readonly reqId: string | undefined;
}

export interface ErrorInfo extends RequestInfo {
  readonly error: Error;
  /** True when the runtime will try again after this error. */
  readonly willRetry: boolean;
}

export interface Hooks {
  readonly onRequest?: ((info: RequestInfo) => void) | undefined;
  readonly onResponse?: ((info: ResponseInfo) => void) | undefined;
  readonly onError?: ((info: ErrorInfo) => void) | undefined;
  /** A full paged iteration fetched a different number of resources than `meta.count` (policy `warn`). */
  readonly onCountMismatch?: ((info: CountMismatchInfo) => void) | undefined;
}

/**
 * What a full paged iteration (`all()` / `pages()` to the end) does when the distinct resources it fetched
 * differ from the last page's `meta.count`: `warn` (default) calls `hooks.onCountMismatch`, or
 * `console.warn` when no such hook is set; `throw` rejects with `CountMismatchError` after the last
 * resource; `ignore` skips the check.
 */
export type CountMismatchPolicy = 'warn' | 'throw' | 'ignore';

export interface CountMismatchInfo {
  readonly operationId: string;
  readonly strategy: 'cursor' | 'skip';
  /** The last page's `meta.count`. */
  readonly expected: number;
  /** Resources fetched, duplicates included. */
  readonly fetched: number;
  /** Distinct resources (by type and id) fetched under skip paging; equals `fetched` under cursor paging, which never repeats one. */
  readonly unique: number;
  readonly duplicates: number;
}

/** Time and randomness, injectable so tests never wait real seconds. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1) for backoff jitter. */
  random(): number;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /** Defaults to the spec's schemes/host/basePath. */
  readonly baseUrl?: string | undefined;
  readonly auth?: AuthOptions | undefined;
  /** Defaults to `globalThis.fetch`. */
  readonly fetch?: FetchLike | undefined;
  /**
   * Per attempt, including reading the body (default 30000 ms; 0 or Infinity: none). Requests that
   * start close together share one timer, so an attempt may run up to a tenth longer (at most 1 s); a
   * per-call `timeoutMs` gets a timer of its own, and calls with the same `signal` share timers among
   * themselves.
   */
  readonly timeoutMs?: number | undefined;
  readonly retry?: RetryOptions | false | undefined;
  /** Sent with every API request (not with token requests). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly hooks?: Hooks | undefined;
  /** Overrides the spec's OAuth2 token URL; relative URLs resolve against the base URL. */
  readonly tokenUrl?: string | undefined;
  readonly clock?: Partial<Clock> | undefined;
  /** The paging completeness check's default (see `CountMismatchPolicy`); `'warn'` when absent. */
  readonly onCountMismatch?: CountMismatchPolicy | undefined;
  /** The default of `all()` and `pages()`'s `readAhead` (see `PageCallOptions`); off when absent. */
  readonly readAhead?: boolean | undefined;
}

export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
  /** This call's per-attempt timeout, exact to the millisecond (default: the client's). */
  readonly timeoutMs?: number | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly retry?: RetryOptions | false | undefined;
}
