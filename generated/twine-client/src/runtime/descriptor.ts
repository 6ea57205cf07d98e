/**
 * What generated code tells the runtime about one operation. Generated operation functions are thin: they
 * pass a frozen descriptor and the caller's params object to the transport, which does everything else.
 * This file is the contract between the generator's emitter and the runtime; change both together.
 */

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH';

/** How an array value is joined on the wire (Swagger `collectionFormat`); `multi` repeats the key. */
export type CollectionFormat = 'csv' | 'ssv' | 'tsv' | 'pipes' | 'multi';

export interface ParamDescriptor {
  readonly in: 'path' | 'query' | 'header' | 'formData';
  /**
   * The wire name. For a bracketed JSON:API family (`filter[groups]`, `filter[identifier][system]`) the
   * params object holds one nested object under the family's key and `name` is the family's root
   * (`filter`); the runtime writes each leaf as `filter[groups]`, `filter[identifier][system]`.
   */
  readonly name: string;
  /** True when the value is a nested object to be written with bracketed names. */
  readonly nested?: boolean;
  readonly format?: CollectionFormat;
}

export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template relative to the base URL, e.g. `/patient/{id}`; `{x}` names a key of `params`. */
  readonly path: string;
  /** Keys of the caller's params object (other than `body`) and where each goes. */
  readonly params: Readonly<Record<string, ParamDescriptor>>;
  /** Present when the operation takes a body (`params.body`); content types in the spec's order. */
  readonly body?: { readonly contentTypes: readonly string[]; readonly required: boolean };
  /** Response content types in the spec's order (`produces`). */
  readonly accept: readonly string[];
  /** True when requests and responses are JSON:API documents (`application/vnd.api+json`). */
  readonly jsonApi: boolean;
  /** How a collection GET pages (from the IR's paging analysis); absent when it does not page. */
  readonly paging?: PagingSupport;
}

/** Paging strategies an operation declares; `cursorParam` is the cursor's wire name (`page[cursor]`, `page[after]`). */
export interface PagingSupport {
  readonly skip: boolean;
  readonly cursor: boolean;
  readonly cursorParam?: string;
}

/** Spec-derived defaults the generated `createClient` passes to the runtime. */
export interface ClientDefaults {
  /** From schemes/host/basePath; `undefined` when the spec names no host (then `baseUrl` is required). */
  readonly baseUrl?: string;
  /** From the OAuth2 security definition; relative URLs resolve against the base URL. */
  readonly tokenUrl?: string;
}
