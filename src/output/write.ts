import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { GeneratedFile } from '../emit/index.js';
import { describeFsError, OutputError } from './errors.js';
import { checkOutputFolder, outputFolder } from './guard.js';
import { acquireLock } from './lock.js';
import { isGeneratorOwned, ownedUnits, WORK } from './owned.js';

/**
 * Writes a generated package into its folder, replacing only what the generator owns (see owned.ts): the
 * folder itself, its mode and owner, mounts inside it and every user entry stay as they are.
 *
 * The new output is written in full to `.twine-codegen.new` inside the folder; then each owned entry moves
 * to `.twine-codegen.old` and its replacement moves in, entry by entry (renames within one folder). A
 * failure rolls every entry back. The swap is synchronous, so a process with SIGINT/SIGTERM listeners
 * (the CLI installs them) finishes it before handling the signal; a SIGKILL leaves `.twine-codegen.old`,
 * from which the next run restores the old output before anything else (`generate --check` reports it).
 * One run per folder at a time (`.twine-codegen.lock`).
 */
export function writeOutput(outDir: string, files: readonly GeneratedFile[]): void {
  const target = outputFolder(resolve(outDir));
  checkOutputFolder(target);
  attempt(() => mkdirSync(target, { recursive: true }), `cannot create ${target}`);
  const release = attempt(() => acquireLock(join(target, WORK.lock), target), `cannot lock ${target}`);
  try {
    attempt(() => recoverInterruptedRun(target), `cannot restore ${target} after an interrupted run`);
    swapIn(target, files);
  } finally {
    release();
  }
}

function swapIn(target: string, files: readonly GeneratedFile[]): void {
  const next = join(target, WORK.next);
  const old = join(target, WORK.old);
  const generated = new Set(files.map((f) => f.path));
  const moved: string[] = [];
  const placed: string[] = [];
  try {
    for (const file of files) {
      const path = join(next, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    mkdirSync(join(old, 'src'), { recursive: true });
    for (const unit of ownedUnits(target, generated)) {
      if (exists(join(target, unit))) {
        renameSync(join(target, unit), join(old, unit));
        moved.push(unit);
      } else {
        // Nothing to save, but a rollback must remove what is placed here: a marker says so.
        writeFileSync(join(old, `${unit}${ABSENT}`), '');
      }
      if (exists(join(next, unit))) {
        mkdirSync(dirname(join(target, unit)), { recursive: true });
        renameSync(join(next, unit), join(target, unit));
        placed.push(unit);
      }
    }
    renameSync(old, join(target, WORK.done));
  } catch (error) {
    const restored = rollBack(target, moved, placed);
    throw new OutputError(
      `cannot write ${target}: ${describeFsError(error)}; ${restored ? 'it is left as it was' : `the replaced files are in ${old}, and the next run restores them`}`,
    );
  }
  removeQuietly(join(target, WORK.done));
  removeQuietly(next);
}

/** Undoes a swap that failed part-way: new entries out, old entries back, work folders gone. */
function rollBack(target: string, moved: readonly string[], placed: readonly string[]): boolean {
  try {
    for (const unit of placed) rmSync(join(target, unit), { recursive: true, force: true });
    for (const unit of moved) renameSync(join(target, WORK.old, unit), join(target, unit));
  } catch {
    return false;
  }
  removeQuietly(join(target, WORK.old));
  removeQuietly(join(target, WORK.next));
  return true;
}

/**
 * A run killed part-way leaves its work folders inside the output. With `.twine-codegen.old` present the
 * swap had not committed: every entry saved there goes back in place of whatever replaced it. Then the work
 * folders are removed (a committed run's `.done`, a half-written `.new`).
 */
export function recoverInterruptedRun(target: string): void {
  const old = join(target, WORK.old);
  if (exists(old)) {
    for (const saved of savedEntries(old)) {
      const unit = saved.endsWith(ABSENT) ? saved.slice(0, -ABSENT.length) : saved;
      rmSync(join(target, unit), { recursive: true, force: true });
      if (unit !== saved) continue;
      mkdirSync(dirname(join(target, unit)), { recursive: true });
      renameSync(join(old, saved), join(target, unit));
    }
    removeQuietly(old);
  }
  removeQuietly(join(target, WORK.done));
  removeQuietly(join(target, WORK.next));
}

/** Marks, in `.old`, an owned entry that did not exist before the swap: rolling back removes it. */
const ABSENT = '.twine-absent';

/** What a rollback restores: the owned units saved in `.old` (root files, `src/` files, `src/runtime`). */
function savedEntries(old: string): string[] {
  const units: string[] = [];
  for (const entry of readdirSync(old, { withFileTypes: true })) {
    if (entry.name !== 'src') units.push(entry.name);
  }
  if (exists(join(old, 'src'))) for (const entry of readdirSync(join(old, 'src'))) units.push(`src/${entry}`);
  return units;
}

/** Work folders are deleted on a best-effort basis: one that cannot be deleted now is deleted by the next run. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // left for the next run's recovery
  }
}

/** Exists as anything, a dangling symlink included (`existsSync` follows links). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
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
  /** A killed run's saved files are still in the folder; the next `generate` restores them first. */
  readonly interrupted?: true;
}

/**
 * What `generate --check` reports: the output folder against what would be generated now. It reads only
 * the owned entries (never `node_modules`), refuses the folders `generate` refuses, and writes nothing.
 */
export function compareOutput(outDir: string, files: readonly GeneratedFile[]): StaleReport {
  const target = outputFolder(resolve(outDir));
  checkOutputFolder(target);
  return attempt(() => {
    const generated = new Set(files.map((f) => f.path));
    const changed = files
      .filter((f) => {
        const path = join(target, f.path);
        return !existsSync(path) || !statSync(path).isFile() || readFileSync(path, 'utf8') !== f.text;
      })
      .map((f) => f.path);
    const onDisk = existsSync(target)
      ? ownedUnits(target, generated).flatMap((unit) => {
          const path = join(target, unit);
          if (!existsSync(path)) return [];
          return statSync(path).isDirectory() ? listFiles(target, path) : [unit];
        })
      : [];
    const extra = onDisk.filter((p) => !generated.has(p) && isGeneratorOwned(p, generated));
    return { changed, extra, ...(exists(join(target, WORK.old)) ? { interrupted: true as const } : {}) };
  }, `cannot read ${target}`);
}
