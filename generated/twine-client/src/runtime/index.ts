/** The runtime every generated client ships with. Generated code imports only from this file. */
export type {
  ClientDefaults,
  CollectionFormat,
  HttpMethod,
  OperationDescriptor,
  PagingSupport,
  ParamDescriptor,
} from './descriptor.js';
export type {
  AuthOptions,
  BearerTokenAuth,
  CallOptions,
  ClientCredentialsAuth,
  ClientOptions,
  Clock,
  CountMismatchInfo,
  CountMismatchPolicy,
  ErrorInfo,
  FetchLike,
  Hooks,
  RequestInfo,
  ResponseInfo,
  RetryOptions,
  TokenProvider,
  TokenRequestFormat,
} from './options.js';
export { createTransport, type Transport } from './transport.js';
export type { RawResponse } from './http.js';
export { readResponseBody } from './response-body.js';
export type { JsonApiErrorObject } from './error-body.js';
export {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  ParamError,
  RateLimitError,
  UnauthorizedError,
  UnprocessableEntityError,
} from './errors.js';
export * from './jsonapi/index.js';
export * from './paging/index.js';
