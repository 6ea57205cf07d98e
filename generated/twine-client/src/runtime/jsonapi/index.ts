/** JSON:API 1.0 support shipped inside generated clients: decode responses, encode inputs, query members. */
export { decodeDocument, type DecodeOptions } from './decode.js';
export { callDocument, readDocument, type PrimaryData } from './read-document.js';
export type { RelationshipDescriptor, ResourceDescriptor } from './descriptor.js';
export {
  encodeResource,
  type EncodeOptions,
  type EncodedResourceDocument,
  type Linkage,
} from './encode.js';
export { JsonApiDocumentError } from './errors.js';
export {
  DISPLACED_ATTRIBUTES_KEY,
  DISPLACED_RELATIONSHIPS_KEY,
  isReservedFieldName,
  relationshipSource,
  resourceLinks,
  resourceMeta,
  resourceSource,
} from './fields.js';
export {
  fieldsPairs,
  jsonApiQueryPairs,
  serializeInclude,
  serializeSort,
  type JsonApiQuery,
} from './query.js';
export type * from './types.js';
