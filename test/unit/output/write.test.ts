import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_HEADER } from '../../../src/emit/ts/project.js';
import { OutputError } from '../../../src/output/errors.js';
import { writeOutput } from '../../../src/output/write.js';
import { tempDir } from '../../support/temp.js';
import { treeOf } from '../../e2e/cli-run.js';

const files = (version: string) => [
  { path: 'package.json', text: `{"version":"${version}"}\n` },
  { path: 'src/index.ts', text: `${GENERATED_HEADER}\nexport * from './client.gen.js';\n` },
  { path: 'src/client.gen.ts', text: `export const v = '${version}';\n` },
  { path: 'src/runtime/index.ts', text: 'export {};\n' },
];

function put(root: string, path: string, text = 'x'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function leftovers(parent: string): string[] {
  return readdirSync(parent).filter((name) => name.startsWith('.'));
}

describe('writeOutput keeps what is not the generator’s', () => {
  it('keeps user files, whole folders (with empty ones and a .git) and drops stale generated files', () => {
    const out = join(tempDir('twine-write-'), 'pkg');
    writeOutput(out, files('1'));
    put(out, '.npmrc', 'registry=http://127.0.0.1/\n');
    put(out, 'node_modules/dep/index.js');
    mkdirSync(join(out, '.git/refs/heads'), { recursive: true });
    mkdirSync(join(out, 'cache'), { recursive: true });
    put(out, 'src/extra.ts', 'export const mine = 1;\n');
    put(out, 'src/old.gen.ts', 'export const gone = 1;\n');
    writeOutput(out, files('2'));
    expect(readFileSync(join(out, 'src/client.gen.ts'), 'utf8')).toContain("'2'");
    expect(readFileSync(join(out, '.npmrc'), 'utf8')).toBe('registry=http://127.0.0.1/\n');
    expect(existsSync(join(out, 'node_modules/dep/index.js'))).toBe(true);
    expect(existsSync(join(out, '.git/refs/heads'))).toBe(true);
    expect(existsSync(join(out, 'cache'))).toBe(true);
    expect(readFileSync(join(out, 'src/extra.ts'), 'utf8')).toBe('export const mine = 1;\n');
    expect(existsSync(join(out, 'src/old.gen.ts'))).toBe(false);
    expect(leftovers(dirname(out))).toEqual([]);
  });

  it('writes into the folder a symlink names, and keeps the link', () => {
    const parent = tempDir('twine-write-link-');
    const real = join(parent, 'real');
    writeOutput(real, files('1'));
    put(real, '.npmrc', 'mine');
    symlinkSync(real, join(parent, 'link'));
    writeOutput(join(parent, 'link'), files('2'));
    expect(realpathSync(join(parent, 'link'))).toBe(realpathSync(real));
    expect(readFileSync(join(real, 'src/client.gen.ts'), 'utf8')).toContain("'2'");
    expect(readFileSync(join(real, '.npmrc'), 'utf8')).toBe('mine');
  });
});

describe('writeOutput after a run that was killed part-way', () => {
  it('killed while moving user entries: they come back, nothing is left beside the folder', () => {
    const parent = tempDir('twine-write-killed-');
    const out = join(parent, 'pkg');
    writeOutput(out, files('1'));
    put(out, 'node_modules/dep/index.js', 'dep');
    const staging = join(parent, '.pkg.tmp-1-a');
    for (const f of files('9')) put(staging, f.path, f.text);
    put(staging, '.npmrc', 'mine'); // moved out of pkg/ before the kill
    writeOutput(out, files('2'));
    expect(readFileSync(join(out, '.npmrc'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'node_modules/dep/index.js'), 'utf8')).toBe('dep');
    expect(readFileSync(join(out, 'src/client.gen.ts'), 'utf8')).toContain("'2'");
    expect(leftovers(parent)).toEqual([]);
  });

  it('killed between the two renames: the old folder and its user entries come back first', () => {
    const parent = tempDir('twine-write-killed-');
    const out = join(parent, 'pkg');
    const retired = join(parent, '.pkg.old-1-a');
    for (const f of files('1')) put(retired, f.path, f.text);
    const staging = join(parent, '.pkg.tmp-1-a');
    for (const f of files('9')) put(staging, f.path, f.text);
    put(staging, '.npmrc', 'mine');
    put(staging, 'node_modules/dep/index.js', 'dep');
    writeOutput(out, files('2'));
    expect(readFileSync(join(out, '.npmrc'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'node_modules/dep/index.js'), 'utf8')).toBe('dep');
    expect(readFileSync(join(out, 'src/client.gen.ts'), 'utf8')).toContain("'2'");
    expect(leftovers(parent)).toEqual([]);
  });

  it('killed after the swap: the retired folder is deleted', () => {
    const parent = tempDir('twine-write-killed-');
    const out = join(parent, 'pkg');
    writeOutput(out, files('1'));
    put(join(parent, '.pkg.old-1-a'), 'src/client.gen.ts', 'old');
    writeOutput(out, files('2'));
    expect(leftovers(parent)).toEqual([]);
  });
});

describe('writeOutput refuses folders it could damage, writing nothing', () => {
  const foreign = (): string => {
    const dir = join(tempDir('twine-write-foreign-'), 'project');
    put(dir, 'package.json', '{"name":"mine"}');
    put(dir, 'src/index.ts', 'export const mine = 1;\n');
    return dir;
  };
  const cases: { name: string; out: () => string; why: RegExp; snapshot?: boolean }[] = [
    { name: 'the file system root', out: () => parse(process.cwd()).root, why: /file system root/ },
    { name: 'the home folder', out: () => homedir(), why: /home folder/ },
    { name: 'the working folder', out: () => process.cwd(), why: /current folder or one above it/ },
    { name: 'a folder above the working folder', out: () => dirname(process.cwd()), why: /current folder or one above it/ },
    { name: 'a project that was not generated', out: foreign, why: /no package generated by twine-codegen/, snapshot: true },
  ];
  it.each(cases)('$name', ({ out, why, snapshot }) => {
    const target = out();
    const before = snapshot === true ? treeOf(target) : undefined;
    expect(() => writeOutput(target, files('1'))).toThrowError(OutputError);
    expect(() => writeOutput(target, files('1'))).toThrowError(why);
    if (before !== undefined) expect(treeOf(target)).toEqual(before);
  });

  it('a file', () => {
    const file = join(tempDir('twine-write-file-'), 'f');
    writeFileSync(file, 'x');
    expect(() => writeOutput(file, files('1'))).toThrowError(/refusing to generate into .*: it is a file/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('accepts a folder that holds only dot files (a .npmrc set up first)', () => {
    const out = join(tempDir('twine-write-dot-'), 'pkg');
    put(out, '.npmrc', 'mine');
    writeOutput(out, files('1'));
    expect(readFileSync(join(out, '.npmrc'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'src/index.ts'))).toBe(true);
  });
});

describe('one run per folder', () => {
  it('a lock held by a live process refuses the run; a dead owner’s lock is taken over', () => {
    const parent = tempDir('twine-write-lock-');
    const out = join(parent, 'pkg');
    writeFileSync(join(parent, '.pkg.lock'), String(process.ppid));
    expect(() => writeOutput(out, files('1'))).toThrowError(/another twine-codegen run \(pid \d+\) is writing/);
    expect(existsSync(out)).toBe(false);
    writeFileSync(join(parent, '.pkg.lock'), '2147483646');
    writeOutput(out, files('1'));
    expect(existsSync(join(out, 'src/index.ts'))).toBe(true);
    expect(leftovers(parent)).toEqual([]);
  });
});
