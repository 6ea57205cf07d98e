/**
 * JSON:API 1.0 wire shapes (what the server sends) and decoded shapes (what users get).
 * @see https://jsonapi.org/format/1.0/#document-structure
 */

import type { JsonApiErrorObject } from '../error-body.js';

export type { JsonApiErrorObject };

export type JsonApiLink = string | { readonly href: string; readonly meta?: JsonApiMeta } | null;
export type JsonApiLinks = Readonly<Record<string, JsonApiLink | undefined>>;

/** Top-level and resource meta; `count` and `req_id` are what the Twine API sends. */
export interface JsonApiMeta {
  readonly count?: number;
  readonly req_id?: string;
  readonly [member: string]: unknown;
}

export interface ResourceIdentifier {
  readonly type: string;
  readonly id: string;
  readonly meta?: JsonApiMeta;
}

export interface RelationshipObject {
  readonly data?: ResourceIdentifier | readonly ResourceIdentifier[] | null;
  readonly links?: JsonApiLinks;
  readonly meta?: JsonApiMeta;
}

export interface ResourceObject {
  readonly type: string;
  /** Absent only in a resource the client is about to create. */
  readonly id?: string;
  readonly attributes?: Readonly<Record<string, unknown>>;
  readonly relationships?: Readonly<Record<string, RelationshipObject>>;
  readonly links?: JsonApiLinks;
  readonly meta?: JsonApiMeta;
}

/**
 * A decoded resource: `id`, `type`, attributes flattened, relationships resolved to other models (or to a
 * `{ id, type }` identifier when the related resource was not included). See `decodeDocument` for the
 * rule applied when names collide.
 */
export interface JsonApiModel {
  id: string;
  type: string;
  [field: string]: unknown;
}

export type JsonApiData = JsonApiModel | JsonApiModel[] | null;

export interface DecodedDocument<TData = JsonApiData> {
  /** One model, an array of models, or null (also when the document has no `data`, e.g. meta only). */
  readonly data: TData;
  /** The decoded `included` resources, when the document has them (the same objects relationships point to). */
  readonly included?: JsonApiModel[];
  /** Top-level `meta`; an empty object when the document has none. */
  readonly meta: JsonApiMeta;
  /** Top-level `links`; an empty object when the document has none. */
  readonly links: JsonApiLinks;
  /** Top-level `errors`, always an array when present (normalised by the transport's `normaliseErrorBody`). */
  readonly errors?: readonly JsonApiErrorObject[];
  /** The document exactly as received, for members we do not model. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/**
 * A related resource as a generated model types it: the full model when the response included it, else
 * only `{ id, type }` (decoding leaves unincluded linkage as an identifier), so other fields may be absent.
 */
export type Related<T extends { id: string; type: string }> = Pick<T, 'id' | 'type'> &
  Partial<Omit<T, 'id' | 'type'>>;

/** What a create or update input accepts for a relationship: an identifier, a decoded model, or `{ id }`. */
export interface RelationshipInput {
  readonly id: string;
  readonly type?: string;
}
