import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../../src/load/parse/parse-fast.js';

describe('parseFast values match the yaml package (YAML 1.2 core)', () => {
  const scalars = ['0b101', '-0x1A', '+0x1', '0x1F', '0o17', '017', '1_000', '+12', '-.5', '+.5', '1e400', '-1e400', '1.', '.5e3',
    '.inf', '-.Inf', '.NaN', '~', 'Null', 'nUll', 'True', 'tRue', 'yes', 'on', '2001-12-14', '12:30:00', '08', '"1"', "'true'", '<<'];
  it.each(scalars)('v: %s', (scalar) => {
    const want = parse(`v: ${scalar}`, { schema: 'core', version: '1.2', merge: false }) as unknown;
    expect(parseFast(`v: ${scalar}`)).toEqual({ format: 'yaml', data: want });
  });
});

describe('parseFast formats', () => {
  const cases = [
    { name: 'JSON object', text: '{"a": [1, {"b": null}]}', want: { format: 'json', data: { a: [1, { b: null }] } } },
    { name: 'YAML flow map that is not JSON', text: '{a: 1}', want: { format: 'yaml', data: { a: 1 } } },
    { name: 'comment-only YAML is null', text: '# nothing\n', want: { format: 'yaml', data: null } },
    { name: 'an alias within the limit is shared', text: 'a: &x [1, 2]\nb: *x\n', want: { format: 'yaml', data: { a: [1, 2], b: [1, 2] } } },
  ] as const;
  it.each(cases)('$name', ({ text, want }) => expect(parseFast(text)).toEqual(want));
});

describe('parseFast leaves to the full parser what must be diagnosed', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 6; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const cases = [
    { name: 'syntax error', text: 'a: [1\nb: 2\n' },
    { name: 'duplicate YAML key', text: 'a: 1\na: 2\n' },
    { name: 'duplicate JSON key', text: '{"a": 1, "b": {"c": 1, "c": 2}}' },
    { name: 'custom tag', text: "a: !js/function 'return 1'\n" },
    { name: 'two documents', text: 'a: 1\n---\nb: 2\n' },
    { name: 'alias bomb', text: `${bomb.join('\n')}\n` },
    { name: 'alias cycle', text: 'a: &a [1, *a]\n' },
  ];
  it.each(cases)('$name', ({ text }) => expect(parseFast(text)).toBeUndefined());
});
