import type { ApiModel, ObjectSchema, Property, Schema } from '../ir/types.js';

/** Named types of one model by name, for following `ref` schemas. */
export type TypeTable = ReadonlyMap<string, Schema>;

export function typeTable(model: ApiModel): TypeTable {
  return new Map(model.types.map((t) => [t.name, t.schema]));
}

export interface Resolved {
  readonly schema: Schema;
  /** The named types passed through to reach `schema` (cycle guards key on them). */
  readonly names: readonly string[];
}

/**
 * Follows named refs and flattens `allOf` into one object, so a `$ref` refactor or an `allOf` split
 * compares equal to the inline schema it replaced. A ref loop ends as `unknown`.
 */
export function resolveSchema(schema: Schema, types: TypeTable, seen: ReadonlySet<string> = new Set()): Resolved {
  if (schema.kind === 'ref') {
    const target = types.get(schema.name);
    if (target === undefined || seen.has(schema.name)) return { schema: { kind: 'unknown', pointer: schema.pointer }, names: [] };
    const inner = resolveSchema(target, types, new Set([...seen, schema.name]));
    // readOnly written next to the $ref (or on the target) belongs to the resolved schema.
    const readOnly = schema.readOnly === true || inner.schema.readOnly === true;
    return { schema: readOnly ? { ...inner.schema, readOnly } : inner.schema, names: [schema.name, ...inner.names] };
  }
  if (schema.kind === 'allOf') return flattenAllOf(schema.allOf, schema, types, seen);
  return { schema, names: [] };
}

function flattenAllOf(parts: readonly Schema[], whole: Schema, types: TypeTable, seen: ReadonlySet<string>): Resolved {
  const properties = new Map<string, Property>();
  const names: string[] = [];
  for (const part of parts) {
    const resolved = resolveSchema(part, types, seen);
    names.push(...resolved.names);
    if (resolved.schema.kind !== 'object') continue;
    for (const p of resolved.schema.properties) {
      const earlier = properties.get(p.name);
      properties.set(p.name, earlier === undefined ? p : { ...p, required: p.required || earlier.required });
    }
  }
  const merged: ObjectSchema = {
    kind: 'object',
    properties: [...properties.values()],
    ...(whole.pointer === undefined ? {} : { pointer: whole.pointer }),
    ...(whole.readOnly === true ? { readOnly: true } : {}),
  };
  return { schema: merged, names };
}
