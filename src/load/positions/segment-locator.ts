import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Pair } from 'yaml';
import type { Position } from '../../diagnostics/diagnostic.js';

/** Finds the node that decoded pointer segments name; `undefined` when the document has no content. */
export type SegmentLocator = (segments: readonly string[]) => Position | undefined;

/**
 * Each lookup walks the AST from the root, which costs microseconds. A mapping entry is located at its key;
 * a pointer past the last existing node gets its nearest ancestor; through an alias, the anchored node.
 */
export function createSegmentLocator(doc: Document, lineCounter: LineCounter): SegmentLocator {
  // Maps with more entries than this get a key index, built on first lookup (`paths`, `definitions`).
  const indexThreshold = 16;
  const indexes = new WeakMap<object, Map<string, Pair>>();
  const keyText = (pair: Pair): string | undefined => {
    const key = pair.key;
    if (isScalar(key)) return String(key.value);
    return key === null || key === undefined ? undefined : String(key);
  };
  const rangeStart = (node: unknown): number | undefined => (node as Node | null | undefined)?.range?.[0];
  const findPair = (items: Pair[], owner: object, key: string): Pair | undefined => {
    if (items.length <= indexThreshold) return items.find((pair) => keyText(pair) === key);
    let index = indexes.get(owner);
    if (index === undefined) {
      index = new Map();
      // Later duplicates win, as in the parsed data.
      for (const pair of items) index.set(keyText(pair) ?? '', pair);
      indexes.set(owner, index);
    }
    return index.get(key);
  };

  return (segments) => {
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
