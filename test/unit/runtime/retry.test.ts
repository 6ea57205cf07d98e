import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY, isIdempotent, isRetryableStatus, parseRetryAfter, resolveRetryPolicy, retryDelay } from '../../../src/runtime/retry.js';

const NOW = Date.UTC(2019, 5, 11, 12, 0, 0);

describe('parseRetryAfter', () => {
  const cases: { given: string | null | undefined; want: number | undefined }[] = [
    { given: '0', want: 0 },
    { given: '3', want: 3000 },
    { given: ' 120 ', want: 120_000 },
    { given: 'Tue, 11 Jun 2019 12:00:05 GMT', want: 5000 },
    { given: 'Tue, 11 Jun 2019 11:59:00 GMT', want: 0 },
    { given: '-1', want: undefined },
    { given: '1.5', want: undefined },
    { given: 'soon', want: undefined },
    { given: '', want: undefined },
    { given: null, want: undefined },
    { given: undefined, want: undefined },
  ];
  it.each(cases)('$given -> $want', ({ given, want }) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });
});

describe('retry rules', () => {
  it.each([
    { method: 'GET', want: true }, { method: 'HEAD', want: true }, { method: 'PUT', want: true }, { method: 'DELETE', want: true },
    { method: 'OPTIONS', want: true }, { method: 'POST', want: false }, { method: 'PATCH', want: false },
  ])('isIdempotent($method) = $want', ({ method, want }) => expect(isIdempotent(method)).toBe(want));

  it.each([
    { status: 408, want: true }, { status: 429, want: true }, { status: 500, want: true }, { status: 503, want: true },
    { status: 400, want: false }, { status: 401, want: false }, { status: 404, want: false }, { status: 409, want: false },
  ])('isRetryableStatus($status) = $want', ({ status, want }) => expect(isRetryableStatus(status)).toBe(want));

  it('backs off exponentially with jitter inside [step/2, step], capped', () => {
    const policy = { ...DEFAULT_RETRY, minDelayMs: 100, maxDelayMs: 1000 };
    const table = [
      { index: 0, random: 0, want: 50 }, { index: 0, random: 0.999999, want: 100 }, { index: 2, random: 0.5, want: 300 },
      { index: 10, random: 0, want: 500 }, { index: 10, random: 1, want: 1000 },
    ];
    for (const { index, random, want } of table) expect(backoffDelay(index, policy, random)).toBe(want);
  });

  it('prefers Retry-After and refuses one beyond maxRetryAfterMs', () => {
    expect(retryDelay(0, DEFAULT_RETRY, 2000, 0.5)).toBe(2000);
    expect(retryDelay(0, { ...DEFAULT_RETRY, maxRetryAfterMs: 1000 }, 2000, 0.5)).toBeUndefined();
  });

  it('merges client and call retry options', () => {
    expect(resolveRetryPolicy(undefined, undefined)).toEqual(DEFAULT_RETRY);
    expect(resolveRetryPolicy(false, undefined).retries).toBe(0);
    expect(resolveRetryPolicy(false, { retries: 3 }).retries).toBe(3);
    expect(resolveRetryPolicy({ retries: 5 }, false).retries).toBe(0);
    expect(resolveRetryPolicy({ retries: 5, minDelayMs: 1 }, { retries: 1 })).toMatchObject({ retries: 1, minDelayMs: 1 });
  });
});
