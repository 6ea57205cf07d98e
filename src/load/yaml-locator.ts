import * as yaml from 'yaml';
import type { Document, LineCounter } from 'yaml';
import type { Locator, Position } from '../diagnostics/diagnostic.js';
import { segmentsOf } from '../diagnostics/pointer.js';
import { createSegmentLocator } from './positions/segment-locator.js';

export type { Position };

/**
 * Maps a JSON pointer to the 1-based position of its node in the YAML/JSON source, over a document parsed
 * on this thread (the loader's path for text the fast parser refused).
 */
export function createYamlLocator(doc: Document, lineCounter: LineCounter): Locator {
  const locate = createSegmentLocator(yaml, doc, lineCounter);
  return (pointer) => {
    let segments: string[];
    try {
      segments = segmentsOf(pointer);
    } catch {
      return undefined;
    }
    return locate(segments);
  };
}
