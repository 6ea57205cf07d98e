import { createColors } from 'picocolors';
import type { Change, ChangeSeverity } from '../types.js';
import { summarize, summaryLine } from './summary.js';

/** Colour only for a terminal, and never when the user set NO_COLOR (https://no-color.org). */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return stream.isTTY === true && !noColor;
}

/** One line per change, breaking first, then a summary line; spec text is flattened to one line. */
export function formatText(changes: readonly Change[], options: { color: boolean }): string {
  const pc = createColors(options.color);
  const paint: Record<ChangeSeverity, (s: string) => string> = { breaking: pc.red, warning: pc.yellow, info: pc.dim };
  const lines = changes.map(
    (c) => `${paint[c.severity](c.severity.padEnd(8))} ${pc.bold(c.rule)} ${oneLine(c.message)} ${pc.dim(`(at ${oneLine(c.pointer)})`)}`,
  );
  const summary = summarize(changes);
  const verdict = summary.breaking > 0 ? pc.red('breaking changes found') : changes.length === 0 ? pc.green('no changes') : pc.green('no breaking changes');
  return [...lines, `${verdict}: ${summaryLine(summary)}`].join('\n') + '\n';
}

function oneLine(text: string): string {
  // Strip control characters too: spec text must not move the cursor or recolour the terminal.
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}
