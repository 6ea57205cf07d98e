import { isAbsolute, resolve } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diffModels } from '../../diff/engine.js';
import { formatJson } from '../../diff/format/json.js';
import { formatMarkdown } from '../../diff/format/markdown.js';
import { summarize } from '../../diff/format/summary.js';
import { formatText, shouldColor } from '../../diff/format/text.js';
import { GitSpecError, specAtRef } from '../../diff/git-ref.js';
import { describeSurface } from '../../emit/surface.js';
import type { ApiModel } from '../../ir/types.js';
import { startCompile } from '../../pipeline.js';
import { ConfigError } from '../config-module.js';
import type { RefRoot } from '../../load/refs/ref-roots.js';
import { allowRefsOption, refRootsFromFlag } from '../allow-refs.js';
import { EXIT, printDiagnostics } from '../output.js';

const FORMATS = ['text', 'markdown', 'json'] as const;
const FAIL_ON = ['breaking', 'warning', 'never'] as const;
const DEFAULT_SPEC = 'spec/twine.yaml';

export interface DiffArgs {
  specs?: string[];
  base?: string;
  format?: (typeof FORMATS)[number];
  failOn?: (typeof FAIL_ON)[number];
  lenient?: boolean;
  allowRefsFrom?: string | string[];
}

export interface DiffIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff [specs..]',
  describe: 'Report spec changes that break callers of the generated client: diff <base> <head>, or diff --base <git-ref> [spec]',
  builder: (yargs: Argv) =>
    yargs
      .positional('specs', { type: 'string', array: true, describe: 'Base and head spec files; with --base, the one spec (default spec/twine.yaml)' })
      .option('base', { type: 'string', describe: 'Compare the spec as committed at this git ref with the working tree' })
      .option('format', { choices: FORMATS, default: 'text' as const, describe: 'Report format' })
      .option('fail-on', { choices: FAIL_ON, default: 'breaking' as const, describe: 'Exit 1 when changes of this severity (or worse) are found' })
      .option('lenient', { type: 'boolean', describe: 'Recoverable spec defects are warnings (for both specs)' })
      .option('allow-refs-from', allowRefsOption)
      .example('$0 diff old.yaml spec/twine.yaml --format markdown', '')
      .example('$0 diff --base origin/main', '') as Argv<DiffArgs>,
  handler: async (args: ArgumentsCamelCase<DiffArgs>) => {
    process.exitCode = await runDiff(args, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
  },
};

/** The command without yargs: resolves the two specs, diffs them, prints the report, returns the exit code. */
export async function runDiff(args: DiffArgs, io: DiffIo): Promise<number> {
  const specs = args.specs ?? [];
  if (args.base === undefined ? specs.length !== 2 : specs.length > 1) {
    io.stderr.write('twine-codegen: diff takes <base> <head>, or --base <git-ref> [spec]\n');
    return EXIT.usage;
  }
  const lenient = args.lenient === true;
  let roots: readonly RefRoot[];
  try {
    roots = refRootsFromFlag(args.allowRefsFrom, io.cwd) ?? [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`twine-codegen: ${error.message}\n`);
    return EXIT.usage;
  }
  let models: [ApiModel, ApiModel] | undefined;
  if (args.base === undefined) {
    models = await loadBoth([inCwd(specs[0] ?? '', io), roots], [inCwd(specs[1] ?? '', io), roots], lenient, io);
  } else {
    const spec = specs[0] ?? DEFAULT_SPEC;
    let atRef;
    try {
      atRef = await specAtRef(args.base, spec, io.cwd, roots);
    } catch (error) {
      if (!(error instanceof GitSpecError)) throw error;
      io.stderr.write(`twine-codegen: ${error.message}\n`);
      return EXIT.specError;
    }
    try {
      models = await loadBoth([atRef.file, atRef.roots], [inCwd(spec, io), roots], lenient, io, { file: atRef.file, label: atRef.label });
    } finally {
      await atRef.dispose();
    }
  }
  if (models === undefined) {
    // A workflow posts the markdown as a pull-request comment: say why there is no diff instead of nothing.
    if (args.format === 'markdown') io.stdout.write(SPEC_DOES_NOT_LOAD);
    return EXIT.specError;
  }

  const changes = diffModels(models[0], models[1], { describeSurface });
  const format = args.format ?? 'text';
  io.stdout.write(
    format === 'json' ? formatJson(changes) : format === 'markdown' ? formatMarkdown(changes) : formatText(changes, { color: shouldColor(io.stdout, io.env) }),
  );
  const summary = summarize(changes);
  const failOn = args.failOn ?? 'breaking';
  const failed = failOn === 'breaking' ? summary.breaking > 0 : failOn === 'warning' ? summary.breaking + summary.warning > 0 : false;
  return failed ? EXIT.specError : EXIT.ok;
}

const SPEC_DOES_NOT_LOAD =
  '**Spec diff:** not made, because a spec does not load. The job log lists each error with its file:line:col.\n';

/** Both models, or undefined after printing the diagnostics of whichever spec failed to load. */
async function loadBoth(
  [base, baseRoots]: readonly [string, readonly RefRoot[]],
  [head, headRoots]: readonly [string, readonly RefRoot[]],
  lenient: boolean,
  io: DiffIo,
  rename?: { file: string; label: string },
): Promise<[ApiModel, ApiModel] | undefined> {
  // Diagnostics are printed only for a spec that fails to load, so only then are their positions needed.
  const results = await Promise.all([
    startCompile(base, { lenient, allowRefsFrom: baseRoots }),
    startCompile(head, { lenient, allowRefsFrom: headRoots }),
  ]);
  let ok = true;
  for (const result of results) {
    if (!result.failed && result.model !== undefined) {
      result.discard();
      continue;
    }
    ok = false;
    printDiagnostics((await result.located()).map((d) => relabel(d, rename)), io.stderr);
  }
  const [b, h] = results;
  return ok && b?.model !== undefined && h?.model !== undefined ? [b.model, h.model] : undefined;
}

/** Paths are the user's, relative to the command's directory; kept as typed when that is the process's. */
function inCwd(spec: string, io: DiffIo): string {
  return isAbsolute(spec) || /^https?:\/\//.test(spec) || io.cwd === process.cwd() ? spec : resolve(io.cwd, spec);
}

/** Diagnostics of a spec read from git name `<ref>:<path>`, not the temporary copy. */
function relabel(d: Diagnostic, rename?: { file: string; label: string }): Diagnostic {
  return rename !== undefined && d.file === rename.file ? { ...d, file: rename.label } : d;
}
