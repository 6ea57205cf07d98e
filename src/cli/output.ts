import pc from 'picocolors';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, type Painter, plain } from '../diagnostics/format.js';

/** Colours only when stderr is a terminal and NO_COLOR is unset (picocolors also honours FORCE_COLOR). */
export function painterFor(stream: NodeJS.WriteStream): Painter {
  const enabled = stream.isTTY === true && !('NO_COLOR' in process.env) && pc.isColorSupported;
  if (!enabled) return plain;
  return { error: pc.red, warning: pc.yellow, dim: pc.dim };
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: NodeJS.WriteStream = process.stderr): void {
  const paint = painterFor(stream);
  for (const d of diagnostics) stream.write(`${formatDiagnostic(d, paint)}\n`);
}

/** Exit codes: 0 ok, 1 the spec has errors (or --check found stale output), 2 usage error. */
export const EXIT = { ok: 0, specError: 1, usage: 2 } as const;
