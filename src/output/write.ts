import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { GeneratedFile } from '../emit/index.js';

/**
 * Writes a generated package atomically: everything goes into a sibling temporary folder, which is then
 * swapped in with two renames. A run that fails or is killed before the swap leaves the existing output
 * exactly as it was. Files in the old output that the generator does not own (a user's `.npmrc`, a
 * `node_modules` or `dist` from building the package) are carried over, never deleted.
 */
export function writeOutput(outDir: string, files: readonly GeneratedFile[]): void {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, `.${basename(target)}.tmp-${stamp}`);
  const retired = join(parent, `.${basename(target)}.old-${stamp}`);
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    if (existsSync(target)) carryOverUserFiles(target, staging, new Set(files.map((f) => f.path)));
    if (existsSync(target)) renameSync(target, retired);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(retired) && !existsSync(target)) renameSync(retired, target);
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}

/** A file the generator owns: a generated module, the copied runtime, or a file it writes at the root. */
export function isGeneratorOwned(path: string, generated: ReadonlySet<string>): boolean {
  return generated.has(path) || path.startsWith('src/runtime/') || /^src\/.*\.gen\.ts$/.test(path) || path === 'src/index.ts';
}

function carryOverUserFiles(from: string, to: string, generated: ReadonlySet<string>): void {
  for (const path of listFiles(from)) {
    if (isGeneratorOwned(path, generated)) continue;
    const destination = join(to, path);
    mkdirSync(dirname(destination), { recursive: true });
    renameSync(join(from, path), destination);
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
