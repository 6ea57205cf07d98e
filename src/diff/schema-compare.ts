import type { EnumValue, Property, Schema } from '../ir/types.js';
import { childPointer } from '../diagnostics/pointer.js';
import { type TypeTable, resolveSchema } from './resolve-schema.js';

/** Which way data flows: the caller sends request schemas and receives response schemas. */
export type Direction = 'request' | 'response';

export type SchemaDeltaKind =
  | 'property-removed'
  | 'property-added'
  | 'became-required'
  | 'became-optional'
  | 'type-changed'
  | 'format-changed'
  | 'enum-value-removed'
  | 'enum-value-added';

/** One structural difference between two schemas, located for the report. */
export interface SchemaDelta {
  readonly kind: SchemaDeltaKind;
  /** Dotted path from the compared root, e.g. `data.attributes.gender`; `` for the root itself. */
  readonly path: string;
  /** In the base spec for removals, else in the head spec. */
  readonly pointer: string;
  /** For `property-added`: whether the new property is required. */
  readonly required?: boolean;
  /** Human-readable specifics: `string -> integer`, an enum value as JSON. */
  readonly detail: string;
}

interface Walk {
  readonly baseTypes: TypeTable;
  readonly headTypes: TypeTable;
  readonly direction: Direction;
  /** Named-type pairs already compared: guards cycles and avoids reporting a shared type twice. */
  readonly visited: Set<string>;
  readonly out: SchemaDelta[];
}

/** Structural comparison through named refs; descriptions, examples and ref names never count. */
export function compareSchemas(
  base: Schema,
  head: Schema,
  tables: { base: TypeTable; head: TypeTable },
  direction: Direction,
  fallbackPointer: { base: string; head: string },
): SchemaDelta[] {
  const walk: Walk = { baseTypes: tables.base, headTypes: tables.head, direction, visited: new Set(), out: [] };
  compare(walk, base, head, '', fallbackPointer);
  return walk.out;
}

function compare(walk: Walk, rawBase: Schema, rawHead: Schema, path: string, at: { base: string; head: string }): void {
  const b = resolveSchema(rawBase, walk.baseTypes);
  const h = resolveSchema(rawHead, walk.headTypes);
  if (b.names.length > 0 || h.names.length > 0) {
    const key = `${b.names.join('>')}\u0000${h.names.join('>')}`;
    if (walk.visited.has(key)) return;
    walk.visited.add(key);
  }
  const base = b.schema;
  const head = h.schema;
  const where = { base: rawBase.pointer ?? at.base, head: rawHead.pointer ?? at.head };
  // An untyped side (`{}` or a lenient defect) carries no contract to compare.
  if (base.kind === 'unknown' || head.kind === 'unknown') return;
  if (base.kind !== head.kind) {
    walk.out.push({ kind: 'type-changed', path, pointer: where.head, detail: `${describe(base)} -> ${describe(head)}` });
    return;
  }
  if (base.kind === 'array' && head.kind === 'array') {
    compare(walk, base.items, head.items, `${path}[]`, { base: childPointer(where.base, 'items'), head: childPointer(where.head, 'items') });
  } else if (base.kind === 'primitive' && head.kind === 'primitive') {
    comparePrimitives(walk, base, head, path, where.head);
  } else if (base.kind === 'object' && head.kind === 'object') {
    compareProperties(walk, base.properties, head.properties, path, where);
  }
}

function comparePrimitives(
  walk: Walk,
  base: Extract<Schema, { kind: 'primitive' }>,
  head: Extract<Schema, { kind: 'primitive' }>,
  path: string,
  pointer: string,
): void {
  if (base.type !== head.type) {
    walk.out.push({ kind: 'type-changed', path, pointer, detail: `${describe(base)} -> ${describe(head)}` });
    return;
  }
  if ((base.format ?? '') !== (head.format ?? '')) {
    walk.out.push({ kind: 'format-changed', path, pointer, detail: `${base.format ?? '(none)'} -> ${head.format ?? '(none)'}` });
  }
  // Only two closed lists compare: adding or dropping the whole enum is a type-level change we do not judge.
  if (base.enum === undefined || head.enum === undefined) return;
  const before = new Set(base.enum.map(enumKey));
  const after = new Set(head.enum.map(enumKey));
  for (const v of before) if (!after.has(v)) walk.out.push({ kind: 'enum-value-removed', path, pointer, detail: v });
  for (const v of after) if (!before.has(v)) walk.out.push({ kind: 'enum-value-added', path, pointer, detail: v });
}

function compareProperties(
  walk: Walk,
  baseProps: readonly Property[],
  headProps: readonly Property[],
  path: string,
  at: { base: string; head: string },
): void {
  const visible = (p: Property, types: TypeTable) => walk.direction === 'response' || !isReadOnly(p, types);
  const before = new Map(baseProps.map((p) => [p.name, p]));
  const after = new Map(headProps.map((p) => [p.name, p]));
  for (const [name, b] of before) {
    const h = after.get(name);
    const here = path === '' ? name : `${path}.${name}`;
    const pointers = { base: b.schema.pointer ?? childPointer(at.base, 'properties', name), head: h?.schema.pointer ?? childPointer(at.head, 'properties', name) };
    if (!visible(b, walk.baseTypes)) continue;
    if (h === undefined) {
      walk.out.push({ kind: 'property-removed', path: here, pointer: pointers.base, detail: name });
      continue;
    }
    // A request property that became readOnly is the JSON:API rule's business, not a removal.
    if (!visible(h, walk.headTypes)) continue;
    if (b.required !== h.required) {
      walk.out.push({ kind: h.required ? 'became-required' : 'became-optional', path: here, pointer: pointers.head, detail: name });
    }
    compare(walk, b.schema, h.schema, here, pointers);
  }
  for (const [name, h] of after) {
    const b = before.get(name);
    // Absent before, or readOnly before and now sendable: either way new to the caller.
    if (!visible(h, walk.headTypes) || (b !== undefined && visible(b, walk.baseTypes))) continue;
    const here = path === '' ? name : `${path}.${name}`;
    walk.out.push({
      kind: 'property-added',
      path: here,
      pointer: h.schema.pointer ?? childPointer(at.head, 'properties', name),
      required: h.required,
      detail: name,
    });
  }
}

function isReadOnly(p: Property, types: TypeTable): boolean {
  return p.schema.readOnly === true || resolveSchema(p.schema, types).schema.readOnly === true;
}

function enumKey(value: EnumValue): string {
  return JSON.stringify(value);
}

/** `string`, `string(date-time)`, `integer[]`, `object`. */
export function describe(schema: Schema): string {
  switch (schema.kind) {
    case 'primitive':
      return schema.format === undefined ? schema.type : `${schema.type}(${schema.format})`;
    case 'array':
      return `${describe(schema.items)}[]`;
    case 'ref':
      return schema.name;
    default:
      return schema.kind;
  }
}
