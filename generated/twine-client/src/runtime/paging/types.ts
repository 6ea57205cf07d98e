/** The public shapes of paged operations: a page, the iterables, and the per-call paging options. */
import type { CallOptions, CountMismatchPolicy } from '../options.js';
import type { JsonApiLinks, JsonApiMeta, JsonApiModel } from '../jsonapi/types.js';

/** Per-call options of a paged operation: the usual call options plus the completeness check's policy. */
export interface PageCallOptions extends CallOptions {
  /**
   * What a full iteration (`all()` / `pages()` run to the end) does when the resources it fetched do not
   * match the last page's `meta.count`. Overrides the client's `onCountMismatch`; the default is `'warn'`.
   */
  readonly onCountMismatch?: CountMismatchPolicy | undefined;
  /**
   * `all()` and `pages()` only: request the next page as soon as a page arrives, so the network works
   * while the page is decoded and the loop body runs (one page ahead at most). Faster for loops that run
   * to the end; a `break` then cancels the one request already sent. Overrides the client's `readAhead`;
   * off by default, so that a `break` sends no further request.
   */
  readonly readAhead?: boolean | undefined;
}

/**
 * One page of a collection. `data` holds the page's resources: decoded models (see `decodeDocument`) when
 * the response is a JSON:API document, otherwise the body's `data` array as it came.
 *
 * @example
 * let page = await client.fetchPatients({ filter: { groups: 'g1' } });
 * while (page.hasNextPage()) page = (await page.nextPage())!;
 */
export interface Page<TResult, TItem> {
  readonly data: TItem[];
  /** Decoded `included` resources, when the document has them. */
  readonly included?: JsonApiModel[] | undefined;
  /** Top-level `meta` (`count` is the collection's total when the server sends it); `{}` when absent. */
  readonly meta: JsonApiMeta;
  /** Top-level `links` (`next`, and for skip paging `first`/`last`/`prev`); `{}` when absent. */
  readonly links: JsonApiLinks;
  /** The response body exactly as received. */
  readonly raw: TResult;
  /** True when the page has resources and a `links.next` that is not the page's own URL. */
  hasNextPage(): boolean;
  /** Fetches the page `links.next` points to; `undefined` when `hasNextPage()` is false. */
  nextPage(init?: PageCallOptions): Promise<Page<TResult, TItem> | undefined>;
}

/** `[params?, init?]` when every parameter is optional, `[params, init?]` otherwise. */
export type PagedArgs<TParams> = {} extends TParams
  ? [params?: TParams, init?: PageCallOptions]
  : [params: TParams, init?: PageCallOptions];

/**
 * A `page` parameter that takes one strategy's members or the other's, never both: a mixed object is a
 * compile error (plain unions would accept it, since each member exists in one of them).
 *
 * @example type FetchPatientsPage = OneStrategyPage<{ limit?: number; cursor?: string }, { size?: number; number?: number }>;
 */
export type OneStrategyPage<TCursor extends object, TSkip extends object> =
  | (TCursor & { readonly [K in Exclude<keyof TSkip, keyof TCursor>]?: never })
  | (TSkip & { readonly [K in Exclude<keyof TCursor, keyof TSkip>]?: never });
