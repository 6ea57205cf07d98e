import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the generator owns in an output folder: the files it writes at the root (`package.json`,
 * `README.md`, the tsconfigs), `src/index.ts`, `src/*.gen.ts` and the whole copied `src/runtime/`. Anything
 * else (a `.npmrc`, `node_modules`, `dist`, `.git`, a user's `src/extra.ts`) belongs to the user and is kept.
 */
export function isGeneratorOwned(path: string, generated: ReadonlySet<string>): boolean {
  return (
    generated.has(path) ||
    path === 'src/runtime' ||
    path.startsWith('src/runtime/') ||
    /^src\/[^/]*\.gen\.ts$/.test(path) ||
    path === 'src/index.ts'
  );
}

/** Folders that hold both owned and user entries; every other folder is one unit, owned or not. */
const MIXED = new Set(['', 'src']);

/**
 * The user's entries in a folder, as the largest units that hold no owned file: a whole `node_modules` or
 * `.git` is one entry (moved with one rename, empty folders and all), inside `src` each user file is one.
 */
export function userEntries(root: string, generated: ReadonlySet<string>): string[] {
  const entries: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory() && MIXED.has(path)) walk(path);
      else if (!isGeneratorOwned(path, generated)) entries.push(path);
    }
  };
  walk('');
  return entries;
}
