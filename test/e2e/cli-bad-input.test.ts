import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';
import { runCli, STACK_FRAME, treeOf } from './cli-run.js';

/**
 * Issue 7 item 9 through the built CLI: every broken input ends with exit 1, a diagnostic naming its
 * code and file (with line:col wherever the input has lines), nothing written, no stack trace, no hang.
 */
const dir = tempDir('twine-cli-bad-');
const write = (name: string, content: string | Uint8Array): string => {
  writeFileSync(join(dir, name), content);
  return name;
};
const HEAD = 'swagger: "2.0"\ninfo: { title: t, version: "1" }\n';
const opWith = (schema: string) => `${HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        "200": { description: ok, schema: ${schema} }\n`;

/** A local server standing in for "the network": the CLI must not contact it. */
let requests = 0;
const server = createServer((_req, res) => {
  requests++;
  res.end('type: string\n');
});
beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** About 20 MB: many operations, the last one with a $ref to a definition that does not exist. */
function hugeSpec(): string {
  const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20);
  const lines = [HEAD, 'paths:'];
  for (let i = 0; i < 16_000; i++) {
    lines.push(`  /thing${i}:`, '    get:', `      operationId: fetchThing${i}`, `      description: '${text}'`, '      responses:');
    lines.push(`        "200": { description: OK, schema: { $ref: '#/definitions/${i === 15_999 ? 'Missing' : 'Thing'}' } }`);
  }
  lines.push('definitions:', '  Thing: { type: string }');
  return `${lines.join('\n')}\n`;
}

type Case = readonly [name: string, spec: () => string, code: string, where: RegExp, message?: RegExp];
const cases: readonly Case[] = [
  ['an empty file', () => write('empty.yaml', ''), 'TC1003', /^empty\.yaml /m],
  ['a binary file', () => write('binary.yaml', Uint8Array.from([0x73, 0x77, 0, 1, 2, 0xff])), 'TC1003', /^binary\.yaml /m],
  ['a directory', () => (mkdirSync(join(dir, 'folder.yaml'), { recursive: true }), 'folder.yaml'), 'TC1003', /^folder\.yaml /m],
  ['a missing file', () => 'nope.yaml', 'TC1003', /^nope\.yaml /m],
  ['OpenAPI 3', () => write('oas3.yaml', 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\n'), 'TC1004', /^oas3\.yaml:1:1 /m, /OpenAPI 3.*not supported.*Swagger 2\.0/],
  ['swagger 1.2', () => write('v12.yaml', 'swagger: "1.2"\ninfo: { title: t, version: "1" }\npaths: {}\n'), 'TC1004', /^v12\.yaml:1:1 /m, /"2\.0"/],
  ['a $ref to a missing file', () => write('missing-file.yaml', opWith("{ $ref: 'gone.yaml#/X' }")), 'TC1003', /^missing-file\.yaml:8:\d+ /m],
  ['a $ref to a URL', () => write('remote.yaml', opWith(`{ $ref: 'http://127.0.0.1:${(server.address() as AddressInfo).port}/x.yaml' }`)), 'TC1005', /^remote\.yaml:8:\d+ /m],
  ['circular $refs', () => write('circular.yaml', `${opWith("{ $ref: '#/definitions/A' }")}definitions:\n  A: { $ref: '#/definitions/B' }\n  B: { $ref: '#/definitions/A' }\n`), 'TC1006', /^circular\.yaml:10:\d+ /m],
  ['duplicate operationIds', () => write('dup.yaml', `${opWith('{ type: string }')}  /b:\n    get:\n      operationId: getA\n      responses: { "200": { description: ok } }\n`), 'TC2005', /^dup\.yaml:11:\d+ /m],
  ['a YAML syntax error', () => write('syntax.yaml', `${HEAD}paths:\n  /a: [unclosed\n`), 'TC1001', /^syntax\.yaml:\d+:\d+ /m],
  ['a JSON syntax error', () => write('syntax.json', '{"swagger": "2.0",\n  "info": {]'), 'TC1001', /^syntax\.json:2:\d+ /m],
  ['a !!js/function tag', () => write('js-tag.yaml', `${HEAD}x-run: !!js/function "function () { require('fs').writeFileSync('pwned', '') }"\npaths: {}\n`), 'TC1001', /^js-tag\.yaml:3:\d+ /m],
  ['a custom !tag', () => write('tag.yaml', `${HEAD}x-run: !exec [rm, -rf]\npaths: {}\n`), 'TC1001', /^tag\.yaml:3:\d+ /m],
  ['a YAML alias bomb', () => write('bomb.yaml', `${HEAD}${aliasBomb()}paths: {}\n`), 'TC1001', /^bomb\.yaml(:\d+:\d+)? /m],
  ['a 20 MB spec with an error on its last operation', () => write('huge.yaml', hugeSpec()), 'TC1002', /^huge\.yaml:96004:\d+ /m],
];

function aliasBomb(): string {
  const lines = ['x-0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) lines.push(`x-${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

describe.each(['generate', 'validate'])('%s', (command) => {
  const rows = cases.map(([name, spec, code, where, message]) => ({ name, spec, code, where, message }));
  it.each(rows)('$name: exit 1, a located diagnostic, no stack trace, nothing written', async ({ spec, code, where, message }) => {
    const file = spec();
    const args = command === 'generate' ? ['generate', '--spec', file, '--out', 'out'] : ['validate', file];
    const run = await runCli(args, dir);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${where.source.replace(/ $/, '')} error ${code} `, 'm'));
    if (message !== undefined) expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(treeOf(join(dir, 'out'))).toEqual({});
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });
});

it('never fetches a remote $ref (the local server saw no request)', () => {
  expect(requests).toBe(0);
});

describe('usage errors exit 2 with a hint and no stack trace', () => {
  const good = write('good.yaml', opWith('{ type: string }'));
  it.each([
    ['an unknown flag', ['generate', '--spec', good, '--frobnicate'], /frobnicate/],
    ['an unknown command', ['frobnicate'], /frobnicate/],
    ['no command', [], /command/i],
    ['a missing config file', ['generate', '--config', 'nope.json'], /nope\.json/],
    ['a config with an unknown key', ['generate', '--config', write('typo.json', '{"spek": "good.yaml"}')], /"spek".*did you mean "spec"/],
    ['a config that is not JSON', ['generate', '--config', write('broken.json', '{ spec: ')], /broken\.json/],
    ['a config value of the wrong type', ['generate', '--config', write('type.json', '{"lenient": "yes"}')], /"lenient" must be a boolean/],
    ['--out given twice', ['generate', '--spec', good, '--out', 'a', '--out', 'b'], /--out was given more than once \(a, b\)/],
    ['--spec without a value', ['generate', '--spec'], /spec/],
    ['validate without a file ("-")', ['validate', '-'], /spec needs a value|standard input is not supported/],
    ['--quiet with --verbose', ['generate', '--spec', good, '--quiet', '--verbose'], /--quiet and --verbose contradict each other/],
    ['--out naming the working folder', ['generate', '--spec', good, '--out', '.'], /refusing to generate into .*: it is the current folder/],
    ['--out naming a file', ['generate', '--spec', good, '--out', good], /refusing to generate into .*good\.yaml: it is a file/],
  ])('%s', async (_name, args, hint) => {
    const run = await runCli(args, dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(hint);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(treeOf(join(dir, 'generated'))).toEqual({});
  });
});

describe('a spec URL with a token in its query', () => {
  const TOKEN = 'spec-url-token-5f1c';
  const specServer = createServer((_req, res) => { res.end('swagger: "2.0"\ninfo: { title: t }\n'); });
  beforeAll(() => new Promise<void>((resolve) => specServer.listen(0, '127.0.0.1', resolve)));
  afterAll(() => new Promise<void>((resolve) => specServer.close(() => resolve())));

  it.each(['generate', 'validate'])('%s: the token appears in no line of the output', async (command) => {
    const url = `http://127.0.0.1:${(specServer.address() as AddressInfo).port}/spec.yaml?access_token=${TOKEN}`;
    const run = await runCli(command === 'generate' ? ['generate', '--spec', url, '--out', 'out-url'] : ['validate', url], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/spec\.yaml\?\*\*\*: 1 error/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
  });
});
