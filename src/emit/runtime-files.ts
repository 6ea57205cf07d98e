import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project } from 'ts-morph';

/**
 * The runtime shipped in every generated package is the real source in src/runtime, copied verbatim.
 * Both src/emit (tests) and dist/emit (the built CLI) sit two levels below the package root.
 */
export const RUNTIME_DIR = fileURLToPath(new URL('../../src/runtime/', import.meta.url));

export interface RuntimeSource {
  /** Path relative to the runtime folder, `/`-separated, sorted. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
  /** Names exported by the runtime's index.ts, split by whether they exist at run time. */
  readonly valueExports: readonly string[];
  readonly typeExports: readonly string[];
}

let cached: RuntimeSource | undefined;

export function readRuntime(): RuntimeSource {
  if (cached !== undefined) return cached;
  const files = listTs(RUNTIME_DIR)
    .map((abs) => ({ path: relative(RUNTIME_DIR, abs).split('\\').join('/'), text: readFileSync(abs, 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { valueExports, typeExports } = exportsOf(files);
  cached = { files, valueExports, typeExports };
  return cached;
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(abs);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [abs] : [];
  });
}

/** Reads index.ts's export list with the compiler, so the generated root re-exports exactly it. */
function exportsOf(files: RuntimeSource['files']): { valueExports: string[]; typeExports: string[] } {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  for (const f of files) project.createSourceFile(`/runtime/${f.path}`, f.text);
  const index = project.getSourceFile('/runtime/index.ts');
  if (index === undefined) return { valueExports: [], typeExports: [] };
  const valueExports: string[] = [];
  const typeExports: string[] = [];
  for (const [name, declarations] of index.getExportedDeclarations()) {
    const isValue = declarations.some((d) => !['InterfaceDeclaration', 'TypeAliasDeclaration'].includes(d.getKindName()));
    (isValue ? valueExports : typeExports).push(name);
  }
  return { valueExports: valueExports.sort(), typeExports: typeExports.sort() };
}
