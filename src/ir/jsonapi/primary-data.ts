import type { Response, Schema } from '../types.js';
import type { SchemaReader } from './object-view.js';

/** The resource schema a 2xx response carries as `data` (an item's schema for a collection). */
export interface PrimaryData {
  readonly resource: Schema;
  readonly cardinality: 'one' | 'many';
}

/** `undefined` for a non-2xx response or one that is not a JSON:API document with `data`. */
export function primaryDataOf(reader: SchemaReader, response: Response): PrimaryData | undefined {
  if (!/^2\d\d$/.test(response.status) || response.schema === undefined) return undefined;
  const data = reader.objectView(response.schema)?.properties.get('data');
  if (data === undefined) return undefined;
  const items = reader.arrayItems(data.schema);
  return items === undefined ? { resource: data.schema, cardinality: 'one' } : { resource: items, cardinality: 'many' };
}
