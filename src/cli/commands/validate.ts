import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { compileSpec } from '../../pipeline.js';
import { allowRefsOption, refRootsFromFlag } from '../allow-refs.js';
import { EXIT, printDiagnostics, singleValues } from '../output.js';
import { redactLocation } from '../../load/redact-location.js';

interface ValidateArgs {
  spec: string;
  lenient?: boolean;
  allowRefsFrom?: string | string[];
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <spec>',
  describe: 'Check a spec and print its diagnostics; writes nothing',
  builder: (yargs: Argv) =>
    yargs
      .positional('spec', { type: 'string', demandOption: true, describe: 'Spec file or http(s) URL' })
      .option('lenient', { type: 'boolean', describe: 'Recoverable defects are warnings' })
      .option('allow-refs-from', allowRefsOption)
      .check(singleValues(['spec'])) as Argv<ValidateArgs>,
  handler: async (args: ArgumentsCamelCase<ValidateArgs>) => {
    const result = await compileSpec(args.spec, {
      lenient: args.lenient === true,
      allowRefsFrom: refRootsFromFlag(args.allowRefsFrom, process.cwd()) ?? [],
    });
    printDiagnostics(result.diagnostics);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    process.stderr.write(`${redactLocation(args.spec)}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    process.exitCode = result.failed ? EXIT.specError : EXIT.ok;
  },
};
