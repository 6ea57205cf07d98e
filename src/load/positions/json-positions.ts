import { parseTree, type Node } from 'jsonc-parser';
import type { Position, PositionSource } from '../../diagnostics/diagnostic.js';
import { segmentsOrUndefined } from '../../diagnostics/pointer.js';
import { lineIndex } from './line-index.js';

/**
 * Positions in a JSON text, from jsonc-parser's syntax tree (a few ms for a large spec, so it is built on
 * this thread, and only when a diagnostic needs it). Same rules as for YAML: a property is located at its
 * key, an item at its start, a pointer past the last existing node at its nearest ancestor.
 */
export function jsonPositions(text: string): PositionSource {
  let locate: ((pointer: string) => Position | undefined) | undefined;
  return {
    locate: async (pointers) => {
      locate ??= jsonLocator(text);
      return pointers.map(locate);
    },
    release: () => undefined,
  };
}

function jsonLocator(text: string): (pointer: string) => Position | undefined {
  const root = parseTree(text);
  const positionAt = lineIndex(text);
  return (pointer) => {
    const segments = segmentsOrUndefined(pointer);
    if (root === undefined || segments === undefined) return undefined;
    let node: Node = root;
    let offset = root.offset;
    for (const segment of segments) {
      const next = child(node, segment);
      if (next === undefined) break;
      offset = next.at;
      node = next.node;
    }
    return positionAt(offset);
  };
}

function child(node: Node, segment: string): { node: Node; at: number } | undefined {
  if (node.type === 'object') {
    // The last of duplicate keys, as JSON.parse keeps it.
    const property = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === segment);
    const value = property?.children?.[1];
    return property === undefined || value === undefined ? undefined : { node: value, at: property.offset };
  }
  if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(segment)) {
    const item = node.children?.[Number(segment)];
    return item === undefined ? undefined : { node: item, at: item.offset };
  }
  return undefined;
}
