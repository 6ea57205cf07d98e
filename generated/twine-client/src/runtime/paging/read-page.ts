/** From a 2xx response to a page's content: JSON:API documents are decoded, other bodies taken as they are. */
import type { OperationDescriptor } from '../descriptor.js';
import type { RawResponse } from '../http.js';
import { decodeDocument } from '../jsonapi/decode.js';
import type { JsonApiLinks, JsonApiMeta, JsonApiModel } from '../jsonapi/types.js';
import { readResponseBody } from '../response-body.js';

export interface PageContent {
  readonly data: unknown[];
  readonly included?: JsonApiModel[];
  readonly meta: JsonApiMeta;
  readonly links: JsonApiLinks;
  readonly raw: unknown;
}

export function readPage(response: RawResponse, op: OperationDescriptor): PageContent {
  const body = readResponseBody(response, op);
  if (!isRecord(body))
    return { data: Array.isArray(body) ? body : [], meta: {}, links: {}, raw: body };
  if (op.jsonApi) {
    const doc = decodeDocument(body);
    const data = doc.data === null ? [] : Array.isArray(doc.data) ? doc.data : [doc.data];
    return {
      data,
      ...(doc.included === undefined ? {} : { included: doc.included }),
      meta: doc.meta,
      links: doc.links,
      raw: body,
    };
  }
  const { data, meta, links } = body;
  return {
    data: Array.isArray(data) ? data : [],
    meta: isRecord(meta) ? meta : {},
    links: isRecord(links) ? (links as JsonApiLinks) : {},
    raw: body,
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
