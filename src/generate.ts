import type { FormattingOptions } from './config.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { type GeneratedFile, renderClient } from './emit/index.js';
import type { PackageOptions } from './emit/package-files.js';
import { compareOutput, type StaleReport, writeOutput } from './output/write.js';
import type { RefRoot } from './load/refs/ref-roots.js';
import { startCompile } from './pipeline.js';

export interface GenerateOptions {
  readonly spec: string;
  readonly out: string;
  readonly lenient?: boolean;
  /** Folders and URL prefixes `$ref`s may read besides the spec's folder. */
  readonly allowRefsFrom?: readonly RefRoot[];
  /** Write nothing; report whether the output folder is up to date. */
  readonly check?: boolean;
  readonly package?: Partial<PackageOptions>;
  /** Prettier options for the generated TypeScript, or `false` for none (the config's `formatting`). */
  readonly formatting?: FormattingOptions | false;
  /** Which diagnostics get a file:line:col (locating costs a second parse): all, or only errors (`--quiet`). */
  readonly locate?: 'all' | 'errors';
}

export interface GenerateResult {
  readonly diagnostics: readonly Diagnostic[];
  /** True when the spec had errors: nothing was written. */
  readonly failed: boolean;
  readonly files: readonly GeneratedFile[];
  readonly operations: number;
  readonly types: number;
  /** With `check`: what differs (empty lists when up to date). */
  readonly stale?: StaleReport;
}

/** spec -> package folder. Writes only when the spec has no errors, and then atomically. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const compiled = await startCompile(options.spec, { lenient: options.lenient === true, allowRefsFrom: options.allowRefsFrom ?? [] });
  const which = options.locate === 'errors' ? (d: Diagnostic) => d.severity === 'error' : undefined;
  if (compiled.failed || compiled.model === undefined) {
    return { diagnostics: await compiled.located(which), failed: true, files: [], operations: 0, types: 0 };
  }
  const files = await renderClient(compiled.model, {
    ...(options.package ? { package: options.package } : {}),
    ...(options.formatting === undefined ? {} : { formatting: options.formatting }),
  });
  const summary = {
    diagnostics: await compiled.located(which),
    failed: false,
    files,
    operations: compiled.model.operations.length,
    types: compiled.model.types.length,
  };
  if (options.check === true) return { ...summary, stale: compareOutput(options.out, files) };
  writeOutput(options.out, files);
  return summary;
}
