import { escapeMarkdown } from '../../util/markdown.js';
import { RULES } from '../rules/index.js';
import type { Change, ChangeSeverity, Rule } from '../types.js';
import { summarize } from './summary.js';

const TITLES: Record<ChangeSeverity, string> = { breaking: 'Breaking', warning: 'Warnings', info: 'Info' };

/**
 * A pull-request comment: a one-line verdict, a table by severity, breaking changes spelled out with what
 * to do, everything else collapsed. All spec-derived text is escaped so it renders as text, never markup.
 */
export function formatMarkdown(changes: readonly Change[], rules: readonly Rule[] = RULES): string {
  const summary = summarize(changes);
  const advice = new Map(rules.map((r) => [r.id, r.advice]));
  const out: string[] = [verdict(summary.breaking, summary.warning, changes.length), ''];
  out.push('| Severity | Changes |', '| --- | ---: |');
  for (const severity of ['breaking', 'warning', 'info'] as const) out.push(`| ${TITLES[severity]} | ${summary[severity]} |`);
  const breaking = changes.filter((c) => c.severity === 'breaking');
  if (breaking.length > 0) {
    out.push('', '### Breaking changes', '');
    for (const c of breaking) {
      const todo = advice.get(c.rule);
      out.push(`- ${item(c)}`);
      if (todo !== undefined) out.push(`  - What to do: ${escapeMarkdown(todo)}`);
    }
  }
  for (const severity of ['warning', 'info'] as const) {
    const group = changes.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    out.push('', `<details><summary>${TITLES[severity]} (${group.length})</summary>`, '');
    for (const c of group) out.push(`- ${item(c)}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

function verdict(breaking: number, warnings: number, total: number): string {
  if (breaking > 0) return `**:x: ${breaking} breaking change${breaking === 1 ? '' : 's'}** for callers of the generated client.`;
  if (warnings > 0) return `**:warning: No breaking changes, ${warnings} to review.**`;
  return total === 0 ? '**:white_check_mark: No changes to the API.**' : '**:white_check_mark: No breaking changes.**';
}

function item(c: Change): string {
  const op = c.operationId === undefined ? '' : `**${escapeMarkdown(c.operationId)}**: `;
  return `${op}${escapeMarkdown(c.message)} <sub>${escapeMarkdown(c.rule)} at ${escapeMarkdown(c.pointer)}</sub>`;
}


export { escapeMarkdown };
