import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GENERATED_HEADER } from '../../../src/emit/ts/project.js';
import { OutputError } from '../../../src/output/errors.js';
import { writeOutput } from '../../../src/output/write.js';
import { treeOf } from '../../e2e/cli-run.js';
import { tempDir } from '../../support/temp.js';

/** A rename that fails for paths matching `failOn` (EACCES, EXDEV: what a real file system says). */
const failure = vi.hoisted(() => ({ failOn: undefined as RegExp | undefined, code: 'EACCES' }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (failure.failOn?.test(String(from))) throw Object.assign(new Error(`${failure.code}: rename`), { code: failure.code, path: String(from) });
      actual.renameSync(from, to);
    },
  };
});
afterEach(() => { failure.failOn = undefined; });

const files = (version: string) => [
  { path: 'package.json', text: `{"version":"${version}"}\n` },
  { path: 'src/index.ts', text: `${GENERATED_HEADER}\n` },
  { path: 'src/client.gen.ts', text: `export const v = '${version}';\n` },
];

function put(root: string, path: string, text: string): void {
  fs.mkdirSync(dirname(join(root, path)), { recursive: true });
  fs.writeFileSync(join(root, path), text);
}

describe('a swap that fails part-way puts everything back', () => {
  const steps = [
    { name: 'moving the third user entry', failOn: /\/pkg\/node_modules$/, code: 'EXDEV' },
    { name: 'retiring the old folder', failOn: /\/pkg$/, code: 'EBUSY' },
    { name: 'swapping the new folder in', failOn: /\.pkg\.tmp-[^/]+$/, code: 'EACCES' },
  ];
  it.each(steps)('$name: old output byte for byte, no leftovers, a one-line OutputError', ({ failOn, code }) => {
    const parent = tempDir('twine-write-fail-');
    const out = join(parent, 'pkg');
    writeOutput(out, files('1'));
    put(out, '.npmrc', 'registry=mine\n');
    put(out, 'dist/index.js', 'built');
    put(out, 'node_modules/dep/index.js', 'dep');
    put(out, 'src/extra.ts', 'mine');
    const before = treeOf(out);
    failure.failOn = failOn;
    failure.code = code;
    let caught: unknown;
    try {
      writeOutput(out, files('2'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OutputError);
    expect((caught as Error).message).toMatch(new RegExp(`^cannot write ${out}: .*; ${out} is left as it was$`));
    expect(treeOf(out)).toEqual(before);
    expect(fs.readdirSync(parent).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
