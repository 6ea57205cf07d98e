/**
 * The only ways spec text enters generated TypeScript: as a string literal, as a property key, or inside a
 * comment. Identifiers come from ../naming.ts. Nothing here trusts its input.
 */

const IDENTIFIER_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * ts-morph's writer (code-block-writer) takes the `\\"` that ends a literal whose last character is a
 * backslash for an escaped quote, so it thinks the string goes on; a later `/*` in the same file then
 * makes it insert a stray comment closer. That last backslash is written `\u005c` instead.
 */
const TRAILING_ESCAPED_BACKSLASH = /\\\\"$/;

/**
 * A double-quoted string literal. JSON.stringify escapes quotes, backslashes and control characters;
 * U+2028/U+2029 are escaped too so the literal stays on one line for every reader and tool.
 */
export function stringLiteral(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(TRAILING_ESCAPED_BACKSLASH, '\\u005c"');
}

/** A literal for any JSON value (enum members, defaults), with the same escaping as stringLiteral. */
export function jsonLiteral(value: unknown): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean' || value === null) return String(value);
  return stringLiteral(JSON.stringify(value) ?? '');
}

/**
 * A property name in a type or object literal: bare when it is a plain identifier, quoted otherwise.
 * `__proto__` is computed: written bare or quoted in an object literal it sets the prototype instead.
 */
export function propertyKey(name: string): string {
  if (name === '__proto__') return `[${stringLiteral(name)}]`;
  return IDENTIFIER_KEY.test(name) ? name : stringLiteral(name);
}

/**
 * Text for a JSDoc comment body. `*\/` would close the comment early and `/*` inside could confuse
 * readers, so both are broken with a zero-width-free escape; line terminators other than `\n` (which
 * JavaScript also treats as line breaks) are normalised to `\n` so every line gets its ` * ` prefix.
 */
export function docText(text: string): string {
  // Control characters go first: removed after the escaping, `*\u0000/` would become a live `*/`.
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/^(\s*)@/gm, '$1\\@')
    .trim();
}

/** Summary and description joined as one JSDoc body, or undefined when the spec gave neither. */
export function docOf(...parts: (string | undefined)[]): string | undefined {
  const text = parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map(docText)
    .filter((p, i, all) => all.indexOf(p) === i)
    .join('\n\n');
  return text === '' ? undefined : text;
}
