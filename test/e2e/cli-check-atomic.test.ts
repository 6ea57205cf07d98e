import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';
import { runCli, STACK_FRAME, treeOf } from './cli-run.js';

/**
 * Issue 7 items 5 and 7 through the built CLI: `--check` writes nothing and lists stale files; a failed
 * or killed run leaves the output folder byte-for-byte as it was; a user's files in it survive.
 */
const HEAD = 'swagger: "2.0"\ninfo: { title: t, version: "1.2.3" }\nhost: example.test\n';
const op = (id: string) => `  /${id}:\n    get:\n      operationId: ${id}\n      responses: { "200": { description: ok, schema: { $ref: '#/definitions/Thing' } } }\n`;
const GOOD = `${HEAD}paths:\n${op('getThing')}definitions:\n  Thing: { type: object, properties: { name: { type: string } } }\n`;
const CHANGED = GOOD.replace('getThing', 'fetchThing');
const BROKEN = GOOD.replace("'#/definitions/Thing'", "'#/definitions/Nothing'");

describe('generate --check', () => {
  const dir = tempDir('twine-cli-check-');
  const out = join(dir, 'out');
  beforeAll(async () => {
    writeFileSync(join(dir, 'good.yaml'), GOOD);
    writeFileSync(join(dir, 'changed.yaml'), CHANGED);
    expect((await runCli(['generate', '--spec', 'good.yaml', '--out', 'out'], dir)).status).toBe(0);
  });

  it('exits 0 and says so when the output is current, writing nothing', async () => {
    const before = treeOf(out);
    const run = await runCli(['generate', '--check', '--spec', 'good.yaml', '--out', 'out'], dir);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/up to date/);
    expect(treeOf(out)).toEqual(before);
  });

  it('exits 1 and lists the files that differ when the spec changed, writing nothing', async () => {
    const before = treeOf(out);
    const run = await runCli(['generate', '--check', '--spec', 'changed.yaml', '--out', 'out'], dir);
    expect(run.status).toBe(1);
    const listed = run.stderr.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim()).sort();
    expect(listed).toContain('src/operations.gen.ts');
    expect(listed).not.toContain('tsconfig.json');
    expect(treeOf(out)).toEqual(before);
  });

  it('lists a hand-edited file and a deleted file', async () => {
    appendFileSync(join(out, 'src/types.gen.ts'), '// edited\n');
    rmSync(join(out, 'README.md'));
    const before = treeOf(out);
    const run = await runCli(['generate', '--check', '--spec', 'good.yaml', '--out', 'out'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ {2}src\/types\.gen\.ts$/m);
    expect(run.stderr).toMatch(/^ {2}README\.md$/m);
    expect(treeOf(out)).toEqual(before);
  });

  it('on a folder that does not exist: exit 1, and the folder is not created', async () => {
    const run = await runCli(['generate', '--check', '--spec', 'good.yaml', '--out', 'never'], dir);
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});

describe('atomic writes', () => {
  const dir = tempDir('twine-cli-atomic-');
  const out = join(dir, 'out');
  beforeAll(async () => {
    writeFileSync(join(dir, 'good.yaml'), GOOD);
    writeFileSync(join(dir, 'changed.yaml'), CHANGED);
    writeFileSync(join(dir, 'broken.yaml'), BROKEN);
    expect((await runCli(['generate', '--spec', 'good.yaml', '--out', 'out'], dir)).status).toBe(0);
    writeFileSync(join(out, '.npmrc'), '@twine:registry=https://npm.example.test/\n');
    writeFileSync(join(out, 'NOTES.md'), 'mine\n');
  });

  it('a run with a broken spec leaves the output byte-for-byte as it was', async () => {
    const before = treeOf(out);
    const run = await runCli(['generate', '--spec', 'broken.yaml', '--out', 'out'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^broken\.yaml:\d+:\d+ error TC1002 /m);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(treeOf(out)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.out.'))).toEqual([]);
  });

  it("a regeneration keeps the user's .npmrc and other files, byte-for-byte", async () => {
    const npmrc = readFileSync(join(out, '.npmrc'));
    const run = await runCli(['generate', '--spec', 'changed.yaml', '--out', 'out'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, '.npmrc'))).toEqual(npmrc);
    expect(readFileSync(join(out, 'NOTES.md'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(out, 'src/operations.gen.ts'), 'utf8')).toMatch(/fetchThing/);
  });

  it('a run killed at any moment leaves either the old output or the new one, never a mix', async () => {
    // A spec big enough that generation takes a while, so kills land before, during and after the swap.
    const big = `${HEAD}paths:\n${Array.from({ length: 300 }, (_, i) => op(`op${i}`)).join('')}definitions:\n  Thing: { type: string }\n`;
    writeFileSync(join(dir, 'big.yaml'), big);
    const reference = join(dir, 'reference');
    expect((await runCli(['generate', '--spec', 'big.yaml', '--out', 'reference'], dir)).status).toBe(0);
    const newTree = { ...treeOf(reference), ...pick(treeOf(out), ['.npmrc', 'NOTES.md']) };
    const oldTree = treeOf(out);
    const outcomes = new Set<string>();
    for (const delay of [50, 300, 800, 1500, 3000]) {
      cpSync(out, join(dir, 'before'), { recursive: true });
      const run = await runCli(['generate', '--spec', 'big.yaml', '--out', 'out'], dir, {}, delay);
      const now = treeOf(out);
      const state = sameTree(now, oldTree) ? 'old' : sameTree(now, newTree) ? 'new' : 'mixed';
      outcomes.add(`${run.signal ?? 'exit'}:${state}`);
      expect(state).not.toBe('mixed');
      // Put the old output back for the next kill.
      rmSync(out, { recursive: true, force: true });
      cpSync(join(dir, 'before'), out, { recursive: true });
      rmSync(join(dir, 'before'), { recursive: true, force: true });
    }
    expect([...outcomes].some((o) => o.startsWith('SIGKILL'))).toBe(true);
  }, 120_000);
});

describe('a Ctrl-C during the swap', () => {
  const dir = tempDir('twine-cli-signal-');
  const preload = join(import.meta.dirname, '../support/signal-during-swap.cjs');
  beforeAll(() => {
    writeFileSync(join(dir, 'good.yaml'), GOOD);
    writeFileSync(join(dir, 'changed.yaml'), CHANGED);
  });

  // The swap is synchronous, so the signal is handled after it: the output is the new one, complete, and the
  // exit code still says the run was interrupted, so `generate && npm publish` stops there.
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])('%s: the swap completes, then the run exits %i without a summary', async (signal, code) => {
    const out = `out-${signal}`;
    expect((await runCli(['generate', '--spec', 'good.yaml', '--out', out], dir)).status).toBe(0);
    const reference = `reference-${signal}`;
    expect((await runCli(['generate', '--spec', 'changed.yaml', '--out', reference], dir)).status).toBe(0);
    const run = await runCli(['generate', '--spec', 'changed.yaml', '--out', out], dir, { NODE_OPTIONS: `--require ${preload}`, SWAP_SIGNAL: signal });
    expect({ status: run.status, signal: run.signal }).toEqual({ status: code, signal: null });
    expect(run.stdout).not.toMatch(/generated/);
    expect(treeOf(join(dir, out))).toEqual(treeOf(join(dir, reference)));
  });
});

function pick(tree: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(tree).filter(([k]) => keys.includes(k)));
}

function sameTree(a: Record<string, string>, b: Record<string, string>): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}
