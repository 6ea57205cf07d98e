import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_HEADER } from '../../../src/emit/ts/project.js';
import { OutputError } from '../../../src/output/errors.js';
import { acquireLock, startTime } from '../../../src/output/lock.js';
import { WORK } from '../../../src/output/owned.js';
import { compareOutput, recoverInterruptedRun, writeOutput } from '../../../src/output/write.js';
import { treeOf } from '../../e2e/cli-run.js';
import { tempDir } from '../../support/temp.js';

const files = (version: string, extra: string[] = []) => [
  { path: 'package.json', text: `{"version":"${version}"}\n` },
  { path: 'src/index.ts', text: `${GENERATED_HEADER}\nexport * from './client.gen.js';\n` },
  { path: 'src/client.gen.ts', text: `export const v = '${version}';\n` },
  { path: 'src/runtime/index.ts', text: `export const runtime = '${version}';\n` },
  ...extra.map((path) => ({ path, text: `// ${version}\n` })),
];

function put(root: string, path: string, text = 'x'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** The writer's work entries, inside the folder or beside it. */
function leftovers(out: string): string[] {
  const inside = existsSync(out) ? readdirSync(out).filter((name) => name.startsWith('.twine-codegen')) : [];
  const beside = readdirSync(dirname(out)).filter((name) => name !== 'pkg' && name.startsWith('.'));
  return [...inside, ...beside];
}

/** A generated folder (version 1) with the user's entries a real one has. */
function userProject(): string {
  const out = join(tempDir('twine-write-'), 'pkg');
  writeOutput(out, files('1', ['src/old.gen.ts']));
  put(out, '.npmrc', 'registry=http://127.0.0.1/\n');
  put(out, 'node_modules/dep/index.js', 'dep');
  mkdirSync(join(out, '.git/refs/heads'), { recursive: true });
  mkdirSync(join(out, 'cache'), { recursive: true });
  put(out, 'src/extra.ts', 'export const mine = 1;\n');
  return out;
}

describe('writeOutput replaces only what the generator owns', () => {
  it('keeps user files and empty folders, the folder itself (inode, mode) and drops stale generated files', () => {
    const out = userProject();
    const before = statSync(out);
    writeOutput(out, files('2'));
    expect(readFileSync(join(out, 'src/client.gen.ts'), 'utf8')).toContain("'2'");
    expect(readFileSync(join(out, 'src/runtime/index.ts'), 'utf8')).toContain("'2'");
    expect(readFileSync(join(out, '.npmrc'), 'utf8')).toBe('registry=http://127.0.0.1/\n');
    expect(existsSync(join(out, 'node_modules/dep/index.js'))).toBe(true);
    expect(existsSync(join(out, '.git/refs/heads'))).toBe(true);
    expect(existsSync(join(out, 'cache'))).toBe(true);
    expect(readFileSync(join(out, 'src/extra.ts'), 'utf8')).toBe('export const mine = 1;\n');
    expect(existsSync(join(out, 'src/old.gen.ts'))).toBe(false);
    const after = statSync(out);
    expect({ ino: after.ino, mode: after.mode }).toEqual({ ino: before.ino, mode: before.mode });
    expect(leftovers(out)).toEqual([]);
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

describe('a run killed part-way is undone by the next one', () => {
  it('killed mid-swap: the saved entries come back, entries that were new go, byte for byte', () => {
    const out = userProject();
    const before = treeOf(out);
    // The state a SIGKILL leaves after three of the swap's steps: package.json saved and replaced,
    // src/new.gen.ts placed where there was none, the new output half-written.
    const old = join(out, WORK.old);
    mkdirSync(join(old, 'src'), { recursive: true });
    renameSync(join(out, 'package.json'), join(old, 'package.json'));
    put(out, 'package.json', '{"version":"2"}\n');
    writeFileSync(join(old, 'src', 'new.gen.ts.twine-absent'), '');
    put(out, 'src/new.gen.ts', '// 2\n');
    put(join(out, WORK.next), 'src/client.gen.ts', 'half');
    expect(compareOutput(out, files('1', ['src/old.gen.ts'])).interrupted).toBe(true);
    recoverInterruptedRun(out);
    expect(treeOf(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  });

  it('killed right after saving src/index.ts: the folder is still recognised as generated, and restored', () => {
    const out = userProject();
    mkdirSync(join(out, WORK.old, 'src'), { recursive: true });
    renameSync(join(out, 'src/index.ts'), join(out, WORK.old, 'src/index.ts'));
    writeOutput(out, files('2'));
    expect(readFileSync(join(out, 'src/index.ts'), 'utf8')).toContain(GENERATED_HEADER);
    expect(readFileSync(join(out, '.npmrc'), 'utf8')).toBe('registry=http://127.0.0.1/\n');
    expect(leftovers(out)).toEqual([]);
  });

  it('killed after the commit: only the work folders go, the new output stays', () => {
    const out = userProject();
    writeOutput(out, files('2'));
    const committed = treeOf(out);
    put(join(out, WORK.done), 'package.json', '{"version":"1"}\n');
    put(join(out, WORK.next), 'README.md', 'half');
    writeOutput(out, files('2'));
    expect(treeOf(out)).toEqual(committed);
    expect(leftovers(out)).toEqual([]);
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
    {
      name: 'a symlink that leads nowhere',
      out: () => { const link = join(tempDir('twine-write-dangling-'), 'out'); symlinkSync('/nonexistent/twine', link); return link; },
      why: /is a symlink that leads nowhere/,
    },
  ];
  it.each(cases)('$name', ({ out, why, snapshot }) => {
    const target = out();
    const before = snapshot === true ? treeOf(target) : undefined;
    expect(() => writeOutput(target, files('1'))).toThrowError(OutputError);
    expect(() => writeOutput(target, files('1'))).toThrowError(why);
    expect(() => compareOutput(target, files('1'))).toThrowError(why);
    if (before !== undefined) expect(treeOf(target)).toEqual(before);
  });

  it('a file', () => {
    const file = join(tempDir('twine-write-file-'), 'f');
    writeFileSync(file, 'x');
    expect(() => writeOutput(file, files('1'))).toThrowError(/refusing to generate into .*: it is a file/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('accepts a generated package whose src/ was deleted by hand: its tsconfig.json is generated too', () => {
    const out = join(tempDir('twine-write-nosrc-'), 'pkg');
    writeOutput(out, files('1', ['tsconfig.json']).map((f) => (f.path === 'tsconfig.json' ? { ...f, text: `${GENERATED_HEADER}\n{}\n` } : f)));
    put(out, '.npmrc', 'mine');
    rmSync(join(out, 'src'), { recursive: true });
    writeOutput(out, files('2'));
    expect(readFileSync(join(out, 'src/client.gen.ts'), 'utf8')).toContain("'2'");
    expect(readFileSync(join(out, '.npmrc'), 'utf8')).toBe('mine');
  });

  it('still refuses a project whose tsconfig.json merely mentions twine-codegen', () => {
    const out = join(tempDir('twine-write-mention-'), 'project');
    put(out, 'tsconfig.json', `{\n${GENERATED_HEADER}\n}\n`);
    expect(() => writeOutput(out, files('1'))).toThrowError(/no package generated by twine-codegen/);
  });

  it('accepts a folder that holds only dot files (a .npmrc set up first)', () => {
    const out = join(tempDir('twine-write-dot-'), 'pkg');
    put(out, '.npmrc', 'mine');
    writeOutput(out, files('1'));
    expect(readFileSync(join(out, '.npmrc'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'src/index.ts'))).toBe(true);
  });
});

describe('the lock: one run per folder', () => {
  const owner = (pid: number, host = hostname()) => JSON.stringify({ pid, host, ns: nsOf() });
  const nsOf = (): string => { try { return readlinkSync('/proc/self/ns/pid'); } catch { return ''; } };
  const lockIn = (): { out: string; lock: string } => {
    const out = join(tempDir('twine-lock-'), 'pkg');
    mkdirSync(out);
    return { out, lock: join(out, WORK.lock) };
  };
  const ago = (path: string, ms: number) => { const t = (Date.now() - ms) / 1000; utimesSync(path, t, t); };

  it('a live owner on this host refuses the run, naming it', () => {
    const { out, lock } = lockIn();
    writeFileSync(lock, owner(process.ppid));
    expect(() => writeOutput(out, files('1'))).toThrowError(/another twine-codegen run \(pid \d+ on .*\) is writing/);
    expect(existsSync(join(out, 'src'))).toBe(false);
  });

  // Without /proc, start times cannot be compared and the pid alone decides (the test above).
  it.skipIf(startTime(process.ppid) === '')("a live process with the owner's pid but another start time is not the owner: its pid was reused", () => {
    const { out, lock } = lockIn();
    const start = startTime(process.ppid);
    writeFileSync(lock, JSON.stringify({ ...JSON.parse(owner(process.ppid)), start }));
    expect(() => writeOutput(out, files('1'))).toThrowError(/another twine-codegen run \(pid \d+/);
    writeFileSync(lock, JSON.stringify({ ...JSON.parse(owner(process.ppid)), start: String(Number(start) - 1) }));
    writeOutput(out, files('1'));
    expect(existsSync(join(out, 'src/index.ts'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it("a dead owner's lock on this host is taken over, and released after the run", () => {
    const { out, lock } = lockIn();
    writeFileSync(lock, owner(2147483646));
    writeOutput(out, files('1'));
    expect(existsSync(join(out, 'src/index.ts'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('an owner on another host (or pid namespace) counts until the lock is 10 minutes old', () => {
    const { out, lock } = lockIn();
    writeFileSync(lock, owner(1, 'other-host'));
    ago(lock, 9 * 60_000);
    expect(() => writeOutput(out, files('1'))).toThrowError(/another twine-codegen run \(pid 1 on other-host\)/);
    ago(lock, 11 * 60_000);
    writeOutput(out, files('1'));
    expect(existsSync(join(out, 'src/index.ts'))).toBe(true);
  });

  it('a lock whose owner cannot be read (emptied, edited) counts until it is 10 minutes old', () => {
    const { out, lock } = lockIn();
    writeFileSync(lock, '');
    ago(lock, 9 * 60_000);
    expect(() => writeOutput(out, files('1'))).toThrowError(/another twine-codegen run \(owner unreadable\)/);
    ago(lock, 11 * 60_000);
    writeOutput(out, files('1'));
    expect(existsSync(join(out, 'src/index.ts'))).toBe(true);
  });

  it("a killed run's unlinked draft does not block, and the next holder removes it", () => {
    const { out, lock } = lockIn();
    writeFileSync(`${lock}-2147483646`, owner(2147483646));
    writeOutput(out, files('1'));
    expect(readdirSync(out).filter((name) => name.startsWith('.twine-codegen'))).toEqual([]);
  });

  it('release removes only its own lock', () => {
    const { out, lock } = lockIn();
    const release = acquireLock(lock, out);
    writeFileSync(lock, owner(process.ppid)); // another run took it over meanwhile
    release();
    expect(readFileSync(lock, 'utf8')).toBe(owner(process.ppid));
  });
});
