import { describe, expect, it } from 'vitest';
import type { OperationDescriptor, PagingSupport } from '../../../src/runtime/descriptor.js';
import { ParamError } from '../../../src/runtime/errors.js';
import { buildQuery } from '../../../src/runtime/serialize.js';
import { planCount, planFirstPage } from '../../../src/runtime/paging/strategy.js';

function op(paging: PagingSupport | undefined, declaresPage = true): OperationDescriptor {
  return {
    operationId: 'fetchPatients', method: 'GET', path: '/patient', accept: ['application/vnd.api+json'], jsonApi: true,
    params: { filter: { in: 'query', name: 'filter', nested: true }, ...(declaresPage ? { page: { in: 'query', name: 'page', nested: true } } : {}) },
    ...(paging === undefined ? {} : { paging }),
  };
}

const both: PagingSupport = { skip: true, cursor: true, cursorParam: 'page[cursor]' };
const skipOnly: PagingSupport = { skip: true, cursor: false };
const filter = { organization: 'o1' };

describe('planFirstPage', () => {
  const cases: { name: string; paging?: PagingSupport; page?: Record<string, unknown>; want: { strategy: string; query: string } }[] = [
    { name: 'cursor when supported and not chosen', paging: both, want: { strategy: 'cursor', query: 'filter[organization]=o1&page[limit]=50' } },
    { name: 'skip when cursor is not supported', paging: skipOnly, want: { strategy: 'skip', query: 'filter[organization]=o1' } },
    { name: 'skip when the descriptor says nothing', want: { strategy: 'skip', query: 'filter[organization]=o1' } },
    { name: 'caller chose skip', paging: both, page: { size: 20, number: 3 }, want: { strategy: 'skip', query: 'filter[organization]=o1&page[size]=20&page[number]=3' } },
    { name: 'caller chose cursor', paging: both, page: { limit: 5 }, want: { strategy: 'cursor', query: 'filter[organization]=o1&page[limit]=5' } },
    { name: 'a cursor alone is a cursor choice', paging: both, page: { cursor: 'abc' }, want: { strategy: 'cursor', query: 'filter[organization]=o1&page[cursor]=abc' } },
    { name: 'page[after] is a cursor too', paging: { skip: true, cursor: true, cursorParam: 'page[after]' }, page: { limit: 7, after: 'x' }, want: { strategy: 'cursor', query: 'filter[organization]=o1&page[limit]=7&page[after]=x' } },
    { name: 'undefined members are no choice', paging: both, page: { size: undefined }, want: { strategy: 'cursor', query: 'filter[organization]=o1&page[limit]=50' } },
    { name: 'an empty page object is no choice', paging: skipOnly, page: {}, want: { strategy: 'skip', query: 'filter[organization]=o1' } },
  ];
  it.each(cases)('$name', ({ paging, page, want }) => {
    const plan = planFirstPage(op(paging), { filter, ...(page === undefined ? {} : { page }) });
    expect({ strategy: plan.strategy, query: buildQuery(plan.op, plan.params) }).toEqual(want);
  });

  const mixed: Record<string, unknown>[] = [{ limit: 10, size: 10 }, { cursor: 'c', number: 2 }, { after: 'a', size: 0 }, { limit: 0, number: 1 }];
  it.each(mixed)('rejects the mixed page object %o with a ParamError', (page) => {
    expect(() => planFirstPage(op(both), { filter, page })).toThrowError(ParamError);
    expect(() => planFirstPage(op(both), { filter, page })).toThrowError(/page: \{ limit \}.*page: \{ size, number \}/);
  });

  it('adds a page parameter to a descriptor that declares none, once per descriptor', () => {
    const bare = op(both, false);
    const first = planFirstPage(bare, { filter });
    expect(buildQuery(first.op, first.params)).toBe('filter[organization]=o1&page[limit]=50');
    expect(planFirstPage(bare, {}).op).toBe(first.op);
    expect(bare.params).not.toHaveProperty('page');
  });

  it('uses the key the descriptor gives the page family', () => {
    const renamed: OperationDescriptor = { ...op(both, false), params: { paging: { in: 'query', name: 'page', nested: true } } };
    const plan = planFirstPage(renamed, { paging: { size: 3 } });
    expect({ strategy: plan.strategy, query: buildQuery(plan.op, plan.params) }).toEqual({ strategy: 'skip', query: 'page[size]=3' });
  });
});

describe('planCount', () => {
  const cases: { name: string; paging?: PagingSupport; page?: Record<string, unknown>; want: string }[] = [
    { name: 'cursor: page[limit]=0', paging: both, want: 'filter[organization]=o1&page[limit]=0' },
    { name: 'skip: page[size]=0', paging: skipOnly, want: 'filter[organization]=o1&page[size]=0' },
    { name: 'caller chose skip', paging: both, page: { size: 10, number: 4 }, want: 'filter[organization]=o1&page[size]=0' },
    { name: 'caller chose cursor; the cursor is dropped', paging: both, page: { limit: 10, cursor: 'c' }, want: 'filter[organization]=o1&page[limit]=0' },
  ];
  it.each(cases)('$name', ({ paging, page, want }) => {
    const plan = planCount(op(paging), { filter, ...(page === undefined ? {} : { page }) });
    expect(buildQuery(plan.op, plan.params)).toBe(want);
  });

  it('rejects a mixed page object', () => {
    expect(() => planCount(op(both), { page: { limit: 1, number: 1 } })).toThrowError(ParamError);
  });
});
