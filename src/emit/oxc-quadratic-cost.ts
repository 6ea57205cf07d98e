/**
 * `@prettier/plugin-oxc` (0.2.2, the latest) has two steps whose cost grows with the square of the text, and
 * no option to skip either; this estimates both in linear time so formatTypeScript can avoid them.
 *
 * 1. The `oxc-ts` parser, whatever the file path, tests `/^[^"'`]*<\/|^[^/]{2}.*\/>/m` on the whole text to
 *    choose whether to try TSX first. The first branch runs from every line start to the next quote
 *    character and backtracks from there: lines x size on a text with few quotes (a types file is mostly
 *    unquoted property names), 87 s on the types of a 1,000-operation spec. About 1 ns a scanned character.
 * 2. The plugin's own copy of the ESTree printer blanks comments out of the text by rebuilding the whole
 *    string once per comment (Prettier's core printer does it in one pass): comments x size, 5 s on the
 *    operations of a 4,000-operation spec. About 0.5 ns a comment and character.
 *
 * Units are those nanoseconds: the result is comparable with a parse's cost per character.
 */

const isQuote = (code: number): boolean => code === 0x22 || code === 0x27 || code === 0x60; // " ' `
/** Where a multiline `^` matches: after an ECMAScript LineTerminator (\n, \r, U+2028, U+2029). */
const isLineTerminator = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/**
 * Characters the sniff's first branch scans on `text` (the sum, over line starts, of the distance to the
 * next quote), counted up to `limit`: the count stops past it, so asking costs one pass at most. An early
 * `</` makes the real regex stop sooner: this is an upper bound, which errs towards the linear parser.
 */
export function jsxSniffScanLength(text: string, limit = Number.POSITIVE_INFINITY): number {
  let total = 0;
  let nextQuote = text.length;
  // Backwards, so the distance to the next quote is known at every line start in one pass.
  for (let i = text.length - 1; i >= 0; i--) {
    if (isQuote(text.charCodeAt(i))) nextQuote = i;
    if (i === 0 || isLineTerminator(text.charCodeAt(i - 1))) {
      total += nextQuote - i;
      if (total > limit) return total;
    }
  }
  return total;
}

/** `/*` and `//` pairs: at least the comments (some may sit in strings; an upper bound, as above). */
export function commentOpenerCount(text: string): number {
  return text.match(/\/[*/]/g)?.length ?? 0;
}

/** Both estimates together, counted up to `limit` like jsxSniffScanLength. */
export function oxcQuadraticCost(text: string, limit = Number.POSITIVE_INFINITY): number {
  const stripping = (commentOpenerCount(text) * text.length) / 2;
  return stripping > limit ? stripping : stripping + jsxSniffScanLength(text, limit - stripping);
}
