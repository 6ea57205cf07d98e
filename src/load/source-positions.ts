import type { DiagnosticInput, DiagnosticSink, Locator } from '../diagnostics/diagnostic.js';
import type { Position } from './yaml-locator.js';

/**
 * The locator a sink is created with, before the document exists. It delegates to the document's locator
 * once parsed, and lets a syntax error carry the parser's own position (it has no pointer to locate).
 */
export class SourcePositions {
  private current: Locator = () => undefined;
  private pinned: Position | undefined;

  readonly locate: Locator = (pointer) => this.pinned ?? this.current(pointer);

  use(locator: Locator): void {
    this.current = locator;
  }

  reportAt(sink: DiagnosticSink, position: Position | undefined, input: DiagnosticInput): void {
    this.pinned = position;
    try {
      sink.report(input);
    } finally {
      this.pinned = undefined;
    }
  }
}
