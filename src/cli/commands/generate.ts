import { isAbsolute, relative, resolve } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { allowRefsOption, refRootsFromFlag } from '../allow-refs.js';
import { loadConfigFile } from '../config.js';
import { EXIT, printDiagnostics, singleValues } from '../output.js';
import { redactLocation } from '../../load/redact-location.js';
import { WORK } from '../../output/owned.js';

interface GenerateArgs {
  spec?: string;
  out?: string;
  config?: string;
  lenient?: boolean;
  allowRefsFrom?: string | string[];
  check?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

export const generateCommand: CommandModule<object, GenerateArgs> = {
  command: 'generate',
  describe: 'Generate the client package from a Swagger 2.0 spec',
  builder: (yargs: Argv) =>
    yargs
      .option('spec', { type: 'string', describe: 'Spec file or http(s) URL [default: spec/twine.yaml]' })
      .option('out', { type: 'string', describe: 'Output folder [default: generated/twine-client]' })
      .option('config', { type: 'string', describe: 'Config file [default: twine-codegen.config.json if present]' })
      .option('lenient', { type: 'boolean', describe: 'Recoverable spec defects become warnings; the parts are typed unknown' })
      .option('allow-refs-from', allowRefsOption)
      .option('check', { type: 'boolean', describe: 'Write nothing; exit 1 when the output folder is not up to date' })
      .option('quiet', { type: 'boolean', describe: 'Print only errors' })
      .option('verbose', { type: 'boolean', describe: 'Print every file written' })
      .check(singleValues(['spec', 'out', 'config']))
      .check((argv) => (argv['quiet'] === true && argv['verbose'] === true ? '--quiet and --verbose contradict each other; pick one' : true)) as Argv<GenerateArgs>,
  handler: async (args: ArgumentsCamelCase<GenerateArgs>) => {
    const started = performance.now();
    // With a listener, SIGINT/SIGTERM are events, handled between steps: never inside the synchronous swap
    // of the output folder (a Ctrl-C lands after it), and at once while the spec is read and rendered.
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) process.once(signal, () => process.exit(code));
    const { config, paths } = await loadConfigFile(args.config);
    const spec = args.spec ?? (paths.spec === undefined ? undefined : shortPath(paths.spec)) ?? 'spec/twine.yaml';
    const out = args.out ?? (paths.out === undefined ? undefined : shortPath(paths.out)) ?? 'generated/twine-client';
    // The emitter (ts-morph, Prettier, templates) loads here, not at start-up: validate, diff and --help never need it.
    const { generate } = await import('../../generate.js');
    const result = await generate({
      spec,
      out,
      lenient: args.lenient ?? config.lenient ?? false,
      allowRefsFrom: refRootsFromFlag(args.allowRefsFrom, process.cwd()) ?? paths.allowRefsFrom ?? [],
      check: args.check === true,
      // --quiet prints only errors, so only errors need their file:line:col.
      locate: args.quiet === true ? 'errors' : 'all',
      ...(config.package ? { package: config.package } : {}),
      ...(config.formatting === undefined ? {} : { formatting: config.formatting }),
    });
    await handlePendingSignals();
    printDiagnostics(args.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics);
    if (result.failed) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      process.stderr.write(`${redactLocation(spec)}: ${errors} error${errors === 1 ? '' : 's'}; nothing was written\n`);
      process.exitCode = EXIT.specError;
      return;
    }
    const where = shortPath(out);
    if (result.stale !== undefined) {
      const stale = [
        ...(result.stale.interrupted ? [`${WORK.old} (a generate run was killed; the next run restores the files saved there)`] : []),
        ...result.stale.changed,
        ...result.stale.extra.map((p) => `${p} (no longer generated)`),
      ];
      if (stale.length > 0) {
        process.stderr.write(`${where} is out of date (run \`twine-codegen generate\`):\n${stale.map((p) => `  ${p}\n`).join('')}`);
        process.exitCode = EXIT.specError;
      } else if (!args.quiet) {
        process.stdout.write(`${where} is up to date\n`);
      }
      return;
    }
    if (args.verbose) for (const f of result.files) process.stdout.write(`  ${where}/${f.path}\n`);
    if (!args.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`generated ${count(result.operations, 'operation')}, ${count(result.types, 'type')} into ${where} in ${seconds} s\n`);
    }
  },
};

/**
 * A signal that arrived during the synchronous swap waits for the event loop, and Node's signal handles do
 * not keep the loop alive: with nothing else to do the run would end with exit 0, and `generate && npm
 * publish` would go on after a Ctrl-C. Two chained `setImmediate`s have a poll phase between them, where
 * the pending signal's listener runs (and exits 130/143/129).
 */
async function handlePendingSignals(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A path as diagnostics and the summary show it: relative to the working folder when inside it, else absolute. */
function shortPath(path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  const inside = relative(process.cwd(), resolve(path));
  if (inside === '') return '.';
  return inside.startsWith('..') || isAbsolute(inside) ? resolve(path) : inside;
}
