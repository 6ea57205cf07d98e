import type { JsonApiResource, Operation, OperationJsonApi, Parameter, Response, Schema } from '../types.js';
import type { SchemaReader } from './object-view.js';
import { primaryDataOf } from './primary-data.js';

/**
 * JSON:API facts of one operation: the `include` and `sort` enums, and the primary resource type(s) and
 * cardinality of the first 2xx response that has `data`. `undefined` when the operation has none of them.
 */
export function analyzeOperation(
  reader: SchemaReader,
  operation: Operation,
  resourceByDefinition: ReadonlyMap<string, JsonApiResource>,
): OperationJsonApi | undefined {
  const include = queryEnum(reader, operation.parameters, 'include');
  const sort = queryEnum(reader, operation.parameters, 'sort');
  const primary = primaryData(reader, operation.responses, resourceByDefinition);
  if (include.length === 0 && sort.length === 0 && primary === undefined) return undefined;
  return {
    resourceTypes: primary?.resourceTypes ?? [],
    ...(primary === undefined ? {} : { cardinality: primary.cardinality }),
    include,
    ...(sort.length === 0 ? {} : { sort }),
  };
}

/** Enum values of a query parameter declared as a string or an array of strings; sorted and unique. */
function queryEnum(reader: SchemaReader, parameters: readonly Parameter[], name: string): string[] {
  const parameter = parameters.find((p) => p.in === 'query' && p.name === name);
  if (parameter === undefined) return [];
  const values = reader.stringEnum(parameter.schema) ?? itemsEnum(reader, parameter.schema) ?? [];
  return [...new Set(values)].sort();
}

function itemsEnum(reader: SchemaReader, schema: Schema): string[] | undefined {
  const items = reader.arrayItems(schema);
  return items === undefined ? undefined : reader.stringEnum(items);
}

/** The first 2xx response (in status order) that is a JSON:API document with `data`. */
function primaryData(
  reader: SchemaReader,
  responses: readonly Response[],
  resourceByDefinition: ReadonlyMap<string, JsonApiResource>,
): { resourceTypes: string[]; cardinality: 'one' | 'many' } | undefined {
  for (const response of responses) {
    const primary = primaryDataOf(reader, response);
    if (primary !== undefined) return { resourceTypes: resourceTypes(reader, primary.resource, resourceByDefinition), cardinality: primary.cardinality };
  }
  return undefined;
}

function resourceTypes(reader: SchemaReader, schema: Schema, resourceByDefinition: ReadonlyMap<string, JsonApiResource>): string[] {
  const name = reader.refName(schema);
  const known = name === undefined ? undefined : resourceByDefinition.get(name);
  if (known !== undefined) return [known.type];
  const typeProperty = reader.objectView(schema)?.properties.get('type');
  const values = typeProperty === undefined ? [] : (reader.stringEnum(typeProperty.schema) ?? []);
  return [...new Set(values)].sort();
}
