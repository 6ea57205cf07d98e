/**
 * The error tree every generated client exports. Everything the runtime throws for a request is an
 * `ApiError`; HTTP failures are subclasses by status, transport failures have `status === undefined`.
 * Messages, URLs and error objects are redacted before they reach these classes.
 */
import type { JsonApiErrorObject } from './error-body.js';

export interface ApiErrorInit {
  readonly message: string;
  readonly status?: number;
  readonly errors?: readonly JsonApiErrorObject[];
  readonly reqId?: string;
  readonly method: string;
  /** Already redacted. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly cause?: unknown;
}

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number | undefined;
  /** JSON:API error objects, always an array. */
  readonly errors: readonly JsonApiErrorObject[];
  /** `meta.req_id` of the response, for support requests. */
  readonly reqId: string | undefined;
  readonly method: string;
  readonly url: string;
  /** Response headers (redacted), e.g. to read `retry-after`. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.reqId = init.reqId;
    this.method = init.method;
    this.url = init.url;
    this.headers = init.headers ?? {};
  }

  /** What `JSON.stringify(error)` shows: the redacted facts, never the cause or a response body. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      errors: this.errors,
      reqId: this.reqId,
      method: this.method,
      url: this.url,
    };
  }
}

export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
}
export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
}
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends ApiError {
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}
/** Any 5xx. */
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
}

/** No HTTP response: DNS, refused or dropped connection, unreadable body. */
export class ApiConnectionError extends ApiError {
  override name = 'ApiConnectionError';
}
/** The attempt exceeded `timeoutMs`. */
export class ApiTimeoutError extends ApiConnectionError {
  override name = 'ApiTimeoutError';
}
/** The caller's `signal` aborted; never retried. */
export class ApiAbortError extends ApiError {
  override name = 'ApiAbortError';
}

/**
 * A 2xx response the client cannot read as the operation's result: not JSON or not a JSON:API document
 * where one was declared, `errors` without `data`, no resource where one was promised, a `links.next` to
 * another origin. `pointer` locates a shape problem in the body (`/data/3/id`); the body itself is never
 * copied into the message.
 */
export class InvalidResponseError extends ApiError {
  override name = 'InvalidResponseError';
  /** JSON pointer into the response body; `undefined` when the body as a whole is the problem. */
  readonly pointer: string | undefined;

  constructor(init: ApiErrorInit & { readonly pointer?: string | undefined }) {
    super(init);
    this.pointer = init.pointer;
  }
}

/** Invalid parameters caught before any request is sent (missing path parameter, foreign URL). */
export class ParamError extends TypeError {
  override name = 'ParamError';
}

const BY_STATUS: Readonly<Record<number, typeof ApiError>> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The subclass for an HTTP status; other 4xx are plain `ApiError` with the status set. */
export function createApiError(init: ApiErrorInit & { readonly status: number }): ApiError {
  const ErrorClass =
    BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass(init);
}
