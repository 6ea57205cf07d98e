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
  /** 1-based line and column of the node the pointer names, when known (after `resolvePositions`). */
  readonly line?: number;
  readonly column?: number;
}

export interface DiagnosticInput {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly pointer: string;
}

/** 1-based line and column in the source text. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Maps a JSON pointer to its source position, synchronously. */
export type Locator = (pointer: string) => Position | undefined;

/**
 * Maps many pointers to source positions at once, asynchronously (the loader parses the source a second
 * time, with positions, only when asked). Answers in the order asked.
 */
export type BatchLocator = (pointers: readonly string[]) => Promise<readonly (Position | undefined)[]>;

/** Where a sink's positions come from; `release` frees what the locator holds (its position parse). */
export interface PositionSource {
  readonly locate: BatchLocator;
  release(): void;
}

/**
 * Collects diagnostics for one spec file. Severity is decided here, once: an advisory code is always a
 * warning, a recoverable code is a warning when lenient, every other code is an error.
 * Positions are not looked up in `report`: finding them needs a position-keeping parse that most runs can
 * skip or overlap with other work, so they are filled in one batch by `resolvePositions`, called once
 * every diagnostic is reported.
 */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  /** items[0..resolved) have had their position looked up (found or not). */
  private resolved = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string | undefined,
    private positions: PositionSource | undefined,
    private readonly lenient: boolean,
  ) {}

  /** Where positions come from (the loader knows only once the text is parsed); replaces and frees the last. */
  usePositions(positions: PositionSource): void {
    this.positions?.release();
    this.positions = positions;
  }

  /** Frees the position source without looking anything up: for callers that will print nothing. */
  discardPositions(): void {
    this.positions?.release();
    this.positions = undefined;
  }

  /** `position` pins where the problem is when there is no pointer for it (a syntax error). */
  report(input: DiagnosticInput, position?: Position): Diagnostic {
    const info: DiagnosticCodeInfo = DIAGNOSTIC_CODES[input.code];
    const severity: Severity = info.advisory === true || (this.lenient && info.recoverable) ? 'warning' : 'error';
    const diagnostic: Diagnostic = {
      code: input.code,
      severity,
      message: input.message,
      pointer: input.pointer,
      ...(this.file === undefined ? {} : { file: this.file }),
      ...(position === undefined ? {} : { line: position.line, column: position.column }),
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

  /**
   * Fills line and column of the diagnostics reported so far (those `which` selects: a caller printing
   * only errors need not pay for locating warnings), then releases the position source: call it once,
   * after the last report. Waits for nothing when there is nothing to locate.
   */
  resolvePositions(which: (d: Diagnostic) => boolean = () => true): Promise<void> {
    this.pending = this.pending.then(async () => {
      const source = this.positions;
      this.positions = undefined;
      try {
        if (source !== undefined) await this.resolveWith(source.locate, which);
      } finally {
        source?.release();
      }
    });
    return this.pending;
  }

  private async resolveWith(locate: BatchLocator, which: (d: Diagnostic) => boolean): Promise<void> {
    const start = this.resolved;
    const end = this.items.length;
    this.resolved = end;
    const open = this.items.slice(start, end).flatMap((d, i) => (d.line === undefined && which(d) ? [start + i] : []));
    if (open.length === 0) return;
    const positions = await locate(open.map((i) => this.items[i]?.pointer ?? '#'));
    open.forEach((index, n) => {
      const diagnostic = this.items[index];
      const position = positions[n];
      if (diagnostic !== undefined && position !== undefined) {
        this.items[index] = { ...diagnostic, line: position.line, column: position.column };
      }
    });
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
