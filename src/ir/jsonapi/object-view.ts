import type { NamedType, Schema } from '../types.js';

// allOf nesting deeper than this is a cycle through inline schemas or a spec no one writes by hand.
const MAX_ALLOF_DEPTH = 32;

/** One property of an object as seen through refs and allOf. */
export interface ViewProperty {
  readonly schema: Schema;
  readonly required: boolean;
}

/** An object schema with refs followed and allOf parts merged: what a JSON value of it may hold. */
export interface ObjectView {
  readonly properties: ReadonlyMap<string, ViewProperty>;
  readonly readOnly: boolean;
}

/**
 * Reads IR schemas structurally for the JSON:API analysis: follows named refs through `ApiModel.types`,
 * merges `allOf` parts (the real spec builds create resources as `allOf: [PatientResource, {...}]`), and
 * survives ref cycles and missing targets by answering `undefined`.
 */
export class SchemaReader {
  private readonly types: ReadonlyMap<string, Schema>;

  constructor(types: readonly NamedType[]) {
    this.types = new Map(types.map((t) => [t.name, t.schema]));
  }

  /** The schema a ref chain ends at; `undefined` for a missing target or a cycle. */
  deref(schema: Schema): Schema | undefined {
    let current: Schema | undefined = schema;
    const seen = new Set<string>();
    while (current !== undefined && current.kind === 'ref') {
      if (seen.has(current.name)) return undefined;
      seen.add(current.name);
      current = this.types.get(current.name);
    }
    return current;
  }

  /** The definition name a schema refers to directly, if it is a ref. */
  refName(schema: Schema): string | undefined {
    return schema.kind === 'ref' ? schema.name : undefined;
  }

  objectView(schema: Schema, active: ReadonlySet<Schema> = new Set()): ObjectView | undefined {
    const target = this.deref(schema);
    if (target === undefined || active.has(target)) return undefined;
    if (target.kind === 'object') {
      const properties = new Map<string, ViewProperty>();
      for (const p of target.properties) properties.set(p.name, { schema: p.schema, required: p.required });
      return { properties, readOnly: target.readOnly === true };
    }
    if (target.kind !== 'allOf') return undefined;
    const inner = new Set(active).add(target);
    const properties = new Map<string, ViewProperty>();
    let readOnly = target.readOnly === true;
    for (const part of target.allOf) {
      const view = this.objectView(part, inner);
      if (view === undefined) continue; // e.g. a description-only part
      readOnly ||= view.readOnly;
      for (const [name, property] of view.properties) {
        const earlier = properties.get(name);
        properties.set(name, earlier === undefined ? property : mergeProperty(earlier, property));
      }
    }
    return { properties, readOnly };
  }

  /** The item schema when the schema is an array. */
  arrayItems(schema: Schema, depth = 0): Schema | undefined {
    const target = this.deref(schema);
    if (target?.kind === 'array') return target.items;
    if (target?.kind !== 'allOf' || depth > MAX_ALLOF_DEPTH) return undefined;
    const items = target.allOf.map((part) => this.arrayItems(part, depth + 1)).filter((s) => s !== undefined);
    if (items.length <= 1) return items[0];
    return { kind: 'allOf', allOf: items };
  }

  /** String enum values of a string schema (through refs; allOf parts intersected); `undefined` when none. */
  stringEnum(schema: Schema, depth = 0): string[] | undefined {
    const target = this.deref(schema);
    if (target?.kind === 'primitive') {
      const values = target.enum?.filter((v): v is string => typeof v === 'string') ?? [];
      return values.length === 0 ? undefined : values;
    }
    if (target?.kind !== 'allOf' || depth > MAX_ALLOF_DEPTH) return undefined;
    let result: string[] | undefined;
    for (const part of target.allOf) {
      const values = this.stringEnum(part, depth + 1);
      if (values !== undefined) result = result === undefined ? values : result.filter((v) => values.includes(v));
    }
    return result;
  }

  isReadOnly(schema: Schema, depth = 0): boolean {
    if (schema.readOnly === true) return true;
    const target = this.deref(schema);
    if (target === undefined) return false;
    if (target.readOnly === true) return true;
    return target.kind === 'allOf' && depth <= MAX_ALLOF_DEPTH && target.allOf.some((part) => this.isReadOnly(part, depth + 1));
  }
}

// A property declared in several allOf parts holds a value valid against all of them.
function mergeProperty(a: ViewProperty, b: ViewProperty): ViewProperty {
  return { schema: { kind: 'allOf', allOf: [a.schema, b.schema] }, required: a.required || b.required };
}
