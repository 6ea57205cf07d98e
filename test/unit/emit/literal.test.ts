import { describe, expect, it } from 'vitest';
import { docOf, docText, propertyKey, stringLiteral } from '../../../src/emit/ts/literal.js';

const hostile = ['*/', "'", '"', '`', '${x}', '\u2028', '\u2029', '\n', '</script>', '\\', '\u0000'];

describe('stringLiteral', () => {
  it.each(hostile)('round-trips %j and stays on one line', (text) => {
    const literal = stringLiteral(`a${text}b`);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
    // eslint-disable-next-line no-new-func
    expect(new Function(`return ${literal};`)()).toBe(`a${text}b`);
  });
});

describe('propertyKey', () => {
  it.each([
    ['name', 'name'],
    ['first_name', 'first_name'],
    ['filter[groups]', '"filter[groups]"'],
    ['123start', '"123start"'],
    ["it's", '"it\'s"'],
    ['a\u2028b', '"a\\u2028b"'],
  ])('%j -> %s', (given, want) => {
    expect(propertyKey(given)).toBe(want);
  });
});

describe('docText', () => {
  it.each([
    ['closes */ comment', 'closes *\\/ comment'],
    ['opens /* comment', 'opens /\\* comment'],
    ['a\r\nb\u2028c\u2029d', 'a\nb\nc\nd'],
    ['@param injected', '\\@param injected'],
    ['  padded  ', 'padded'],
  ])('%j -> %j', (given, want) => {
    expect(docText(given)).toBe(want);
  });

  it('never lets spec text end the comment it is placed in', () => {
    for (const text of hostile) {
      const comment = `/** ${docText(`x ${text} y */ z`)} */`;
      expect(comment.indexOf('*/')).toBe(comment.length - 2);
    }
  });
});

describe('docOf', () => {
  it('joins summary and description, dropping blanks and repeats', () => {
    expect(docOf('Get a patient', undefined, '  ', 'Get a patient')).toBe('Get a patient');
    expect(docOf('Summary', 'Description')).toBe('Summary\n\nDescription');
    expect(docOf(undefined)).toBeUndefined();
  });
});
