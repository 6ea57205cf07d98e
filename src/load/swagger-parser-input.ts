import { pointerOf, segmentsOrUndefined } from '../diagnostics/pointer.js';
import { asObject, type JsonObject } from './json.js';

/**
 * The copy swagger-parser's checks see, with two of its own defects stepped around so they cannot report
 * a valid spec as invalid: its ref resolver mangles some definition names in `$ref`s (`%` decoded twice,
 * `\` read as `/`, control characters and outer white space dropped), and its spec checks call
 * `properties.hasOwnProperty(...)`, which a property of that name shadows. Renaming is neutral for the
 * structural checks it runs; the document we model keeps every name as written.
 */
export function forSwaggerParser(document: JsonObject): JsonObject {
  const definitions = asObject(document['definitions']) ?? {};
  const aliases = new Map<string, string>();
  let n = 0;
  for (const name of Object.keys(definitions)) if (!/^[A-Za-z0-9_.-]+$/.test(name)) aliases.set(name, `twine_definition_${n++}`);
  return rewrite(document, aliases) as JsonObject;
}

const SHADOWING_PROPERTY = 'hasOwnProperty';
const RENAMED_PROPERTY = 'twine_hasOwnProperty';

function rewrite(node: unknown, aliases: ReadonlyMap<string, string>, key?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, aliases));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    let name = k;
    if (key === 'definitions') name = aliases.get(k) ?? k;
    if (key === 'properties' && k === SHADOWING_PROPERTY) name = RENAMED_PROPERTY;
    let value = rewrite(v, aliases, k);
    if (k === '$ref' && typeof v === 'string') value = rewriteRef(v, aliases);
    if (k === 'required' && Array.isArray(v)) value = v.map((r) => (r === SHADOWING_PROPERTY ? RENAMED_PROPERTY : r));
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function rewriteRef(ref: string, aliases: ReadonlyMap<string, string>): string {
  if (aliases.size === 0 || !ref.startsWith('#/definitions/')) return ref;
  const segments = segmentsOrUndefined(ref);
  if (segments === undefined) return ref;
  const alias = segments[1] === undefined ? undefined : aliases.get(segments[1]);
  return alias === undefined ? ref : pointerOf(['definitions', alias, ...segments.slice(2)]);
}
