import { describe, expect, it } from 'vitest';
import { painterFor, singleValues } from '../../../src/cli/output.js';

const RED = '\u001b[31m';
const stream = (isTTY: boolean) => ({ isTTY }) as NodeJS.WriteStream;

describe('painterFor: colours only on a terminal, and NO_COLOR respected', () => {
  const cases: { name: string; tty: boolean; env: NodeJS.ProcessEnv; coloured: boolean }[] = [
    { name: 'a terminal', tty: true, env: {}, coloured: true },
    { name: 'a pipe', tty: false, env: {}, coloured: false },
    { name: 'a pipe with FORCE_COLOR=1', tty: false, env: { FORCE_COLOR: '1' }, coloured: false },
    { name: 'a terminal with NO_COLOR=1', tty: true, env: { NO_COLOR: '1' }, coloured: false },
    // no-color.org: an empty NO_COLOR does not count.
    { name: 'a terminal with an empty NO_COLOR', tty: true, env: { NO_COLOR: '' }, coloured: true },
  ];
  it.each(cases)('$name', ({ tty, env, coloured }) => {
    expect(painterFor(stream(tty), env).error('x').startsWith(RED)).toBe(coloured);
  });
});

describe('singleValues', () => {
  const check = singleValues(['spec', 'out']);
  it.each([
    [{ spec: 'a.yaml', out: 'o' }, true],
    [{ out: ['a', 'b'] }, '--out was given more than once (a, b); give it once'],
    [{ spec: '' }, '--spec needs a value'],
    [{ spec: '-' }, '--spec: reading from standard input is not supported; name a file'],
    [{ out: '-' }, true],
  ])('%j -> %j', (argv, want) => {
    expect(check(argv)).toBe(want);
  });
});
