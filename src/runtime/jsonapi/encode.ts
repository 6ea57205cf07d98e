import type { RelationshipDescriptor, ResourceDescriptor } from './descriptor.js';
import { JsonApiDocumentError, describeValue } from './errors.js';
import { DISPLACED_ATTRIBUTES_KEY, DISPLACED_RELATIONSHIPS_KEY, setField } from './fields.js';
import { isObject, pointerSegment } from './shape.js';
import type { ResourceIdentifier } from './types.js';

export interface EncodeOptions {
  /** The resource's id (for updates); takes precedence over an `id` key in the input. */
  readonly id?: string;
}

export type Linkage = ResourceIdentifier | ResourceIdentifier[] | null;

export interface EncodedResourceDocument {
  data: {
    type: string;
    id?: string;
    attributes: Record<string, unknown>;
    relationships?: Record<string, { data: Linkage }>;
  };
}

/**
 * Builds the request document for a create or update: keys the descriptor names as relationships become
 * linkage, `id` becomes the resource id, every other defined key is an attribute (`undefined` is left out,
 * so a partial update sends only what it sets; `null` is sent). A relationship value may be `{ id }` (the
 * descriptor supplies the type), `{ id, type }`, a decoded model, an array of those for a to-many, or
 * `null`. A decoded model round-trips: its `$attributes`/`$relationships` (see the collision rule on
 * `DISPLACED_ATTRIBUTES_KEY`) are read back as attributes and relationships.
 *
 * @example encodeResource(patientResource, { first_name: 'Fiona', groups: [{ id: 'g1' }] })
 * // { data: { type: 'patient', attributes: { first_name: 'Fiona' },
 * //           relationships: { groups: { data: [{ type: 'group', id: 'g1' }] } } } }
 */
export function encodeResource(
  resource: ResourceDescriptor,
  input: object,
  options: EncodeOptions = {},
): EncodedResourceDocument {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new JsonApiDocumentError(
      `a resource input must be an object, got ${describeValue(input)}`,
      '/data',
    );
  }
  const fields = input as Record<string, unknown>;
  const attributes: Record<string, unknown> = {};
  const relationships: Record<string, { data: Linkage }> = {};
  let hasRelationships = false;

  const addRelationship = (name: string, value: unknown): void => {
    const descriptor = Object.hasOwn(resource.relationships, name)
      ? resource.relationships[name]
      : undefined;
    if (descriptor === undefined) {
      throw new JsonApiDocumentError(
        `"${resource.type}" has no relationship named "${name}"`,
        pointer(name),
      );
    }
    setField(relationships, name, { data: encodeLinkage(descriptor, value, name) });
    hasRelationships = true;
  };

  for (const name of Object.keys(fields)) {
    const value = fields[name];
    if (value === undefined || name === 'id') continue;
    if (name === 'type') {
      if (value !== resource.type)
        throw new JsonApiDocumentError(
          `input "type" does not match "${resource.type}"`,
          '/data/type',
        );
    } else if (name === DISPLACED_ATTRIBUTES_KEY && isObject(value)) {
      for (const displaced of Object.keys(value)) {
        if (value[displaced] !== undefined) setField(attributes, displaced, value[displaced]);
      }
    } else if (name === DISPLACED_RELATIONSHIPS_KEY && isObject(value)) {
      for (const displaced of Object.keys(value)) {
        if (value[displaced] !== undefined) addRelationship(displaced, value[displaced]);
      }
    } else if (Object.hasOwn(resource.relationships, name)) {
      addRelationship(name, value);
    } else {
      setField(attributes, name, value);
    }
  }

  const data: EncodedResourceDocument['data'] = { type: resource.type, attributes };
  const id = options.id ?? fields.id;
  if (id !== undefined) {
    if (typeof id !== 'string')
      throw new JsonApiDocumentError(`"id" must be a string, got ${describeValue(id)}`, '/data/id');
    data.id = id;
  }
  if (hasRelationships) data.relationships = relationships;
  return { data };
}

function encodeLinkage(descriptor: RelationshipDescriptor, value: unknown, name: string): Linkage {
  if (descriptor.cardinality === 'many') {
    if (!Array.isArray(value)) {
      throw new JsonApiDocumentError(
        `to-many relationship "${name}" needs an array, got ${describeValue(value)}`,
        pointer(name),
      );
    }
    return value.map((item, index) => toIdentifier(descriptor, item, `${pointer(name)}/${index}`));
  }
  if (value === null) return null;
  return toIdentifier(descriptor, value, pointer(name));
}

function toIdentifier(
  descriptor: RelationshipDescriptor,
  value: unknown,
  where: string,
): ResourceIdentifier {
  if (!isObject(value) || typeof value.id !== 'string') {
    throw new JsonApiDocumentError(
      `a related resource needs an "id" string, got ${describeValue(value)}`,
      where,
    );
  }
  const type = typeof value.type === 'string' ? value.type : descriptor.type;
  if (type === undefined) {
    throw new JsonApiDocumentError(
      'this relationship allows several types: give { id, type }',
      where,
    );
  }
  return { type, id: value.id };
}

function pointer(name: string): string {
  return `/data/relationships/${pointerSegment(name)}/data`;
}
