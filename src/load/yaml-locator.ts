import type { Document, LineCounter } from 'yaml';
import type { Locator, Position } from '../diagnostics/diagnostic.js';
import { segmentsOrUndefined } from '../diagnostics/pointer.js';
import { createSegmentLocator } from './positions/segment-locator.js';

export type { Position };

/**
 * Maps a JSON pointer to the 1-based position of its node in the YAML/JSON source, over a document parsed
 * by the `yaml` package with positions.
 */
export function createYamlLocator(doc: Document, lineCounter: LineCounter): Locator {
  const locate = createSegmentLocator(doc, lineCounter);
  return (pointer) => {
    const segments = segmentsOrUndefined(pointer);
    return segments === undefined ? undefined : locate(segments);
  };
}
