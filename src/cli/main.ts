#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { diffCommand } from './commands/diff.js';
import { generateCommand } from './commands/generate.js';
import { validateCommand } from './commands/validate.js';
import { ConfigError } from './config.js';
import { OutputError } from '../output/errors.js';
import { EXIT } from './output.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The CLI. A user's mistake (bad flag, bad config) exits 2 with a message; a spec's problems exit 1 with
 * diagnostics (printed by the commands); only a real crash prints a stack trace.
 */
async function main(argv: string[]): Promise<void> {
  try {
    await yargs(argv)
      .scriptName('twine-codegen')
      .command(generateCommand)
      .command(validateCommand)
      .command(diffCommand)
      .demandCommand(1, 'Name a command: generate, validate or diff')
      .strict()
      .version(version)
      .help()
      .wrap(Math.min(100, process.stdout.columns ?? 100))
      .fail((message, error) => {
        // A failed .check() (an option given twice...) arrives as a string or a YError: usage errors, like an
        // unknown flag. Any other Error is a bug and keeps its stack.
        const failure: unknown = error;
        if (failure instanceof Error && !(failure instanceof ConfigError) && failure.name !== 'YError') throw failure;
        process.stderr.write(`twine-codegen: ${message ?? String(failure instanceof Error ? failure.message : failure)}\n`);
        process.stderr.write('Run `twine-codegen --help` for usage.\n');
        process.exit(EXIT.usage);
      })
      .parseAsync();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof OutputError) {
      process.stderr.write(`twine-codegen: ${error.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    throw error;
  }
}

await main(hideBin(process.argv));
