import type { ApiModel, JsonApiResource, Schema } from '../ir/types.js';
import { isReservedFieldName } from '../runtime/jsonapi/fields.js';
import { jsonLiteral, propertyKey } from './ts/literal.js';
import type { ParamTree } from './ts/params.js';

/**
 * Values for the README's examples. Every required member is filled in, recursively, with a value of its
 * type (an enum's first value, `0`, `true`, `'…'`, `[]`), so an example compiles as written under
 * `--strict`; optional members are left out to keep examples short.
 */
export function sampleValue(schema: Schema, model: ApiModel, seen: ReadonlySet<string> = new Set()): string {
  switch (schema.kind) {
    case 'primitive':
      if (schema.enum?.[0] !== undefined) return jsonLiteral(schema.enum[0]);
      if (schema.type === 'number' || schema.type === 'integer') return '0';
      if (schema.type === 'boolean') return 'true';
      if (schema.type === 'null') return 'null';
      return "'…'";
    case 'array':
      return '[]';
    case 'ref': {
      const named = model.types.find((t) => t.name === schema.name);
      // A recursive type cannot require itself all the way down; `{}` ends the descent.
      if (named === undefined || seen.has(schema.name)) return '{}';
      return sampleValue(named.schema, model, new Set([...seen, schema.name]));
    }
    case 'object':
    case 'allOf':
      return objectLiteral(requiredMembers(schema, model, seen));
    case 'unknown':
      return "'…'";
  }
}

/** The required members of an object, or of every part of an allOf (each part's samples merged). */
function requiredMembers(schema: Schema, model: ApiModel, seen: ReadonlySet<string>): [string, string][] {
  if (schema.kind === 'object') return schema.properties.filter((p) => p.required).map((p) => [p.name, sampleValue(p.schema, model, seen)]);
  if (schema.kind === 'allOf') return schema.allOf.flatMap((part) => requiredMembers(part, model, seen));
  if (schema.kind === 'ref' && !seen.has(schema.name)) {
    const named = model.types.find((t) => t.name === schema.name);
    return named === undefined ? [] : requiredMembers(named.schema, model, new Set([...seen, schema.name]));
  }
  return [];
}

/** A flattened JSON:API input (`{ first_name, groups: [{ id }] }`) with its required fields filled in. */
export function resourceSample(resource: JsonApiResource, model: ApiModel): string {
  const relationships = new Set(resource.relationships.map((r) => r.name));
  const members: [string, string][] = [];
  for (const a of resource.attributes) {
    if (!a.required || a.readOnly || isReservedFieldName(a.name) || relationships.has(a.name)) continue;
    members.push([a.name, sampleValue(a.schema, model)]);
  }
  for (const r of resource.relationships) {
    if (!r.required || r.readOnly || isReservedFieldName(r.name)) continue;
    members.push([r.name, r.cardinality === 'many' ? "[{ id: '…' }]" : "{ id: '…' }"]);
  }
  return objectLiteral(members);
}

/** A nested bracketed family (`filter: { groups }`) with its required leaves filled in. */
export function treeSample(tree: ParamTree, model: ApiModel): string {
  const members: [string, string][] = [];
  for (const [name, child] of tree.children) {
    if (child.leaf?.required === true) members.push([name, sampleValue(child.leaf.schema, model)]);
    else if (child.children.size > 0 && hasRequired(child)) members.push([name, treeSample(child, model)]);
  }
  return objectLiteral(members);
}

function hasRequired(tree: ParamTree): boolean {
  return tree.leaf?.required === true || [...tree.children.values()].some(hasRequired);
}

function objectLiteral(members: readonly (readonly [string, string])[]): string {
  return members.length === 0 ? '{}' : `{ ${members.map(([k, v]) => `${propertyKey(k)}: ${v}`).join(', ')} }`;
}
