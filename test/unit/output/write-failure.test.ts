import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GENERATED_HEADER } from '../../../src/emit/ts/project.js';
import { OutputError } from '../../../src/output/errors.js';
import { writeOutput } from '../../../src/output/write.js';
import { treeOf } from '../../e2e/cli-run.js';
import { tempDir } from '../../support/temp.js';

/** A rename that fails for source paths matching `failOn`, with a real file system's error code. */
const failure = vi.hoisted(() => ({ failOn: undefined as RegExp | undefined, code: 'EACCES', renamed: [] as string[] }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      failure.renamed.push(String(from));
      if (failure.failOn?.test(String(from))) throw Object.assign(new Error(`${failure.code}: rename`), { code: failure.code, path: String(from) });
      actual.renameSync(from, to);
    },
  };
});
afterEach(() => { failure.failOn = undefined; failure.renamed = []; });

const files = (version: string) => [
  { path: 'package.json', text: `{"version":"${version}"}\n` },
  { path: 'src/index.ts', text: `${GENERATED_HEADER}\n` },
  { path: 'src/client.gen.ts', text: `export const v = '${version}';\n` },
  { path: 'src/runtime/index.ts', text: `export const r = '${version}';\n` },
  ...(version === '2' ? [{ path: 'src/added.gen.ts', text: 'export {};\n' }] : []),
];

function put(root: string, path: string, text: string): void {
  fs.mkdirSync(dirname(join(root, path)), { recursive: true });
  fs.writeFileSync(join(root, path), text);
}

function project(): string {
  const out = join(tempDir('twine-write-fail-'), 'pkg');
  writeOutput(out, files('1'));
  put(out, '.npmrc', 'registry=mine\n');
  put(out, 'dist/index.js', 'built');
  put(out, 'node_modules/dep/index.js', 'dep');
  put(out, 'src/extra.ts', 'mine');
  return out;
}

describe('a swap that fails part-way puts everything back', () => {
  const steps = [
    { name: 'saving an owned entry (EACCES)', failOn: /\/pkg\/src\/runtime$/, code: 'EACCES' },
    { name: 'placing a new entry (EXDEV)', failOn: /\.twine-codegen\.new\/src\/index\.ts$/, code: 'EXDEV' },
    { name: 'committing (EBUSY)', failOn: /\.twine-codegen\.old$/, code: 'EBUSY' },
  ];
  it.each(steps)('$name: the old output byte for byte, no work entries, a one-line OutputError', ({ failOn, code }) => {
    const out = project();
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
    expect((caught as Error).message).toMatch(new RegExp(`^cannot write ${out}: .*; it is left as it was$`));
    expect(treeOf(out)).toEqual(before);
    expect(fs.readdirSync(out).filter((name) => name.startsWith('.twine-codegen'))).toEqual([]);
  });

  it("never renames the user's entries, so a mount inside the folder (node_modules) cannot block it", () => {
    const out = project();
    failure.failOn = /\/pkg\/(node_modules|dist|\.npmrc|src\/extra\.ts)$/;
    failure.code = 'EXDEV';
    writeOutput(out, files('2'));
    expect(failure.renamed.filter((path) => failure.failOn?.test(path))).toEqual([]);
    expect(fs.readFileSync(join(out, 'src/added.gen.ts'), 'utf8')).toBe('export {};\n');
  });
});
