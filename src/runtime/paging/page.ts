/** A fetched page that knows how to fetch the next one (`links.next`, resolved against the base URL). */
import type { OperationDescriptor } from '../descriptor.js';
import type { RawResponse } from '../http.js';
import type { JsonApiLinks, JsonApiMeta, JsonApiModel } from '../jsonapi/types.js';
import type { Transport } from '../transport.js';
import { nextLink, readPage } from './read-page.js';
import type { Page, PageCallOptions } from './types.js';

export class CollectionPage<TResult, TItem> implements Page<TResult, TItem> {
  readonly data: TItem[];
  readonly included?: JsonApiModel[];
  readonly meta: JsonApiMeta;
  readonly links: JsonApiLinks;
  readonly raw: TResult;
  /** The absolute URL this page was requested with. */
  readonly url: string;
  /** `links.next` resolved to an absolute URL; `undefined` when absent. */
  readonly nextUrl: string | undefined;
  readonly #transport: Transport;
  readonly #op: OperationDescriptor;
  readonly #init: PageCallOptions | undefined;

  constructor(
    transport: Transport,
    op: OperationDescriptor,
    response: RawResponse,
    init: PageCallOptions | undefined,
  ) {
    const content = readPage(response, op);
    this.data = content.data as TItem[];
    if (content.included !== undefined) this.included = content.included;
    this.meta = content.meta;
    this.links = content.links;
    this.raw = content.raw as TResult;
    this.url = resolveLink(response.url, transport.baseUrl) ?? response.url;
    this.nextUrl = resolveLink(nextLink(content.links), transport.baseUrl);
    this.#transport = transport;
    this.#op = op;
    this.#init = init;
  }

  hasNextPage(): boolean {
    return this.data.length > 0 && this.nextUrl !== undefined && this.nextUrl !== this.url;
  }

  async nextPage(init?: PageCallOptions): Promise<CollectionPage<TResult, TItem> | undefined> {
    if (!this.hasNextPage() || this.nextUrl === undefined) return undefined;
    return fetchPageAt<TResult, TItem>(this.#transport, this.#op, this.nextUrl, init ?? this.#init);
  }
}

/** GETs a page URL with the transport's auth, retries and hooks. */
export async function fetchPageAt<TResult, TItem>(
  transport: Transport,
  op: OperationDescriptor,
  url: string,
  init: PageCallOptions | undefined,
): Promise<CollectionPage<TResult, TItem>> {
  return new CollectionPage(transport, op, await transport.requestUrl(url, op, init), init);
}

/**
 * Links are usually origin-relative (`/pub/patient?...`) and may be relative to the base URL, so they are
 * compared and requested in absolute form. A link that is not a URL at all reads as absent.
 */
export function resolveLink(link: string | undefined, baseUrl: string): string | undefined {
  if (link === undefined) return undefined;
  try {
    return new URL(link, `${baseUrl}/`).href;
  } catch {
    return undefined;
  }
}
