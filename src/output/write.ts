import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { GeneratedFile } from '../emit/index.js';
import { describeFsError, OutputError } from './errors.js';
import { checkOutputFolder, outputFolder } from './guard.js';
import { acquireLock } from './lock.js';
import { isGeneratorOwned, userEntries } from './owned.js';

export { isGeneratorOwned } from './owned.js';

/**
 * Writes a generated package atomically. Everything goes into a sibling temporary folder; the user's
 * entries in the old output (a `.npmrc`, `node_modules`, `dist`, `.git`: whatever the generator does not
 * own) are moved into it, and it is swapped in with two renames. A run that fails puts every entry back and
 * leaves the old output exactly as it was; a run that is killed leaves its temporary folders, which the
 * next run uses to restore the old output before it starts (see recoverInterruptedRun). One run per
 * folder at a time (a lock file beside it).
 */
export function writeOutput(outDir: string, files: readonly GeneratedFile[]): void {
  const target = outputFolder(resolve(outDir));
  checkOutputFolder(target);
  const parent = dirname(target);
  const name = basename(target);
  attempt(() => mkdirSync(parent, { recursive: true }), `cannot create ${parent}`);
  const release = attempt(() => acquireLock(join(parent, `.${name}.lock`), target), `cannot lock ${target}`);
  try {
    const generated = new Set(files.map((f) => f.path));
    attempt(() => recoverInterruptedRun(parent, name, target, generated), `cannot restore ${target} after an interrupted run`);
    swapIn(target, files, generated);
  } finally {
    release();
  }
}

function swapIn(target: string, files: readonly GeneratedFile[], generated: ReadonlySet<string>): void {
  const parent = dirname(target);
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, `.${basename(target)}.tmp-${stamp}`);
  const retired = join(parent, `.${basename(target)}.old-${stamp}`);
  const moved: string[] = [];
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    if (existsSync(target)) {
      for (const path of userEntries(target, generated)) {
        mkdirSync(dirname(join(staging, path)), { recursive: true });
        renameSync(join(target, path), join(staging, path));
        moved.push(path);
      }
      renameSync(target, retired);
    }
    renameSync(staging, target);
  } catch (error) {
    const restored = restore(target, retired, staging, moved);
    if (restored) rmSync(staging, { recursive: true, force: true });
    const state = restored ? `${target} is left as it was` : `some of your files are still in ${staging}`;
    throw new OutputError(`cannot write ${target}: ${describeFsError(error)}; ${state}`);
  }
  // The old generated files only; if this fails the next run deletes them.
  rmSync(retired, { recursive: true, force: true, maxRetries: 2 });
}

/** Undoes a swap that failed part-way: the old folder back in place, then the user's entries into it. */
function restore(target: string, retired: string, staging: string, moved: readonly string[]): boolean {
  try {
    if (!existsSync(target) && existsSync(retired)) renameSync(retired, target);
    for (const path of [...moved].reverse()) renameSync(join(staging, path), join(target, path));
    return true;
  } catch {
    return false;
  }
}

/**
 * A run killed part-way leaves `.<name>.tmp-*` (the new output, maybe holding user entries) and
 * `.<name>.old-*` (the old output without them) beside the folder. Killed between the two renames, the
 * folder itself is missing: the old one comes back. Then user entries return from the temporary folders
 * to the output, and the leftovers are deleted.
 */
export function recoverInterruptedRun(parent: string, name: string, target: string, generated: ReadonlySet<string>): void {
  const leftovers = readdirSync(parent).sort();
  const olds = leftovers.filter((entry) => entry.startsWith(`.${name}.old-`));
  const temps = leftovers.filter((entry) => entry.startsWith(`.${name}.tmp-`));
  const newest = olds.at(-1);
  if (!existsSync(target) && newest !== undefined) renameSync(join(parent, newest), target);
  for (const old of olds) rmSync(join(parent, old), { recursive: true, force: true });
  // Without an output folder there is nowhere to put the user's entries back: such leftovers stay.
  if (!existsSync(target)) return;
  for (const temp of temps) {
    const dir = join(parent, temp);
    for (const path of userEntries(dir, generated)) {
      if (existsSync(join(target, path))) continue;
      mkdirSync(dirname(join(target, path)), { recursive: true });
      renameSync(join(dir, path), join(target, path));
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

function attempt<T>(step: () => T, what: string): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw new OutputError(`${what}: ${describeFsError(error)}`);
  }
}

export function listFiles(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(root, abs);
    return [relative(root, abs).split('\\').join('/')];
  });
}

export interface StaleReport {
  /** Files whose content differs or that are missing on disk. */
  readonly changed: string[];
  /** Generator-owned files on disk that would no longer be generated. */
  readonly extra: string[];
}

/** What `generate --check` reports: the output folder against what would be generated now. */
export function compareOutput(outDir: string, files: readonly GeneratedFile[]): StaleReport {
  const generated = new Set(files.map((f) => f.path));
  const changed = files
    .filter((f) => {
      const path = join(outDir, f.path);
      return !existsSync(path) || !statSync(path).isFile() || readFileSync(path, 'utf8') !== f.text;
    })
    .map((f) => f.path);
  const extra = listFiles(outDir).filter(
    (p) => !generated.has(p) && isGeneratorOwned(p, generated) && !p.startsWith('node_modules/') && !p.startsWith('dist/'),
  );
  return { changed, extra };
}
