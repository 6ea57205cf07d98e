/**
 * Declaration text reduced to what makes a signature: comments dropped, white space collapsed, none around
 * punctuation. String literals (enum values, quoted keys) are copied exactly: `"a  b"` and `"a b"` are
 * different types, and a value containing `/**` is not a comment.
 *
 * The text comes from the type printers (./ts), which write only double-quoted JSON strings and JSDoc
 * comments with every inner `*\/` escaped, so those two are all this pass needs to know.
 */
export function signatureText(text: string): string {
  let out = '';
  let code = '';
  const flushCode = (): void => {
    out += collapse(code);
    code = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const end = stringEnd(text, i);
      flushCode();
      out += text.slice(i, end);
      i = end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else {
      code += ch;
      i += 1;
    }
  }
  flushCode();
  return out.trim();
}

/** Index just past the literal opening at `start` (or the end of the text if it never closes). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/** Runs of white space become one space, and none is kept beside punctuation. */
function collapse(code: string): string {
  return code.replace(/\s+/g, ' ').replace(/ ?([{};:,|&<>()]) ?/g, '$1');
}
