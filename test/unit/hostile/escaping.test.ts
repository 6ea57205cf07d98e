import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docText, propertyKey, stringLiteral } from '../../../src/emit/ts/literal.js';
import { generateInto, importGenerated } from '../../support/fuzz-check.js';
import { tempDir } from '../../support/temp.js';
import { typecheck } from '../../support/tsc.js';

/** Regressions found by the injection fuzz (test/support/fuzz-spec.ts), one row per finding. */
describe('docText never leaves a comment closer', () => {
  it.each([
    ['a control character inside */', '*\u0000/'],
    ['a DEL inside */', '*\u007f/'],
    ['a control character inside /*', '/\u0001*'],
    ['CR inside */', '*\r/'],
  ])('%s', (_name, given) => {
    expect(`/** ${docText(given)} */`.indexOf('*/')).toBe(`/** ${docText(given)} */`.length - 2);
    expect(docText(given)).not.toContain('/*');
  });
});

describe('stringLiteral', () => {
  it.each(['\\', 'a\\', 'a\\\\', '\\"', '"\\'])('%j round-trips and does not end in an escaped backslash', (given) => {
    const literal = stringLiteral(given);
    expect(literal).not.toMatch(/\\\\"$/);
    // eslint-disable-next-line no-new-func
    expect(new Function(`return ${literal};`)()).toBe(given);
  });
});

describe('propertyKey', () => {
  it.each([
    ['__proto__', '["__proto__"]'],
    ['constructor', 'constructor'],
    ['a b', '"a b"'],
  ])('%j -> %s', (given, want) => {
    expect(propertyKey(given)).toBe(want);
  });

  it('makes __proto__ an own key of an object literal, not its prototype', () => {
    // eslint-disable-next-line no-new-func
    const object = new Function(`return { ${propertyKey('__proto__')}: 1 };`)() as object;
    expect(Object.keys(object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
  });
});

const HEAD = { swagger: '2.0', info: { title: 't', version: '1' } };
const op = (operationId: string, parameters: unknown[] = []) => ({ operationId, parameters, responses: { '200': { description: 'ok' } } });

describe('whole specs that used to break the output', () => {
  const work = tempDir('twine-escaping-');
  it.each([
    ['an enum value ending in a backslash, then a /* (stray */ from the printer)', { '/a': { get: op('getA', [{ name: 'h', in: 'header', type: 'string', enum: ['\\', '/*'] }]) } }],
    ['an operation named __proto__ (client object prototype)', { '/a': { get: op('__proto__'), post: op('plain') } }],
    ['a query parameter named __proto__', { '/a': { get: op('getA', [{ name: '__proto__', in: 'query', type: 'string' }]) } }],
  ])('%s', async (name, paths) => {
    const result = await generateInto(join(work, String(name.length)), { ...HEAD, paths });
    expect(result.failed).toBe(false);
    expect(typecheck(result.pkg)).toEqual({ status: 0, output: '' });
    const outcome = await importGenerated(result.pkg);
    expect(outcome).toMatchObject({ canary: false, printed: [] });
    expect(outcome.clientKeys).toEqual(expect.arrayContaining(Object.values(paths).flatMap((item) => Object.values(item).map((o) => o.operationId))));
  });
});

describe('an operation named then', () => {
  const work = tempDir('twine-then-');
  // Exported as `then`, it made the package root a thenable: `await import()` called it and never settled.
  it.each(['get', 'post'])('(%s, paged or not) leaves the module importable', async (method) => {
    const parameters = method === 'get' ? [{ name: 'page[size]', in: 'query', type: 'integer' }] : [];
    const result = await generateInto(join(work, method), { ...HEAD, paths: { '/a': { [method]: op('then', parameters) } } });
    expect(result.failed).toBe(false);
    expect(typecheck(result.pkg)).toEqual({ status: 0, output: '' });
    const outcome = await importGenerated(result.pkg);
    expect(outcome).toMatchObject({ canary: false, printed: [] });
    expect(outcome.clientKeys).not.toContain('then');
  });
});
