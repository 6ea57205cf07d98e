import type { Property, Schema } from '../../ir/types.js';
import { docText, jsonLiteral, propertyKey } from './literal.js';

/**
 * IR Schema -> TypeScript type text, built only from checked identifiers (named types come from `names`),
 * literals and comments produced by ./literal.ts.
 */
export interface TypeContext {
  /** Definition name in the spec -> its generated identifier. */
  readonly typeNames: ReadonlyMap<string, string>;
  /** Drop `readonly` members (input types: request bodies and params). */
  readonly input?: boolean;
  /** Collects the named types a file refers to, so it imports exactly those. */
  readonly used?: Set<string>;
}

export function typeExpr(schema: Schema, ctx: TypeContext): string {
  const base = baseTypeExpr(schema, ctx);
  return schema.nullable === true && base !== 'unknown' ? tsUnion([base, 'null']) : base;
}

function baseTypeExpr(schema: Schema, ctx: TypeContext): string {
  switch (schema.kind) {
    case 'ref': {
      const name = ctx.typeNames.get(schema.name);
      if (name === undefined) return 'unknown';
      ctx.used?.add(name);
      return name;
    }
    case 'primitive':
      if (schema.enum !== undefined) return tsUnion(schema.enum.map(jsonLiteral));
      return schema.type === 'integer' ? 'number' : schema.type;
    case 'array':
      return tsArray(typeExpr(schema.items, ctx));
    case 'object':
      return objectTypeExpr(schema.properties, schema.additionalProperties, ctx);
    case 'allOf':
      return schema.allOf.length === 0 ? 'unknown' : tsIntersection(schema.allOf.map((s) => typeExpr(s, ctx)));
    case 'unknown':
      return 'unknown';
  }
}

export function objectTypeExpr(
  properties: readonly Property[],
  additional: Schema | boolean | undefined,
  ctx: TypeContext,
): string {
  // A readOnly property is set by the server: request types leave it out.
  const members = properties.filter((p) => ctx.input !== true || p.schema.readOnly !== true).map((p) => propertyMember(p, ctx));
  if (additional !== undefined && additional !== false && properties.length === 0) {
    const value = additional === true ? 'unknown' : typeExpr(additional, ctx);
    members.push(`[key: string]: ${value};`);
  }
  if (members.length === 0) return additional === false ? 'Record<string, never>' : 'Record<string, unknown>';
  return `{\n${members.join('\n')}\n}`;
}

export function propertyMember(p: Property, ctx: TypeContext): string {
  const doc = jsDoc(p.schema.description, p.schema.deprecated === true);
  const readonly = p.schema.readOnly === true && ctx.input !== true ? 'readonly ' : '';
  return `${doc}${readonly}${propertyKey(p.name)}${p.required ? '' : '?'}: ${typeExpr(p.schema, ctx)};`;
}

/** A `/** ... *\/` block (with trailing newline) or '' when there is nothing to say. */
export function jsDoc(description: string | undefined, deprecated = false): string {
  const body = [description === undefined ? '' : docText(description), deprecated ? '@deprecated' : '']
    .filter(Boolean)
    .join('\n');
  if (body === '') return '';
  return `/**\n${body
    .split('\n')
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n')}\n */\n`;
}

export function tsUnion(types: readonly string[]): string {
  const unique = [...new Set(types)];
  if (unique.length === 0) return 'never';
  if (unique.includes('unknown')) return 'unknown';
  return unique.join(' | ');
}

export function tsIntersection(types: readonly string[]): string {
  const unique = [...new Set(types)].filter((t) => t !== 'unknown');
  if (unique.length === 0) return 'unknown';
  return unique.map((t) => (/[|&]/.test(t) && !t.startsWith('{') ? `(${t})` : t)).join(' & ');
}

export function tsArray(item: string): string {
  return /^[A-Za-z0-9_$]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
}

/**
 * Optional members of input types (params, bodies) are `?: T | undefined`: the runtime treats an undefined
 * member as absent, and callers compiling with `exactOptionalPropertyTypes` may then pass
 * `{ signal: maybeSignal }`-style values.
 */
export function optionalMark(required: boolean): string {
  return required ? '' : '?';
}

export function orUndefined(required: boolean): string {
  return required ? '' : ' | undefined';
}
