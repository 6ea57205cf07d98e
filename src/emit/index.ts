import type { FormattingOptions } from '../config.js';
import type { ApiModel } from '../ir/types.js';
import { formatTypeScript } from './format.js';
import { formatMarkdownCode } from './markdown-code.js';
import { defaultPackageOptions, type PackageOptions, packageJsonText, tsconfigTexts } from './package-files.js';
import { readmeText } from './readme.js';
import { planNames } from './plan.js';
import { readRuntime } from './runtime-files.js';
import { clientFileStatements } from './ts/client-file.js';
import { indexFileText } from './ts/index-file.js';
import { operationsFileStatements } from './ts/operations-file.js';
import { resourceModelStatements } from './ts/resource-models.js';
import { createPrinter, GENERATED_HEADER } from './ts/project.js';
import { typesFileStatements } from './ts/types-file.js';

export interface GeneratedFile {
  /** Relative to the output folder, `/`-separated. */
  readonly path: string;
  readonly text: string;
}

export interface RenderOptions {
  readonly package?: Partial<PackageOptions>;
  /** The user's `formatting` config for the generated modules (the runtime copy keeps its own layout). */
  readonly formatting?: FormattingOptions | false;
}

/** IR -> every file of the generated package, formatted, sorted by path. Pure: writes nothing. */
export async function renderClient(model: ApiModel, options: RenderOptions = {}): Promise<GeneratedFile[]> {
  const runtime = readRuntime();
  const plan = planNames(model, [...runtime.valueExports, ...runtime.typeExports]);
  const pkg = { ...defaultPackageOptions(model), ...options.package };
  const print = createPrinter();
  const files: GeneratedFile[] = [
    { path: 'src/types.gen.ts', text: print('types.gen.ts', typesFileStatements(model, plan)) },
    ...(model.resources.length === 0
      ? []
      : [{ path: 'src/resources.gen.ts', text: print('resources.gen.ts', resourceModelStatements(model, plan)) }]),
    { path: 'src/operations.gen.ts', text: print('operations.gen.ts', operationsFileStatements(model, plan)) },
    { path: 'src/client.gen.ts', text: print('client.gen.ts', clientFileStatements(model, plan)) },
    { path: 'src/index.ts', text: indexFileText(GENERATED_HEADER, runtime.valueExports, runtime.typeExports, model.resources.length > 0) },
    { path: 'package.json', text: packageJsonText(model, pkg) },
    { path: 'README.md', text: readmeText(model, plan, pkg) },
    ...tsconfigTexts(),
  ];
  // Only TypeScript needs Prettier here; the other files are rendered in Prettier's form (see format.ts).
  const formatted = await Promise.all(
    files.map(async (f) =>
      f.path.endsWith('.ts')
        ? { path: f.path, text: await formatTypeScript(f.text, options.formatting) }
        : f.path.endsWith('.md')
          ? { path: f.path, text: await formatMarkdownCode(f.text) }
          : f,
    ),
  );
  // The runtime is copied verbatim: it is already formatted source, and byte-identical copies are the point.
  const runtimeFiles = runtime.files.map((f) => ({ path: `src/runtime/${f.path}`, text: f.text }));
  return [...formatted, ...runtimeFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
