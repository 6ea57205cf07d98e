import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CountMismatchInfo, CountMismatchPolicy } from '../../../src/runtime/options.js';
import { countMismatchMessage, CountTally, reportCountMismatch } from '../../../src/runtime/paging/count-check.js';
import { CountMismatchError } from '../../../src/runtime/paging/errors.js';

const model = (id: string, type = 'patient') => ({ id, type });

describe('CountTally', () => {
  const cases: { name: string; pages: { data: unknown[]; count?: unknown }[]; want: Partial<CountMismatchInfo> | undefined }[] = [
    { name: 'complete', pages: [{ data: [model('1'), model('2')], count: 3 }, { data: [model('3')], count: 3 }], want: undefined },
    { name: 'a missed resource', pages: [{ data: [model('1')], count: 2 }], want: { expected: 2, fetched: 1, unique: 1, duplicates: 0 } },
    {
      name: 'a duplicate hides a missed resource (skip paging while the collection grows)',
      pages: [{ data: [model('1'), model('2')], count: 3 }, { data: [model('2'), model('3')], count: 4 }],
      want: { expected: 4, fetched: 4, unique: 3, duplicates: 1 },
    },
    { name: 'same id, other type is not a duplicate', pages: [{ data: [model('1'), model('1', 'group')], count: 2 }], want: undefined },
    { name: 'items without ids count one each', pages: [{ data: [1, 2, { n: 3 }], count: 3 }], want: undefined },
    { name: 'no meta.count: nothing to compare', pages: [{ data: [model('1')] }, { data: [], count: 'many' }], want: undefined },
    { name: 'the last count wins', pages: [{ data: [model('1')], count: 5 }, { data: [model('2')], count: 2 }], want: undefined },
  ];
  it.each(cases)('$name', ({ pages, want }) => {
    const tally = new CountTally(true);
    for (const page of pages) tally.add(page.data, page.count);
    const got = tally.mismatch('fetchPatients', 'skip');
    expect(got).toEqual(want === undefined ? undefined : { operationId: 'fetchPatients', strategy: 'skip', ...want });
  });

  it('without identity tracking compares the raw number', () => {
    const tally = new CountTally(false);
    tally.add([model('1'), model('1')], 2);
    expect(tally.mismatch('op', 'cursor')).toBeUndefined();
  });
});

describe('reportCountMismatch', () => {
  const info: CountMismatchInfo = { operationId: 'fetchPatients', strategy: 'skip', expected: 10001, fetched: 10001, unique: 10000, duplicates: 1 };
  afterEach(() => { vi.restoreAllMocks(); });

  it('names the numbers and what to do in the message', () => {
    expect(countMismatchMessage(info)).toBe(
      'fetchPatients: fetched 10000 distinct resources (10001 in all, 1 of them duplicates) but meta.count is 10001: ' +
        'the collection changed during skip paging, or the server stopped sending links.next early; cursor paging (`page: { limit }`) does not repeat resources',
    );
  });

  const cases: { policy: CountMismatchPolicy; hook: boolean; want: { hook: number; console: number; throws: boolean } }[] = [
    { policy: 'warn', hook: true, want: { hook: 1, console: 0, throws: false } },
    { policy: 'warn', hook: false, want: { hook: 0, console: 1, throws: false } },
    { policy: 'ignore', hook: true, want: { hook: 0, console: 0, throws: false } },
    { policy: 'throw', hook: true, want: { hook: 0, console: 0, throws: true } },
  ];
  it.each(cases)('$policy with hook=$hook', ({ policy, hook, want }) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen: CountMismatchInfo[] = [];
    const hooks = hook ? { onCountMismatch: (i: CountMismatchInfo) => { seen.push(i); } } : undefined;
    let thrown: unknown;
    try {
      reportCountMismatch(info, policy, hooks, 'http://127.0.0.1/pub/patient?access_token=abc&page[limit]=50');
    } catch (error) {
      thrown = error;
    }
    expect({ hook: seen.length, console: warn.mock.calls.length, throws: thrown !== undefined }).toEqual(want);
    if (want.hook > 0) expect(seen[0]).toEqual(info);
    if (want.throws) {
      expect(thrown).toBeInstanceOf(CountMismatchError);
      expect(thrown).toMatchObject({ expected: 10001, unique: 10000, duplicates: 1, method: 'GET' });
      expect((thrown as CountMismatchError).url).not.toContain('abc');
    }
  });

  it('a throwing hook does not fail the iteration', () => {
    const hooks = { onCountMismatch: () => { throw new Error('logger bug'); } };
    expect(() => reportCountMismatch(info, 'warn', hooks, 'http://127.0.0.1/')).not.toThrow();
  });
});
