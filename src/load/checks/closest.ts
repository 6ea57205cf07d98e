import { distance } from 'fastest-levenshtein';

/**
 * The known word a typo most likely meant (`boolen` -> `boolean`, `dateTime` -> `date-time`), compared
 * case- and punctuation-insensitively; undefined when nothing is close.
 */
export function closest(value: string, known: readonly string[]): string | undefined {
  const wanted = squash(value);
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    const d = distance(wanted, squash(word));
    if (best === undefined || d < best.distance) best = { word, distance: d };
  }
  return best !== undefined && best.distance <= Math.max(1, Math.floor(wanted.length / 4)) ? best.word : undefined;
}

function squash(word: string): string {
  return word.toLowerCase().replace(/[^a-z0-9]/g, '');
}
