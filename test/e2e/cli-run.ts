import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli/main.js');

/** Newest modification time under a folder (files only). */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const path = join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

let checked = false;
/**
 * These tests run the built CLI as users do. `npm test` builds first (`pretest`); tests never build
 * themselves (parallel test files would write dist/ at once), they only refuse a stale build clearly.
 */
export function ensureBuilt(): void {
  if (checked) return;
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'templates')))) {
    throw new Error('dist/ is missing or older than src/: run `npm run build` (npm test does it first)');
  }
  checked = true;
}

export interface CliRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `twine-codegen <args>` in `cwd` and resolves when it exits; a run that outlives `timeoutMs` is
 * killed and resolves with signal SIGKILL (a hang fails the test instead of stalling the suite).
 * Asynchronous, so a test can serve HTTP to the child meanwhile.
 */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): Promise<CliRun> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** A stack frame (`    at fn (file:1:2)`): users must never see one for their own mistakes. */
export const STACK_FRAME = /^\s+at .+[:(]/m;

/** Every file under `dir` with a hash of its bytes: equal trees are byte-for-byte equal. */
export function treeOf(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else tree[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  if (existsSync(dir)) walk(dir);
  return tree;
}
