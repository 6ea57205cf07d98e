import type { JsonApiAttribute, JsonApiRelationship, JsonApiResource, NamedType } from '../types.js';
import type { SchemaReader, ViewProperty } from './object-view.js';

/**
 * A JSON:API resource schema: an object whose `type` is an enum of exactly one string and which has
 * `attributes`, with optional `id` (absent in create inputs), `relationships` and `links`.
 * @see https://jsonapi.org/format/1.0/#document-resource-objects
 * Attributes and relationships keep the spec's order. A `type` declared as a plain string (no enum) takes
 * `impliedType` (see `typesFromPaths`) when there is one, and is not a resource otherwise.
 */
export function detectResource(reader: SchemaReader, named: NamedType, impliedType?: string): JsonApiResource | undefined {
  const view = reader.objectView(named.schema);
  const typeProperty = view?.properties.get('type');
  const attributesProperty = view?.properties.get('attributes');
  if (view === undefined || typeProperty === undefined || attributesProperty === undefined) return undefined;
  const type = resourceType(reader, typeProperty, impliedType);
  if (type === undefined) return undefined;
  const relationshipsProperty = view.properties.get('relationships');
  return {
    type,
    definition: named.name,
    attributes: readAttributes(reader, attributesProperty),
    relationships: relationshipsProperty === undefined ? [] : readRelationships(reader, relationshipsProperty),
  };
}

function resourceType(reader: SchemaReader, property: ViewProperty, impliedType: string | undefined): string | undefined {
  const values = reader.stringEnum(property.schema);
  if (values !== undefined) return values.length === 1 ? values[0] : undefined;
  const target = reader.deref(property.schema);
  return target?.kind === 'primitive' && target.type === 'string' ? impliedType : undefined;
}

function readAttributes(reader: SchemaReader, property: ViewProperty): JsonApiAttribute[] {
  const view = reader.objectView(property.schema);
  if (view === undefined) return [];
  const allReadOnly = view.readOnly || reader.isReadOnly(property.schema);
  return [...view.properties].map(([name, p]) => ({
    name,
    required: p.required,
    readOnly: allReadOnly || reader.isReadOnly(p.schema),
    schema: p.schema,
  }));
}

function readRelationships(reader: SchemaReader, property: ViewProperty): JsonApiRelationship[] {
  const view = reader.objectView(property.schema);
  if (view === undefined) return [];
  const allReadOnly = view.readOnly || reader.isReadOnly(property.schema);
  const relationships: JsonApiRelationship[] = [];
  for (const [name, p] of view.properties) {
    const linkage = readLinkage(reader, p);
    relationships.push({
      name,
      cardinality: linkage.cardinality,
      types: linkage.types,
      readOnly: allReadOnly || reader.isReadOnly(p.schema),
      required: p.required,
    });
  }
  return relationships;
}

/**
 * To-many when the relationship's `data` is an array, to-one otherwise (also when the spec declares no
 * `data`, as for a links-only relationship: a single linkage is JSON:API's default shape). Related types
 * come from the linkage's `type` enum, sorted.
 */
function readLinkage(reader: SchemaReader, property: ViewProperty): { cardinality: 'one' | 'many'; types: string[] } {
  const data = reader.objectView(property.schema)?.properties.get('data');
  if (data === undefined) return { cardinality: 'one', types: [] };
  const items = reader.arrayItems(data.schema);
  const identifier = reader.objectView(items ?? data.schema);
  const typeProperty = identifier?.properties.get('type');
  const types = typeProperty === undefined ? [] : (reader.stringEnum(typeProperty.schema) ?? []);
  return { cardinality: items === undefined ? 'one' : 'many', types: [...new Set(types)].sort() };
}
