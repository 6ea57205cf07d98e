import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the generator owns in an output folder: the files it writes at the root (`package.json`,
 * `README.md`, the tsconfigs), `src/index.ts`, `src/*.gen.ts` and the whole copied `src/runtime/`. Anything
 * else (a `.npmrc`, `node_modules`, `dist`, `.git`, a user's `src/extra.ts`) belongs to the user and is
 * never moved, rewritten or deleted.
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

/**
 * The owned entries a swap replaces, as units: each owned file, and `src/runtime` as one folder. Those of
 * the new output (`generated`) and those present in `folder` (a `*.gen.ts` that is no longer generated goes
 * too). Sorted, so a swap and its rollback walk them in one order.
 */
export function ownedUnits(folder: string, generated: ReadonlySet<string>): string[] {
  const units = new Set<string>();
  for (const path of generated) units.add(path.startsWith('src/runtime/') ? 'src/runtime' : path);
  const src = join(folder, 'src');
  if (existsSync(src)) {
    for (const entry of readdirSync(src, { withFileTypes: true })) {
      const path = `src/${entry.name}`;
      if (path === 'src/runtime' || (entry.isFile() && isGeneratorOwned(path, generated))) units.add(path);
    }
  }
  return [...units].sort();
}

/** The writer's own entries inside the output folder, all removed when a run ends. */
export const WORK = {
  lock: '.twine-codegen.lock',
  /** The new output, written in full before anything in the folder changes. */
  next: '.twine-codegen.new',
  /** The owned entries being replaced: while it exists, a run can be rolled back to them. */
  old: '.twine-codegen.old',
  /** `old` renamed once every new entry is in place: the run is committed, only cleanup remains. */
  done: '.twine-codegen.done',
} as const;
