import { describe, expect, it } from 'vitest';
import { formatErrorMessage, normaliseErrorBody, statusText } from '../../../src/runtime/error-body.js';
import {
  ApiError, BadRequestError, ConflictError, createApiError, ForbiddenError, InternalServerError, NotFoundError, RateLimitError,
  UnauthorizedError, UnprocessableEntityError,
} from '../../../src/runtime/errors.js';

describe('normaliseErrorBody', () => {
  const item = { code: 'Unauthorized', detail: 'A valid bearer token is required', status: '401' };
  const cases: { name: string; given: unknown; want: { errors: unknown[]; reqId: string | undefined } }[] = [
    { name: 'array', given: { meta: { req_id: 'r1' }, errors: [item] }, want: { errors: [item], reqId: 'r1' } },
    { name: 'one object, as the spec declares', given: { meta: { req_id: 'r2' }, errors: item }, want: { errors: [item], reqId: 'r2' } },
    { name: 'numeric status becomes a string', given: { errors: [{ status: 404, title: 'Not here' }] }, want: { errors: [{ status: '404', title: 'Not here' }], reqId: undefined } },
    { name: 'no errors', given: { meta: {} }, want: { errors: [], reqId: undefined } },
    { name: 'not JSON', given: '<html>Bad gateway</html>', want: { errors: [], reqId: undefined } },
    { name: 'junk items dropped', given: { errors: [1, null, { detail: 'x' }] }, want: { errors: [{ detail: 'x' }], reqId: undefined } },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(normaliseErrorBody(given)).toEqual(want);
  });
});

describe('formatErrorMessage', () => {
  const cases: { status: number; errors: { detail?: string; title?: string; code?: string }[]; reqId?: string; want: string }[] = [
    { status: 403, errors: [{ detail: 'A valid bearer token is required' }], reqId: 'd07c', want: '403 Forbidden: A valid bearer token is required (req_id d07c)' },
    { status: 409, errors: [{ detail: 'a' }, { title: 'b' }, { code: 'C' }, { detail: 'a' }], want: '409 Conflict: a; b; C' },
    { status: 503, errors: [], reqId: 'x', want: '503 Service Unavailable (req_id x)' },
    { status: 599, errors: [], want: '599' },
  ];
  it.each(cases)('$want', ({ status, errors, reqId, want }) => {
    expect(formatErrorMessage(status, statusText(status), { errors, reqId })).toBe(want);
  });
});

describe('createApiError', () => {
  const cases: { status: number; want: typeof ApiError }[] = [
    { status: 400, want: BadRequestError }, { status: 401, want: UnauthorizedError }, { status: 403, want: ForbiddenError },
    { status: 404, want: NotFoundError }, { status: 409, want: ConflictError }, { status: 422, want: UnprocessableEntityError },
    { status: 429, want: RateLimitError }, { status: 500, want: InternalServerError }, { status: 503, want: InternalServerError },
    { status: 418, want: ApiError },
  ];
  it.each(cases)('$status', ({ status, want }) => {
    const error = createApiError({ message: 'm', status, method: 'GET', url: 'u' });
    expect(error).toBeInstanceOf(want);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(status);
    expect(error.name).toBe(want.name);
  });

  it('serialises only redacted facts', () => {
    const error = createApiError({ message: 'm', status: 404, method: 'GET', url: 'u', reqId: 'r', errors: [{ detail: 'd' }], cause: new Error('inner') });
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'NotFoundError', message: 'm', status: 404, errors: [{ detail: 'd' }], reqId: 'r', method: 'GET', url: 'u' });
  });
});
