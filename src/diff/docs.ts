import { RULES } from './rules/index.js';
import type { Rule } from './types.js';

/** docs/diff-rules.md, generated from the rule list so the catalogue cannot drift from the code. */
export function renderRuleCatalogue(rules: readonly Rule[] = RULES): string {
  const out = [
    '# Spec-diff rules',
    '',
    '<!-- Generated from src/diff/rules by scripts/gen-diff-docs.mjs; do not edit. -->',
    '',
    '`twine-codegen diff` compares two specs as models, not as text: a `$ref` refactor, reordering, or an edit',
    'to a description, summary or example is never more than `info`. Severities: **breaking** (callers of the',
    'generated client stop compiling or working), **warning** (review), **info** (additions and notes).',
    'Rule ids are stable.',
    '',
    '| Rule | Severity | What it means |',
    '| --- | --- | --- |',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.description} |`),
  ];
  for (const rule of rules) {
    out.push('', `## ${rule.id}`, '', `**${rule.severity}**. ${rule.description}`);
    if (rule.advice !== undefined) out.push('', `What to do: ${rule.advice}`);
    out.push('', 'Base:', '', '```yaml', rule.example.base, '```', '', 'Head:', '', '```yaml', rule.example.head, '```');
  }
  return `${out.join('\n')}\n`;
}
