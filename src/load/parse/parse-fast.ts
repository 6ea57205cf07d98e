import { load } from 'js-yaml';
import { visit } from 'jsonc-parser';
import { YAML_CORE_SCHEMA } from './core-schema.js';

/** Data from the fast parsers, or `undefined`: then the text needs the full parser's diagnosis. */
export type FastParse = { readonly format: 'json' | 'yaml'; readonly data: unknown } | undefined;

/**
 * Generous for hand-written anchors (objects an alias copies, in total), far below what a "billion laughs"
 * document needs to blow up the later walks over the data.
 */
const MAX_ALIAS_OBJECTS = 10_000;

/**
 * JSON.parse for JSON, js-yaml for YAML: several times faster than the `yaml` package, which is kept for
 * what they refuse (syntax errors, duplicate keys, custom tags, alias bombs), so those are reported as
 * before, at the same positions and with the same words.
 */
export function parseFast(text: string): FastParse {
  if (/^\s*[[{]/.test(text)) {
    const data = parseJson(text);
    if (data !== undefined) return { format: 'json', data };
  }
  let data: unknown;
  try {
    // One document, YAML 1.2 core values; duplicate keys, unknown tags and syntax errors throw.
    data = load(text, { schema: YAML_CORE_SCHEMA });
  } catch {
    return undefined;
  }
  // A comment-only text has no document: `yaml` reads it as null, and so do we.
  if (data === undefined) data = null;
  return tooManyAliases(data) ? undefined : { format: 'yaml', data };
}

/** JSON.parse keeps the last of duplicate keys silently; they must be reported, so they take the slow path. */
function parseJson(text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return hasDuplicateKeys(text) ? undefined : data;
}

function hasDuplicateKeys(text: string): boolean {
  const open: Set<string>[] = [];
  let duplicate = false;
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (property) => {
      const keys = open[open.length - 1];
      if (keys?.has(property) === true) duplicate = true;
      keys?.add(property);
    },
  });
  return duplicate;
}

/**
 * js-yaml shares one object for every alias of an anchor instead of copying it; a walk over the data
 * copies it in effect, so count what it would visit. A cycle (an anchor aliased inside itself) is refused.
 */
function tooManyAliases(root: unknown): boolean {
  const sizes = new Map<object, number>();
  const onPath = new Set<object>();
  let copied = 0;
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 0;
    const known = sizes.get(node);
    if (known !== undefined) {
      copied += known;
      return known;
    }
    if (onPath.has(node)) {
      copied = Number.POSITIVE_INFINITY;
      return 0;
    }
    onPath.add(node);
    let total = 1;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      total += size(child);
      if (copied > MAX_ALIAS_OBJECTS) break;
    }
    onPath.delete(node);
    sizes.set(node, total);
    return total;
  };
  size(root);
  return copied > MAX_ALIAS_OBJECTS;
}
