import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Locator } from '../diagnostics/diagnostic.js';
import { segmentsOf } from '../diagnostics/pointer.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Maps with more entries than this get a key index, built on first lookup (`paths`, `definitions`). */
const INDEX_THRESHOLD = 16;

/**
 * Maps a JSON pointer to the 1-based position of its node in the YAML/JSON source. Nothing is precomputed:
 * each lookup walks the AST from the root, which costs microseconds, so a clean spec pays nothing.
 * A mapping entry is located at its key; a pointer past the last existing node gets its nearest ancestor.
 */
export function createYamlLocator(doc: Document, lineCounter: LineCounter): Locator {
  const indexes = new WeakMap<object, Map<string, Pair>>();

  const findPair = (items: Pair[], owner: object, key: string): Pair | undefined => {
    if (items.length <= INDEX_THRESHOLD) return items.find((pair) => keyText(pair) === key);
    let index = indexes.get(owner);
    if (index === undefined) {
      index = new Map();
      // Later duplicates win, as in the parsed data.
      for (const pair of items) index.set(keyText(pair) ?? '', pair);
      indexes.set(owner, index);
    }
    return index.get(key);
  };

  return (pointer) => {
    let segments: string[];
    try {
      segments = segmentsOf(pointer);
    } catch {
      return undefined;
    }
    let node: unknown = doc.contents;
    let offset = rangeStart(node);
    for (const segment of segments) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = findPair(node.items as Pair[], node, segment);
        if (pair === undefined) break;
        offset = rangeStart(pair.key) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && /^(0|[1-9]\d*)$/.test(segment)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        offset = rangeStart(item) ?? offset;
        node = item;
      } else {
        break;
      }
    }
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? undefined : String(key);
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
