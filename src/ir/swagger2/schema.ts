import type { EnumValue, PrimitiveType, Property, Schema } from '../types.js';
import { childPointer, resolvePointer, segmentsOrUndefined } from '../../diagnostics/pointer.js';
import { type JsonObject, type ReadContext, asString, isObject } from './context.js';

/**
 * Schema Object (Swagger 2.0 §Schema Object) -> IR Schema.
 * @see https://swagger.io/specification/v2/#schema-object
 *
 * A `$ref` to a top-level definition stays a named reference, so generated types keep their names and
 * recursive types work. A deeper ref (`#/definitions/X/properties/relationships/...`) is inlined: it names
 * a fragment with no name of its own. `inlining` guards against fragments that contain themselves.
 */
export function readSchema(ctx: ReadContext, node: unknown, pointer: string, inlining: ReadonlySet<string> = new Set()): Schema {
  if (!isObject(node)) return { kind: 'unknown', pointer };
  if (typeof node.$ref === 'string') return readRef(ctx, node.$ref, pointer, inlining);
  const common = readCommon(node, pointer);
  if (Array.isArray(node.allOf)) {
    const allOf = node.allOf.map((part, i) => readSchema(ctx, part, childPointer(pointer, 'allOf', i), inlining));
    const own = hasObjectShape(node) ? [readObject(ctx, node, pointer, inlining, common)] : [];
    return { kind: 'allOf', allOf: [...allOf, ...own], ...common };
  }
  const type = schemaType(node);
  switch (type) {
    case 'object':
      return readObject(ctx, node, pointer, inlining, common);
    case 'array':
      return { kind: 'array', items: readSchema(ctx, node.items, childPointer(pointer, 'items'), inlining), ...common };
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
      return readPrimitive(node, type, common);
    default:
      return { kind: 'unknown', ...common };
  }
}

function readRef(ctx: ReadContext, ref: string, pointer: string, inlining: ReadonlySet<string>): Schema {
  if (!ref.startsWith('#')) return { kind: 'unknown', pointer };
  const segments = segmentsOrUndefined(ref);
  if (segments === undefined) return { kind: 'unknown', pointer };
  const target = resolvePointer(ctx.document, ref);
  // A missing target was reported by the loader (TC1002); here it only becomes `unknown`.
  if (target === undefined) return { kind: 'unknown', pointer };
  if (segments.length === 2 && segments[0] === 'definitions' && segments[1] !== undefined) {
    return { kind: 'ref', name: segments[1], pointer };
  }
  if (inlining.has(ref)) return { kind: 'unknown', pointer: ref };
  return readSchema(ctx, target, ref, new Set([...inlining, ref]));
}

function readCommon(node: JsonObject, pointer: string) {
  return {
    pointer,
    ...(typeof node.description === 'string' ? { description: node.description } : {}),
    ...(node.readOnly === true ? { readOnly: true } : {}),
    ...(node['x-nullable'] === true ? { nullable: true } : {}),
    ...(node['x-deprecated'] === true || node.deprecated === true ? { deprecated: true } : {}),
    ...(node.default !== undefined ? { default: node.default } : {}),
  };
}

const JSON_SCHEMA_TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

/** The declared type, or one inferred from the keywords present; `undefined` when it cannot be typed. */
export function schemaType(node: JsonObject): string | undefined {
  const declared = node.type;
  if (typeof declared === 'string') return JSON_SCHEMA_TYPES.has(declared) ? declared : undefined;
  if (declared !== undefined) return undefined;
  if (hasObjectShape(node)) return 'object';
  if (node.items !== undefined) return 'array';
  if (Array.isArray(node.enum) && node.enum.length > 0) {
    const kinds = new Set(node.enum.map((v) => (v === null ? 'null' : typeof v)));
    if (kinds.size === 1) {
      const only = [...kinds][0];
      if (only === 'string' || only === 'boolean') return only;
      if (only === 'number') return 'number';
    }
  }
  return undefined;
}

function hasObjectShape(node: JsonObject): boolean {
  return isObject(node.properties) || node.additionalProperties !== undefined || Array.isArray(node.required);
}

function readObject(
  ctx: ReadContext,
  node: JsonObject,
  pointer: string,
  inlining: ReadonlySet<string>,
  common: ReturnType<typeof readCommon>,
): Schema {
  const required = new Set(Array.isArray(node.required) ? node.required.filter((r) => typeof r === 'string') : []);
  const properties: Property[] = [];
  if (isObject(node.properties)) {
    for (const [name, value] of Object.entries(node.properties)) {
      const schema = readSchema(ctx, value, childPointer(pointer, 'properties', name), inlining);
      properties.push({ name, required: required.has(name), schema });
    }
  }
  const extra = node.additionalProperties;
  const additionalProperties =
    typeof extra === 'boolean'
      ? extra
      : isObject(extra)
        ? readSchema(ctx, extra, childPointer(pointer, 'additionalProperties'), inlining)
        : undefined;
  return {
    kind: 'object',
    properties,
    ...(additionalProperties === undefined ? {} : { additionalProperties }),
    ...common,
  };
}

function readPrimitive(node: JsonObject, type: PrimitiveType, common: ReturnType<typeof readCommon>): Schema {
  const values = Array.isArray(node.enum) ? node.enum.filter(isEnumValue) : undefined;
  const format = asString(node.format);
  return {
    kind: 'primitive',
    type,
    ...(format === undefined ? {} : { format }),
    ...(values === undefined || values.length === 0 ? {} : { enum: values }),
    ...(typeof node.pattern === 'string' ? { pattern: node.pattern } : {}),
    ...(typeof node.minimum === 'number' ? { minimum: node.minimum } : {}),
    ...(typeof node.maximum === 'number' ? { maximum: node.maximum } : {}),
    ...common,
  };
}

function isEnumValue(value: unknown): value is EnumValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
