import { DIAGNOSTIC_CODES, type DiagnosticCode, type DiagnosticCodeInfo } from './codes.js';

export type Severity = 'error' | 'warning';

/** A problem found in a spec: data first, printed like a compiler message only at the edge (the CLI). */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** JSON pointer into the document, e.g. `#/paths/~1oauth~1token/post/parameters/0`. */
  readonly pointer: string;
  /** The file the pointer lives in (as the user named it), when known. */
  readonly file?: string;
  /** 1-based line and column of the node the pointer names, when known. */
  readonly line?: number;
  readonly column?: number;
}

export interface DiagnosticInput {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly pointer: string;
}

/** Maps a JSON pointer to its source position; implemented by the loader over the YAML/JSON CST. */
export type Locator = (pointer: string) => { line: number; column: number } | undefined;

/**
 * Collects diagnostics for one spec file. Severity is decided here, once: an advisory code is always a
 * warning, a recoverable code is a warning when lenient, every other code is an error.
 */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly file: string | undefined,
    private readonly locate: Locator,
    private readonly lenient: boolean,
  ) {}

  report(input: DiagnosticInput): Diagnostic {
    const info: DiagnosticCodeInfo = DIAGNOSTIC_CODES[input.code];
    const severity: Severity = info.advisory === true || (this.lenient && info.recoverable) ? 'warning' : 'error';
    const position = this.locate(input.pointer);
    const diagnostic: Diagnostic = {
      code: input.code,
      severity,
      message: input.message,
      pointer: input.pointer,
      ...(this.file === undefined ? {} : { file: this.file }),
      ...(position ?? {}),
    };
    const key = `${input.code}\u0000${input.pointer}\u0000${input.message}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.items.push(diagnostic);
    }
    return diagnostic;
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** Sorted by file, position, then code, so output is stable whatever order checks ran in. */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code) ||
      a.pointer.localeCompare(b.pointer),
  );
}
