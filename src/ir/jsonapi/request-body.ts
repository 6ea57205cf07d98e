import type { JsonApiResource, Operation } from '../types.js';
import type { SchemaReader } from './object-view.js';
import { detectResource } from './resources.js';

/**
 * The resource a request body's `data` member describes, so the generated client can take flattened
 * inputs (`{ first_name, groups: [{ id }] }`) and encode the document itself. A body `data` whose `type`
 * has no enum takes the operation's primary type (the real spec's create requests declare `type: string`).
 */
export function requestResourceOf(reader: SchemaReader, operation: Operation, primaryType: string | undefined): JsonApiResource | undefined {
  if (operation.body === undefined) return undefined;
  const data = reader.objectView(operation.body.schema)?.properties.get('data');
  if (data === undefined) return undefined;
  const named = { name: `${operation.operationId} body`, schema: data.schema, pointer: operation.body.pointer };
  return detectResource(reader, named, primaryType);
}
