/**
 * Declaration text reduced to what makes a signature: comments dropped, white space collapsed, none around
 * punctuation. String literals (enum values, quoted keys) are copied exactly: `"a  b"` and `"a b"` are
 * different types, and a value containing `/**` is not a comment.
 *
 * The text comes from the type printers (./ts), whose literals are JSON strings and whose comments have
 * every inner `*\/` escaped, so one pass over it is a complete lexer for what they write.
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
    if (ch === '"' || ch === "'") {
      const end = stringEnd(text, i);
      flushCode();
      out += text.slice(i, end);
      i = end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (ch === '/' && text[i + 1] === '/') {
      const newline = text.indexOf('\n', i + 2);
      i = newline < 0 ? text.length : newline;
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
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

/** Runs of white space become one space, and none is kept beside punctuation. */
function collapse(code: string): string {
  return code.replace(/\s+/g, ' ').replace(/ ?([{};:,|&<>()]) ?/g, '$1');
}
