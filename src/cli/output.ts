import pc from 'picocolors';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, type Painter, plain } from '../diagnostics/format.js';

/**
 * Colours only on a terminal (issue 7: a pipe or a CI log gets plain text, FORCE_COLOR or not), and not when
 * NO_COLOR is set to anything but the empty string (no-color.org).
 */
export function painterFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Painter {
  const enabled = (env['NO_COLOR'] ?? '') === '' && stream.isTTY === true;
  if (!enabled) return plain;
  const colors = pc.createColors(true);
  return { error: colors.red, warning: colors.yellow, dim: colors.dim };
}

/** A yargs check: each named option given at most once and not empty (`--out a --out b`, `--spec` alone). */
export function singleValues(names: readonly string[]): (argv: Record<string, unknown>) => true | string {
  return (argv) => {
    for (const name of names) {
      const value = argv[name];
      if (Array.isArray(value)) return `--${name} was given more than once (${value.map(String).join(', ')}); give it once`;
      if (value === '') return `--${name} needs a value`;
      if (name === 'spec' && value === '-') return `--${name}: reading from standard input is not supported; name a file`;
    }
    return true;
  };
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: NodeJS.WriteStream = process.stderr): void {
  const paint = painterFor(stream);
  for (const d of diagnostics) stream.write(`${formatDiagnostic(d, paint)}\n`);
}

/** Exit codes: 0 ok, 1 the spec has errors (or --check found stale output), 2 usage error. */
export const EXIT = { ok: 0, specError: 1, usage: 2 } as const;
