/**
 * The functions generated code builds for a collection GET:
 *
 * @example
 * export const fetchPatients = /* @__PURE__ *\/ pagedOperation<FetchPatientsParams, FetchPatientsResult, Patient>(fetchPatientsOp);
 * const first = await fetchPatients(transport, { filter: { groups: 'g1' } });
 * for await (const patient of fetchPatients.all(transport, { filter: { groups: 'g1' } })) { ... }
 * const total = await fetchPatients.count(transport, { filter: { groups: 'g1' } });
 *
 * `pagedOperation` only builds a function object, so a bundler may drop it when unused (mark the call
 * `@__PURE__`); `bindPaged` fixes the transport for the client object.
 */
import type { OperationDescriptor } from '../descriptor.js';
import type { Params } from '../serialize.js';
import type { Transport } from '../transport.js';
import { countResources } from './count.js';
import { fetchFirstPage, iterateItems, iteratePages } from './iterate.js';
import type { Page, PagedArgs } from './types.js';

export interface PagedOperation<TParams, TResult, TItem> {
  /** The first page. */
  (transport: Transport, ...args: PagedArgs<TParams>): Promise<Page<TResult, TItem>>;
  /**
   * Every resource of every page, fetched page by page as the loop goes (`for await`; no `await` before it);
   * with `readAhead: true`, each next page is requested as soon as the current one arrives.
   */
  all(transport: Transport, ...args: PagedArgs<TParams>): AsyncIterableIterator<TItem>;
  /** Every page, fetched one at a time as the loop goes (one page ahead with `readAhead: true`). */
  pages(
    transport: Transport,
    ...args: PagedArgs<TParams>
  ): AsyncIterableIterator<Page<TResult, TItem>>;
  /** The collection's total (`meta.count`) from one request with page size 0. */
  count(transport: Transport, ...args: PagedArgs<TParams>): Promise<number>;
  readonly operation: OperationDescriptor;
}

export interface BoundPagedOperation<TParams, TResult, TItem> {
  (...args: PagedArgs<TParams>): Promise<Page<TResult, TItem>>;
  all(...args: PagedArgs<TParams>): AsyncIterableIterator<TItem>;
  pages(...args: PagedArgs<TParams>): AsyncIterableIterator<Page<TResult, TItem>>;
  count(...args: PagedArgs<TParams>): Promise<number>;
}

export function pagedOperation<TParams, TResult, TItem>(
  op: OperationDescriptor,
): PagedOperation<TParams, TResult, TItem> {
  const first = (
    transport: Transport,
    ...[params, init]: PagedArgs<TParams>
  ): Promise<Page<TResult, TItem>> =>
    fetchFirstPage<TResult, TItem>(transport, op, params as Params, init);
  return Object.assign(first, {
    all: (transport: Transport, ...[params, init]: PagedArgs<TParams>) =>
      iterateItems<TItem>(transport, op, params as Params, init),
    pages: (transport: Transport, ...[params, init]: PagedArgs<TParams>) =>
      iteratePages<TResult, TItem>(transport, op, params as Params, init) as AsyncIterableIterator<
        Page<TResult, TItem>
      >,
    count: (transport: Transport, ...[params, init]: PagedArgs<TParams>) =>
      countResources(transport, op, params as Params, init),
    operation: op,
  });
}

export function bindPaged<TParams, TResult, TItem>(
  transport: Transport,
  paged: PagedOperation<TParams, TResult, TItem>,
): BoundPagedOperation<TParams, TResult, TItem> {
  const first = (...args: PagedArgs<TParams>): Promise<Page<TResult, TItem>> =>
    paged(transport, ...args);
  return Object.assign(first, {
    all: (...args: PagedArgs<TParams>) => paged.all(transport, ...args),
    pages: (...args: PagedArgs<TParams>) => paged.pages(transport, ...args),
    count: (...args: PagedArgs<TParams>) => paged.count(transport, ...args),
  });
}
