import { relative } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { loadConfig } from '../config.js';
import { EXIT, printDiagnostics } from '../output.js';
import { redactLocation } from '../../load/redact-location.js';

interface GenerateArgs {
  spec?: string;
  out?: string;
  config?: string;
  lenient?: boolean;
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
      .option('check', { type: 'boolean', describe: 'Write nothing; exit 1 when the output folder is not up to date' })
      .option('quiet', { type: 'boolean', describe: 'Print only errors' })
      .option('verbose', { type: 'boolean', describe: 'Print every file written' }) as Argv<GenerateArgs>,
  handler: async (args: ArgumentsCamelCase<GenerateArgs>) => {
    const started = performance.now();
    const config = await loadConfig(args.config);
    const spec = args.spec ?? config.spec ?? 'spec/twine.yaml';
    const out = args.out ?? config.out ?? 'generated/twine-client';
    // The emitter (ts-morph, Prettier, templates) loads here, not at start-up: validate, diff and --help never need it.
    const { generate } = await import('../../generate.js');
    const result = await generate({
      spec,
      out,
      lenient: args.lenient ?? config.lenient ?? false,
      check: args.check === true,
      // --quiet prints only errors, so only errors need their file:line:col.
      locate: args.quiet === true ? 'errors' : 'all',
      ...(config.package ? { package: config.package } : {}),
    });
    printDiagnostics(args.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics);
    if (result.failed) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      process.stderr.write(`${redactLocation(spec)}: ${errors} error${errors === 1 ? '' : 's'}; nothing was written\n`);
      process.exitCode = EXIT.specError;
      return;
    }
    const where = relative(process.cwd(), out) || '.';
    if (result.stale !== undefined) {
      const stale = [...result.stale.changed, ...result.stale.extra.map((p) => `${p} (no longer generated)`)];
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
      process.stdout.write(`generated ${result.operations} operations, ${result.types} types into ${where} in ${seconds} s\n`);
    }
  },
};
