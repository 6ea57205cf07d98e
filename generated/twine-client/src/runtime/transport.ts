/**
 * The object generated operation functions call. It prepares requests from descriptors, attaches the
 * bearer token, and delegates attempts, retries and errors to `execute`.
 */
import { isTokenProvider, noAuth, providerAuth, type Authenticator } from './authenticator.js';
import { resolveClock } from './clock.js';
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
  /** The client options paging reads after a full iteration (paging/count-check.ts); optional for hand-made transports. */
  readonly paging?: {
    readonly onCountMismatch: CountMismatchPolicy | undefined;
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
  const tokenUrl = resolveTokenUrl(options.tokenUrl ?? defaults.tokenUrl, baseUrl);
  const fetchFn = options.fetch ?? defaultFetch();
  const clock = resolveClock(options.clock);
  const redactor = new Redactor();
  const commonHeaders = lowerCaseKeys(options.headers);

  const context = (init: CallOptions | undefined, retryable: boolean): ExecuteContext => ({
    fetch: fetchFn,
    clock,
    hooks: options.hooks,
    redactor,
    signal: init?.signal,
    timeoutMs: init?.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    policy: resolveRetryPolicy(options.retry, init?.retry),
    retryable,
  });

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
    const isTokenRequest = tokenUrl !== undefined && withoutQuery(request.url) === tokenUrl;
    const ctx = context(init, isIdempotent(request.method));
    if (isTokenRequest) return execute(request, ctx);
    const signal = init?.signal;
    const token = await abortable(request, signal, () => auth.token(signal));
    try {
      return await execute(withBearer(request, token), { ...ctx, renewsOn401: auth.renewable });
    } catch (error) {
      if (!(error instanceof UnauthorizedError) || !auth.renewable) throw error;
      const fresh = await abortable(request, signal, () => auth.renew(token, signal));
      if (fresh === undefined) throw error;
      return execute(withBearer(request, fresh), ctx);
    }
  };

  /** Waiting for a (shared) token obeys the caller's signal, and aborting reads as `ApiAbortError`. */
  const abortable = async <T>(
    request: PreparedRequest,
    signal: AbortSignal | undefined,
    wait: () => Promise<T>,
  ): Promise<T> => {
    if (signal?.aborted) throw abortError(request, redactor, signal.reason);
    try {
      return await wait();
    } catch (error) {
      if (signal?.aborted) throw abortError(request, redactor, signal.reason);
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
    const headers: Record<string, string> = {
      accept: acceptHeader(op),
      ...commonHeaders,
      ...lowerCaseKeys(buildHeaderParams(op, params)),
      ...lowerCaseKeys(init?.headers),
    };
    if (encoded) headers['content-type'] = encoded.contentType;
    const url = `${baseUrl}${buildPath(op, params)}${query ? `?${query}` : ''}`;
    return {
      operationId: op.operationId,
      method: op.method,
      url,
      headers,
      ...(encoded ? { body: encoded.body } : {}),
    };
  };

  const send = async (
    op: OperationDescriptor,
    params: Params,
    init?: CallOptions,
  ): Promise<RawResponse> => authorized(prepare(op, params, init), init);

  return {
    baseUrl,
    send,
    call: async (op, params, init) => readResponseBody(await send(op, params, init), op),
    requestUrl: async (url, op, init) => {
      const headers = {
        accept: acceptHeader(op),
        ...commonHeaders,
        ...lowerCaseKeys(init?.headers),
      };
      const request = {
        operationId: op.operationId,
        method: 'GET',
        url: resolveSameOriginUrl(url, baseUrl),
        headers,
      };
      return authorized(request, init);
    },
    tokenId: (init) => auth.tokenId(init?.signal),
    paging: { onCountMismatch: options.onCountMismatch, hooks: options.hooks },
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

function withBearer(request: PreparedRequest, token: string | undefined): PreparedRequest {
  return token === undefined
    ? request
    : { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
}

function lowerCaseKeys(
  headers: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

function defaultFetch(): FetchLike {
  if (typeof globalThis.fetch !== 'function')
    throw new ParamError('No global fetch: pass `fetch` in the client options');
  return (input, init) => globalThis.fetch(input, init);
}
