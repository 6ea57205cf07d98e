import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleCatalogue } from '../../../src/diff/docs.js';
import { RULES } from '../../../src/diff/rules/index.js';

describe('docs/diff-rules.md', () => {
  it('is what the rule list generates (run `node scripts/gen-diff-docs.mjs` after changing a rule)', () => {
    const committed = readFileSync(new URL('../../../docs/diff-rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRuleCatalogue());
  });

  it('documents every rule with its example', () => {
    const doc = renderRuleCatalogue();
    for (const rule of RULES) {
      expect(doc).toContain(`## ${rule.id}\n`);
      expect(doc).toContain(rule.example.head);
    }
  });
});
