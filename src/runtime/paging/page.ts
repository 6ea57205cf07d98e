/** A fetched page that knows how to fetch the next one (`links.next`, resolved to an absolute URL). */
import type { OperationDescriptor } from '../descriptor.js';
import type { InvalidResponseError } from '../errors.js';
import type { RawResponse } from '../http.js';
import { invalidResponse } from '../invalid-response.js';
import type { JsonApiLinks, JsonApiMeta, JsonApiModel } from '../jsonapi/types.js';
import type { Transport } from '../transport.js';
import { readResponseBody } from '../response-body.js';
import { nextLink, peekPage, readPage } from './read-page.js';
import type { Page, PageCallOptions } from './types.js';

/**
 * What the pages of one walk share: the base URL's origin (links elsewhere are refused) and the depth at
 * which each page URL was first fetched. A page whose `links.next` was already fetched at its depth or
 * before it has no next page, so `while (page.hasNextPage())` ends even when a server's links form a cycle.
 */
interface PageChain {
  readonly origin: string;
  readonly depths: Map<string, number>;
}

export class CollectionPage<TResult, TItem> implements Page<TResult, TItem> {
  readonly data: TItem[];
  readonly included?: JsonApiModel[];
  readonly meta: JsonApiMeta;
  readonly links: JsonApiLinks;
  readonly raw: TResult;
  /** The absolute URL this page was requested with. */
  readonly url: string;
  /** `links.next` resolved to an absolute URL; `undefined` when absent or not a URL. */
  readonly nextUrl: string | undefined;
  readonly #transport: Transport;
  readonly #op: OperationDescriptor;
  readonly #init: PageCallOptions | undefined;
  readonly #chain: PageChain;
  readonly #depth: number;
  readonly #hasData: boolean;
  /** Set when `links.next` leaves the base URL's origin: following it would hand the token to another host. */
  readonly #refusal: InvalidResponseError | undefined;

  /** `reader` hears of the page once its next link is known (see `PageReader`). */
  constructor(
    transport: Transport,
    op: OperationDescriptor,
    response: RawResponse,
    init: PageCallOptions | undefined,
    previous?: CollectionPage<unknown, unknown>,
    reader?: PageReader<TResult, TItem>,
  ) {
    const body = readResponseBody(response, op, transport.redactor);
    const peek = peekPage(body);
    this.#hasData = peek.hasData;
    this.url = resolveLink(response.url, transport.baseUrl, response.url) ?? response.url;
    const next = resolveLink(nextLink(peek.links), transport.baseUrl, this.url);
    this.#chain =
      previous === undefined
        ? { origin: originOf(transport.baseUrl), depths: new Map() }
        : previous.#chain;
    this.#depth = previous === undefined ? 0 : previous.#depth + 1;
    const key = pageKey(this.url);
    const known = this.#chain.depths.get(key);
    if (known === undefined || known > this.#depth) this.#chain.depths.set(key, this.#depth);
    this.#refusal =
      next !== undefined && !sameOrigin(next, this.#chain.origin)
        ? invalidResponse(
            response,
            op,
            {
              problem: `returned a links.next outside ${this.#chain.origin}; it is not followed, so the bearer token never reaches another host`,
            },
            transport.redactor,
          )
        : undefined;
    this.nextUrl = next;
    this.#transport = transport;
    this.#op = op;
    this.#init = init;
    reader?.onRead(this);
    const content = readPage(response, op, transport.redactor, 'page', body);
    this.data = content.data as TItem[];
    if (content.included !== undefined) this.included = content.included;
    this.meta = content.meta;
    this.links = content.links;
    this.raw = content.raw as TResult;
  }

  hasNextPage(): boolean {
    const next = this.nextUrl;
    if (!this.#hasData || next === undefined) return false;
    const fetchedAt = this.#chain.depths.get(pageKey(next));
    return fetchedAt === undefined || fetchedAt > this.#depth;
  }

  /** With a `reader`, the request is sent with the reader's options, and the next page keeps this one's. */
  async nextPage(
    init?: PageCallOptions,
    reader?: PageReader<TResult, TItem>,
  ): Promise<CollectionPage<TResult, TItem> | undefined> {
    if (!this.hasNextPage() || this.nextUrl === undefined) return undefined;
    if (this.#refusal !== undefined) throw this.#refusal;
    const options = init ?? this.#init;
    const response = await this.#transport.requestUrl(
      this.nextUrl,
      this.#op,
      reader?.init ?? options,
    );
    return new CollectionPage<TResult, TItem>(
      this.#transport,
      this.#op,
      response,
      options,
      this,
      reader,
    );
  }
}

/**
 * How an iteration with `readAhead` takes part in its page requests (paging/read-ahead.ts): it sends them
 * with options of its own (the walk's signal, which a `break` aborts), and hears of each page once its
 * next link is known but before its resources are checked and decoded, so the request for the page after
 * it can travel while it is decoded. The pages keep the caller's options for a `nextPage()` by hand.
 */
export interface PageReader<TResult, TItem> {
  readonly init: PageCallOptions;
  onRead(page: CollectionPage<TResult, TItem>): void;
}

/**
 * Links are usually origin-relative (`/pub/patient?...`) and may be relative to the base URL, so they are
 * resolved against it; a query-only link (`?page[cursor]=x`) can only mean the page's own path, so it is
 * resolved against the page's URL. A link that is not a URL at all reads as absent.
 */
export function resolveLink(
  link: string | undefined,
  baseUrl: string,
  pageUrl: string,
): string | undefined {
  if (link === undefined) return undefined;
  try {
    return new URL(link, link.startsWith('?') ? pageUrl : `${baseUrl}/`).href;
  } catch {
    return undefined;
  }
}

/**
 * The same page however the link spells it: no fragment, brackets unescaped, query parameters in name order
 * (a stable sort, so the values of a repeated name keep their order, which a server may read).
 */
function pageKey(url: string): string {
  const hash = url.indexOf('#');
  let key = hash < 0 ? url : url.slice(0, hash);
  if (key.includes('%')) key = key.replace(/%5b/gi, '[').replace(/%5d/gi, ']');
  const query = key.indexOf('?');
  if (query < 0) return key;
  const pairs = key
    .slice(query + 1)
    .split('&')
    .filter((pair) => pair !== '');
  pairs.sort((a, b) => {
    const nameA = parameterName(a);
    const nameB = parameterName(b);
    return nameA < nameB ? -1 : nameA > nameB ? 1 : 0;
  });
  return `${key.slice(0, query)}?${pairs.join('&')}`;
}

function parameterName(pair: string): string {
  const equals = pair.indexOf('=');
  return equals < 0 ? pair : pair.slice(0, equals);
}

/** `href` is normalised by URL, so a same-origin URL starts with the origin and a slash (userinfo cannot fake it). */
function sameOrigin(href: string, origin: string): boolean {
  return href.startsWith(`${origin}/`);
}

function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return 'null';
  }
}
