/**
 * From a 2xx response to a page's content: JSON:API documents are decoded and checked (see readDocument);
 * other collection bodies must be a list or an object with a `data` list. A body that is neither is an
 * `InvalidResponseError`: read as an empty page, it would end an iteration early and look complete.
 */
import type { OperationDescriptor } from '../descriptor.js';
import type { RawResponse } from '../http.js';
import { describeBody, invalidResponse } from '../invalid-response.js';
import { readDocument, type PrimaryData } from '../jsonapi/read-document.js';
import type { JsonApiLinks, JsonApiMeta, JsonApiModel } from '../jsonapi/types.js';
import type { Redactor } from '../redact.js';
import { readResponseBody } from '../response-body.js';

export interface PageContent {
  readonly data: unknown[];
  readonly included?: JsonApiModel[];
  readonly meta: JsonApiMeta;
  readonly links: JsonApiLinks;
  readonly raw: unknown;
}

/**
 * `primary: 'any'` accepts any document without `data` (what a count request needs). `body` is the parsed
 * body when the caller has parsed it already (a page peeks at its links first: `peekPage`).
 */
export function readPage(
  response: RawResponse,
  op: OperationDescriptor,
  redactor?: Redactor,
  primary: Extract<PrimaryData, 'page' | 'any'> = 'page',
  body: unknown = readResponseBody(response, op, redactor),
): PageContent {
  if (op.jsonApi) {
    const doc = readDocument(response, op, primary, redactor, body);
    return {
      data: Array.isArray(doc.data) ? doc.data : [],
      ...(doc.included === undefined ? {} : { included: doc.included }),
      meta: doc.meta,
      links: doc.links,
      raw: doc.raw,
    };
  }
  if (Array.isArray(body)) return { data: body, meta: {}, links: {}, raw: body };
  const data = isRecord(body) ? body['data'] : undefined;
  const meta = isRecord(body) ? body['meta'] : undefined;
  const countOnly =
    data === undefined && isRecord(meta) && (primary === 'any' || meta['count'] !== undefined);
  if (!isRecord(body) || (!Array.isArray(data) && !countOnly)) {
    const what = isRecord(body) ? 'an object without a "data" list' : describeBody(response, body);
    throw invalidResponse(
      response,
      op,
      { problem: `returned ${what} where a collection was expected`, body },
      redactor,
    );
  }
  const { links } = body;
  return {
    data: Array.isArray(data) ? data : [],
    meta: isRecord(meta) ? meta : {},
    links: isRecord(links) ? (links as JsonApiLinks) : {},
    raw: body,
  };
}

/**
 * What a page's body says about the next page before it is checked and decoded: its `links` and whether it
 * has resources. Enough to send the next request early (`readAhead`); `readPage` still rejects a bad body.
 */
export function peekPage(body: unknown): {
  readonly links: JsonApiLinks;
  readonly hasData: boolean;
} {
  const data = Array.isArray(body) ? body : isRecord(body) ? body['data'] : undefined;
  const links = isRecord(body) ? body['links'] : undefined;
  return {
    links: isRecord(links) ? (links as JsonApiLinks) : {},
    hasData: Array.isArray(data) && data.length > 0,
  };
}

/** `links.next` as a string (a link object's `href`); `undefined` when absent, null or empty. */
export function nextLink(links: JsonApiLinks): string | undefined {
  const next = links['next'];
  const href =
    typeof next === 'string'
      ? next
      : isRecord(next) && typeof next['href'] === 'string'
        ? next['href']
        : undefined;
  return href === '' ? undefined : href;
}

/** `meta.count` as a number; servers that send it as a string of digits are read too. */
export function metaCount(meta: JsonApiMeta): number | undefined {
  const count = meta['count'];
  if (typeof count === 'number') return Number.isFinite(count) ? count : undefined;
  return typeof count === 'string' && /^\d+$/.test(count) ? Number(count) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
