import { describe, expect, it } from 'vitest';
import { signatureText } from '../../../src/emit/signature-text.js';
import { docText, jsonLiteral } from '../../../src/emit/ts/literal.js';
import { typeExpr } from '../../../src/emit/ts/type-expr.js';
import type { Schema } from '../../../src/ir/types.js';

const enumOf = (...values: string[]): Schema => ({ kind: 'primitive', type: 'string', enum: values }) as Schema;

describe('signatureText', () => {
  it('drops comments and layout, so doc and formatting edits compare equal', () => {
    const before = 'type A = {\n  /**\n   * Old doc\n   */\n  readonly name?: string;\n  count: number\n}';
    const after = 'type A = { /** New doc, it\'s "quoted" */ readonly name?: string ; count : number }';
    expect(signatureText(before)).toBe('type A ={readonly name?:string;count:number}');
    expect(signatureText(after)).toBe(signatureText(before));
  });

  it('keeps white space inside string literals: enum values that differ only in spaces are different types', () => {
    const one = signatureText(`type S = ${typeExpr(enumOf('a b', 'c'), { typeNames: new Map() })}`);
    const two = signatureText(`type S = ${typeExpr(enumOf('a  b', 'c'), { typeNames: new Map() })}`);
    expect(one).toBe('type S = "a b"|"c"');
    expect(two).toBe('type S = "a  b"|"c"');
  });

  it('does not take comment or quote characters inside a literal for syntax', () => {
    for (const value of ['/** not a comment */', 'say "hi" ; ok', "it's", 'back\\slash " { x }', '// tail']) {
      const text = `type S = ${jsonLiteral(value)} | number`;
      expect(signatureText(text)).toBe(`type S = ${jsonLiteral(value)}|number`);
    }
  });

  it('skips a comment whose text the printer escaped, quotes and all', () => {
    const doc = docText('Closes early? */ no: "x" \'y\'');
    expect(signatureText(`type A = {\n/** ${doc} */\nb: "k  v";\n}`)).toBe('type A ={b:"k  v";}');
  });
});
