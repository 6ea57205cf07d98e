/**
 * The object generated operation functions call. It prepares requests from descriptors, attaches the
 * bearer token, and delegates attempts, retries and errors to `execute`.
 */
import { isTokenProvider, noAuth, providerAuth, type Authenticator } from './authenticator.js';
import { resolveClock } from './clock.js';
import { resolveTimeout, SharedDeadline } from './deadline.js';
import type { ClientDefaults, OperationDescriptor } from './descriptor.js';
import { ParamError, UnauthorizedError } from './errors.js';
import { execute, type ExecuteContext } from './execute.js';
import { abortError, type PreparedRequest, type RawResponse } from './http.js';
import type {
  AuthOptions,
  CallOptions,
  ClientOptions,
  Clock,
  CountMismatchPolicy,
  FetchLike,
  Hooks,
} from './options.js';
import { Redactor } from './redact.js';
import { readResponseBody } from './response-body.js';
import { isIdempotent, resolveRetryPolicy } from './retry.js';
import {
  acceptHeader,
  buildBody,
  buildHeaderParams,
  buildPath,
  buildQuery,
  type Params,
} from './serialize.js';
import { encodeTokenRequest } from './token-request.js';
import { TokenManager } from './token-manager.js';
import { resolveBaseUrl, resolveSameOriginUrl, resolveTokenUrl, withoutQuery } from './urls.js';

export interface Transport {
  /** The base URL requests go to, without a trailing slash. */
  readonly baseUrl: string;
  /** Sends an operation and returns its decoded 2xx body (`undefined` for 204); throws `ApiError` otherwise. */
  call(op: OperationDescriptor, params: Params, init?: CallOptions): Promise<unknown>;
  /** Like `call` but returns the raw 2xx response (status, headers, text). */
  send(op: OperationDescriptor, params: Params, init?: CallOptions): Promise<RawResponse>;
  /** GETs a URL from a response (`links.next`) on the base URL's origin, with `op`'s Accept and the token. */
  requestUrl(url: string, op: OperationDescriptor, init?: CallOptions): Promise<RawResponse>;
  /** The current token's resource id (obtaining a token first if needed); `undefined` if unknown. */
  tokenId(init?: CallOptions): Promise<string | undefined>;
  /** Masks the client's secrets in what errors show; optional for hand-made transports. */
  readonly redactor?: Redactor;
  /** The client options paging reads after a full iteration (paging/count-check.ts); optional for hand-made transports. */
  readonly paging?: {
    readonly onCountMismatch: CountMismatchPolicy | undefined;
    readonly readAhead?: boolean | undefined;
    readonly hooks: Hooks | undefined;
  };
}

const DEFAULT_TIMEOUT_MS = 30_000;
const TOKEN_OPERATION = 'oauth.token';

export function createTransport(
  options: ClientOptions = {},
  defaults: ClientDefaults = {},
): Transport {
  const baseUrl = resolveBaseUrl(options.baseUrl, defaults.baseUrl);
  // Parsed on first use: a transport that never follows a link must not fail on an unusual base URL.
  let baseOrigin: string | undefined;
  const tokenUrl = resolveTokenUrl(options.tokenUrl ?? defaults.tokenUrl, baseUrl);
  const fetchFn = options.fetch ?? defaultFetch();
  const clock = resolveClock(options.clock);
  const redactor = new Redactor();
  const commonHeaders: Record<string, string> = {};
  assignLowerCase(commonHeaders, options.headers);

  const timeoutMs = resolveTimeout(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const deadline = timeoutMs > 0 ? new SharedDeadline(timeoutMs) : undefined;
  const clientContext = (retryable: boolean): ExecuteContext => ({
    fetch: fetchFn,
    clock,
    hooks: options.hooks,
    redactor,
    signal: undefined,
    timeoutMs,
    deadline,
    policy: resolveRetryPolicy(options.retry, undefined),
    retryable,
  });
  // Most calls pass no per-call options, so their contexts are built once rather than on every request.
  const retryableContext = clientContext(true);
  const finalContext = clientContext(false);
  const context = (init: CallOptions | undefined, retryable: boolean): ExecuteContext => {
    const base = retryable ? retryableContext : finalContext;
    if (init?.signal === undefined && init?.timeoutMs === undefined && init?.retry === undefined)
      return base;
    return {
      ...base,
      signal: init.signal,
      timeoutMs: resolveTimeout(init.timeoutMs, timeoutMs),
      deadline: init.timeoutMs === undefined ? deadline : undefined,
      policy: resolveRetryPolicy(options.retry, init.retry),
    };
  };

  // Creating a spare token changes nothing a user can see, so token requests retry like idempotent ones.
  const tokenEndpoint = (
    grant: Parameters<typeof encodeTokenRequest>[0],
    format: Parameters<typeof encodeTokenRequest>[1],
  ): Promise<RawResponse> => {
    if (tokenUrl === undefined)
      throw new ParamError('No token URL: pass `tokenUrl` (the spec names none)');
    const { contentType, body } = encodeTokenRequest(grant, format);
    const headers = {
      accept: 'application/vnd.api+json, application/json',
      'content-type': contentType,
    };
    return execute(
      { operationId: TOKEN_OPERATION, method: 'POST', url: tokenUrl, headers, body },
      context(undefined, true),
    );
  };
  const auth = createAuthenticator(options.auth, tokenEndpoint, clock, redactor);

  const authorized = async (
    request: PreparedRequest,
    init: CallOptions | undefined,
  ): Promise<RawResponse> => {
    const ctx = context(init, isIdempotent(request.method));
    if (tokenUrl !== undefined && withoutQuery(request.url) === tokenUrl)
      return execute(request, ctx);
    const signal = init?.signal;
    throwIfAborted(request, signal);
    const pending = auth.token(signal);
    const token = typeof pending === 'object' ? await abortable(request, signal, pending) : pending;
    setBearer(request, token);
    try {
      return await execute(request, ctx, auth.renewable);
    } catch (error) {
      if (!(error instanceof UnauthorizedError) || !auth.renewable) throw error;
      throwIfAborted(request, signal);
      const fresh = await abortable(request, signal, auth.renew(token, signal));
      if (fresh === undefined) throw error;
      setBearer(request, fresh);
      return execute(request, ctx);
    }
  };

  /** No token is requested for a call that is already aborted. */
  const throwIfAborted = (request: PreparedRequest, signal: AbortSignal | undefined): void => {
    if (signal?.aborted) throw abortError(request, redactor, signal.reason);
  };

  /** Waiting for a (shared) token obeys the caller's signal, and aborting reads as `ApiAbortError`. */
  const abortable = async <T>(
    request: PreparedRequest,
    signal: AbortSignal | undefined,
    pending: Promise<T>,
  ): Promise<T> => {
    try {
      return await pending;
    } catch (error) {
      throwIfAborted(request, signal);
      throw error;
    }
  };

  const prepare = (
    op: OperationDescriptor,
    params: Params,
    init: CallOptions | undefined,
  ): PreparedRequest => {
    const query = buildQuery(op, params);
    const encoded = buildBody(op, params);
    const headers: Record<string, string> = { accept: acceptHeader(op), ...commonHeaders };
    assignLowerCase(headers, buildHeaderParams(op, params));
    assignLowerCase(headers, init?.headers);
    if (encoded) headers['content-type'] = encoded.contentType;
    const path = buildPath(op, params);
    return {
      operationId: op.operationId,
      method: op.method,
      url: query ? `${baseUrl}${path}?${query}` : baseUrl + path,
      headers,
      body: encoded?.body,
    };
  };

  // Not an async function: one that returns a promise adds promise-resolution steps to every request.
  const send = (
    op: OperationDescriptor,
    params: Params,
    init?: CallOptions,
  ): Promise<RawResponse> => {
    let request: PreparedRequest;
    try {
      request = prepare(op, params, init);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return authorized(request, init);
  };

  return {
    baseUrl,
    send,
    call: (op, params, init) =>
      send(op, params, init).then((raw) => readResponseBody(raw, op, redactor)),
    requestUrl: async (url, op, init) => {
      const headers: Record<string, string> = { accept: acceptHeader(op), ...commonHeaders };
      assignLowerCase(headers, init?.headers);
      const request = {
        operationId: op.operationId,
        method: 'GET',
        url: resolveSameOriginUrl(url, baseUrl, (baseOrigin ??= new URL(baseUrl).origin)),
        headers,
      };
      return authorized(request, init);
    },
    tokenId: (init) => auth.tokenId(init?.signal),
    redactor,
    paging: {
      onCountMismatch: options.onCountMismatch,
      readAhead: options.readAhead,
      hooks: options.hooks,
    },
  };
}

function createAuthenticator(
  auth: AuthOptions | undefined,
  endpoint: ConstructorParameters<typeof TokenManager>[1],
  clock: Clock,
  redactor: Redactor,
): Authenticator {
  if (auth === undefined) return noAuth;
  if (isTokenProvider(auth)) return providerAuth(auth, redactor);
  return new TokenManager(auth, endpoint, clock, redactor);
}

/** The request's headers object is its own (made by `prepare`), so the token is set in place, not copied. */
function setBearer(request: PreparedRequest, token: string | undefined): void {
  if (token !== undefined) request.headers['authorization'] = `Bearer ${token}`;
}

function assignLowerCase(
  target: Record<string, string>,
  headers: Readonly<Record<string, string>> | undefined,
): void {
  for (const name in headers) target[name.toLowerCase()] = headers[name] as string;
}

function defaultFetch(): FetchLike {
  if (typeof globalThis.fetch !== 'function')
    throw new ParamError('No global fetch: pass `fetch` in the client options');
  return (input, init) => globalThis.fetch(input, init);
}
