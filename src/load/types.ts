import type { RefRoot } from './refs/ref-roots.js';
import type { Diagnostic, DiagnosticSink, Position } from '../diagnostics/diagnostic.js';

export interface LoadOptions {
  /** Recoverable defects become warnings and the affected part is typed `unknown`. */
  readonly lenient: boolean;
  /**
   * Where external `$ref`s may read besides the spec's own folder (`parseRefRoot`); every other file and
   * every URL is refused, so nothing is fetched that the user did not ask for.
   */
  readonly allowRefsFrom?: readonly RefRoot[];
}

/** A spec that was read and parsed; it may still carry (recoverable or not) diagnostics in `sink`. */
export interface LoadedSpec {
  /** The file or URL as the user named it, for diagnostics. */
  readonly file: string;
  /**
   * The parsed document as plain JSON-compatible data, with every `$ref` left in place (named definitions
   * stay named). External refs (other files) are already inlined at the referencing node.
   */
  readonly document: Record<string, unknown>;
  /** Where a pointer's node is in the spec's text (a second, position-keeping parse, made on first use). */
  readonly locate: (pointer: string) => Promise<Position | undefined>;
}

export interface LoadResult {
  /** Absent when the input could not be read or parsed at all (syntax error, not a file, ...). */
  readonly spec?: LoadedSpec;
  /** Every diagnostic so far; later stages (the IR builder) report into the same sink. */
  readonly sink: DiagnosticSink;
}

export type { Diagnostic };
