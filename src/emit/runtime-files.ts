import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The runtime shipped in every generated package is the real source in src/runtime, copied verbatim.
 * Both src/emit (tests) and dist/emit (the built CLI) sit two levels below the package root.
 */
export const RUNTIME_DIR = fileURLToPath(new URL('../../src/runtime/', import.meta.url));

/**
 * Written by `npm run build` next to the built module: the export lists of the runtime it was built with,
 * keyed by a hash of the runtime's files. Reading the lists with the compiler costs ~150 ms a run.
 */
export const EXPORTS_MANIFEST = fileURLToPath(new URL('./runtime-exports.json', import.meta.url));

export interface RuntimeSource {
  /** Path relative to the runtime folder, `/`-separated, sorted. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
  /** Names exported by the runtime's index.ts, split by whether they exist at run time. */
  readonly valueExports: readonly string[];
  readonly typeExports: readonly string[];
}

export interface RuntimeExports {
  readonly hash: string;
  readonly valueExports: readonly string[];
  readonly typeExports: readonly string[];
}

let cached: RuntimeSource | undefined;

export function readRuntime(): RuntimeSource {
  if (cached !== undefined) return cached;
  const files = readRuntimeFiles();
  const { valueExports, typeExports } = manifestFor(files) ?? exportsOf(files);
  cached = { files, valueExports, typeExports };
  return cached;
}

export function readRuntimeFiles(): RuntimeSource['files'] {
  return listTs(RUNTIME_DIR)
    .map((abs) => ({ path: relative(RUNTIME_DIR, abs).split('\\').join('/'), text: readFileSync(abs, 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Identifies the runtime's contents: any edit to a file, or a file added or removed, changes it. */
export function runtimeHash(files: RuntimeSource['files']): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.path}\0${f.text}\0`);
  return hash.digest('hex');
}

/** The build's export lists when they were computed from exactly these files; otherwise undefined. */
function manifestFor(files: RuntimeSource['files']): RuntimeExports | undefined {
  let manifest: RuntimeExports;
  try {
    manifest = JSON.parse(readFileSync(EXPORTS_MANIFEST, 'utf8')) as RuntimeExports;
  } catch {
    return undefined; // not built (tests run the sources), or unreadable: compute instead
  }
  return manifest.hash === runtimeHash(files) ? manifest : undefined;
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(abs);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [abs] : [];
  });
}

/**
 * Reads index.ts's export list with the compiler, so the generated root re-exports exactly it. ts-morph is
 * required on demand: with the build's manifest, commands that only read the runtime never load it.
 */
export function exportsOf(files: RuntimeSource['files']): RuntimeExports {
  const { Project } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  for (const f of files) project.createSourceFile(`/runtime/${f.path}`, f.text);
  const hash = runtimeHash(files);
  const index = project.getSourceFile('/runtime/index.ts');
  if (index === undefined) return { hash, valueExports: [], typeExports: [] };
  const valueExports: string[] = [];
  const typeExports: string[] = [];
  for (const [name, declarations] of index.getExportedDeclarations()) {
    const isValue = declarations.some((d) => !['InterfaceDeclaration', 'TypeAliasDeclaration'].includes(d.getKindName()));
    (isValue ? valueExports : typeExports).push(name);
  }
  return { hash, valueExports: valueExports.sort(), typeExports: typeExports.sort() };
}
