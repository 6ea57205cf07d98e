/**
 * The intermediate representation: one plain, JSON-serializable model of an API, independent of Swagger 2.0.
 * The loader's version-specific reader builds it; emitters and the diff command read only this.
 * Everything here is sorted or ordered deterministically by the builder so two builds compare equal.
 */

export const IR_VERSION = 1;

export interface ApiModel {
  readonly irVersion: typeof IR_VERSION;
  readonly info: ApiInfo;
  /** Base URLs from schemes/host/basePath, preferred first (https before http). Empty when the spec names no host. */
  readonly servers: readonly string[];
  /** The spec's basePath, kept separately so a user-supplied host can still get it. */
  readonly basePath: string;
  readonly securitySchemes: readonly SecurityScheme[];
  /** Requirements applying to operations that do not declare their own. */
  readonly security: readonly SecurityRequirement[];
  /**
   * Where the client gets OAuth2 tokens: the oauth2 scheme's `tokenUrl`, else the path of a POST
   * `/oauth/token` operation (the seed spec documents that endpoint but declares no security scheme).
   */
  readonly tokenUrl?: string;
  readonly tags: readonly Tag[];
  /** Named types from `definitions`, sorted by name. */
  readonly types: readonly NamedType[];
  /** Operations sorted by operationId. */
  readonly operations: readonly Operation[];
  /** JSON:API resource models detected in the spec (filled by the JSON:API analysis). */
  readonly resources: readonly JsonApiResource[];
}

export interface ApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly license?: { readonly name: string; readonly url?: string };
  readonly contact?: { readonly name?: string; readonly email?: string; readonly url?: string };
}

export interface Tag {
  readonly name: string;
  readonly description?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Schemas

export type PrimitiveType = 'string' | 'number' | 'integer' | 'boolean' | 'null';
export type EnumValue = string | number | boolean | null;

interface SchemaCommon {
  readonly description?: string;
  readonly readOnly?: boolean;
  readonly nullable?: boolean;
  readonly deprecated?: boolean;
  readonly default?: unknown;
  readonly example?: unknown;
  /** Where the schema was written in the source document (after $ref resolution: the target). */
  readonly pointer?: string;
}

export interface RefSchema extends SchemaCommon {
  readonly kind: 'ref';
  /** Name of a NamedType in ApiModel.types. */
  readonly name: string;
}

export interface PrimitiveSchema extends SchemaCommon {
  readonly kind: 'primitive';
  readonly type: PrimitiveType;
  readonly format?: string;
  readonly enum?: readonly EnumValue[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface ArraySchema extends SchemaCommon {
  readonly kind: 'array';
  readonly items: Schema;
}

export interface ObjectSchema extends SchemaCommon {
  readonly kind: 'object';
  /** In the spec's order (order is meaningful to readers of generated types). */
  readonly properties: readonly Property[];
  /** `false` forbids extra keys, a schema types them, `true`/absent leaves them open. */
  readonly additionalProperties?: Schema | boolean;
}

export interface AllOfSchema extends SchemaCommon {
  readonly kind: 'allOf';
  readonly allOf: readonly Schema[];
}

/** A schema we cannot type: `{}` in the spec, or a defect accepted under --lenient. */
export interface UnknownSchema extends SchemaCommon {
  readonly kind: 'unknown';
}

export type Schema = RefSchema | PrimitiveSchema | ArraySchema | ObjectSchema | AllOfSchema | UnknownSchema;

export interface Property {
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
}

export interface NamedType {
  /** The definition's name exactly as in the spec (emitters make identifiers from it). */
  readonly name: string;
  readonly schema: Schema;
  readonly pointer: string;
}

// ---------------------------------------------------------------------------------------------------------
// Operations

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';
export type ParameterLocation = 'path' | 'query' | 'header' | 'formData';

export interface Operation {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template relative to the base path, e.g. `/patient/{id}`. */
  readonly path: string;
  readonly summary?: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  /** Path, query, header and form parameters, in spec order (path-level ones merged in). */
  readonly parameters: readonly Parameter[];
  readonly body?: RequestBody;
  /** Sorted by status; `default` last. */
  readonly responses: readonly Response[];
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
  /** The operation's own requirements, or undefined when it inherits ApiModel.security. */
  readonly security?: readonly SecurityRequirement[];
  readonly pointer: string;
  /** JSON:API facts about this operation (filled by the JSON:API analysis). */
  readonly jsonApi?: OperationJsonApi;
  /** Paging facts for collection GETs (filled by the paging analysis). */
  readonly paging?: OperationPaging;
}

export interface Parameter {
  /** The wire name, e.g. `filter[groups]`. */
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly schema: Schema;
  readonly description?: string;
  readonly deprecated?: boolean;
  /** How arrays are serialised (Swagger `collectionFormat`); `csv` when unspecified. */
  readonly collectionFormat?: 'csv' | 'ssv' | 'tsv' | 'pipes' | 'multi';
  readonly pointer: string;
}

export interface RequestBody {
  /** The body parameter's name in the spec (not sent on the wire). */
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
  readonly description?: string;
  readonly pointer: string;
}

export interface Response {
  /** `200`, `201`, ... or `default`. */
  readonly status: string;
  readonly description?: string;
  readonly schema?: Schema;
  readonly headers: readonly { readonly name: string; readonly schema: Schema }[];
  readonly pointer: string;
}

// ---------------------------------------------------------------------------------------------------------
// Security

export type SecurityScheme =
  | {
      readonly kind: 'oauth2';
      readonly name: string;
      readonly flow: 'application' | 'password' | 'implicit' | 'accessCode';
      readonly tokenUrl?: string;
      readonly authorizationUrl?: string;
      readonly scopes: readonly string[];
      readonly description?: string;
    }
  | { readonly kind: 'apiKey'; readonly name: string; readonly in: 'header' | 'query'; readonly paramName: string; readonly description?: string }
  | { readonly kind: 'basic'; readonly name: string; readonly description?: string };

/** One alternative: all listed schemes together (with scopes). */
export interface SecurityRequirement {
  readonly schemes: readonly { readonly name: string; readonly scopes: readonly string[] }[];
}

// ---------------------------------------------------------------------------------------------------------
// JSON:API and paging (decided once here; emitters read these as flags)

export interface JsonApiResource {
  /** The JSON:API `type` member value, e.g. `patient`. */
  readonly type: string;
  /** The definition the resource was detected in, e.g. `PatientResource`. */
  readonly definition: string;
  readonly attributes: readonly JsonApiAttribute[];
  readonly relationships: readonly JsonApiRelationship[];
}

export interface JsonApiAttribute {
  readonly name: string;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly schema: Schema;
}

export interface JsonApiRelationship {
  readonly name: string;
  readonly cardinality: 'one' | 'many';
  /** Related resource types from the linkage `type` enum; empty when the spec does not say. */
  readonly types: readonly string[];
  readonly readOnly: boolean;
  readonly required: boolean;
}

export interface OperationJsonApi {
  /** The primary resource type(s) in `data`, when known. */
  readonly resourceTypes: readonly string[];
  /** `one` for a single resource in `data`, `many` for a collection. */
  readonly cardinality?: 'one' | 'many';
  /** Allowed `include` values from the spec's enum. */
  readonly include: readonly string[];
  /** Sortable fields, when the spec enumerates them. */
  readonly sort?: readonly string[];
  /**
   * The resource a request body's `data` describes (create, update, upsert), read from the body schema
   * itself: inputs differ from what the server returns (a token request has `client_id`, the token has
   * `access_token`). Absent when the body is not a JSON:API resource document.
   */
  readonly requestResource?: JsonApiResource;
  /**
   * Sparse fieldsets a GET may ask for (`fields[patient]=first_name`): JSON:API lets every request name
   * them, the spec never declares them. Per resource type in the response (primary and includable), the
   * field names it has; sorted by type.
   */
  readonly fieldsets?: readonly { readonly type: string; readonly fields: readonly string[] }[];
}

export interface OperationPaging {
  /** Skip paging: `page[size]`/`page[number]` present. */
  readonly skip: boolean;
  /** Cursor paging: `page[limit]` present, with the cursor parameter's wire name when declared. */
  readonly cursor: boolean;
  readonly cursorParam?: string;
}
