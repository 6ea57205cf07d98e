import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../src/diff/format/json.js';
import { escapeMarkdown, formatMarkdown } from '../../../src/diff/format/markdown.js';
import { formatText, shouldColor } from '../../../src/diff/format/text.js';
import type { Change } from '../../../src/diff/types.js';

const changes: Change[] = [
  { rule: 'operation-removed', severity: 'breaking', operationId: 'createPatient', pointer: '#/paths/~1patient/post', message: "operation 'createPatient' was removed" },
  { rule: 'operation-deprecated', severity: 'warning', operationId: 'fetchPatients', pointer: '#/paths/~1patient/get', message: 'deprecated' },
  { rule: 'security-scheme-changed', severity: 'info', pointer: '#/securityDefinitions/a', message: 'changed' },
];

const ESC = '\u001b[';

describe('formatJson', () => {
  it('writes exactly the pinned shape, omitting an absent operationId', () => {
    const report = JSON.parse(formatJson(changes));
    expect(Object.keys(report)).toEqual(['changes', 'summary']);
    expect(report.summary).toEqual({ breaking: 1, warning: 1, info: 1 });
    expect(Object.keys(report.changes[0])).toEqual(['rule', 'severity', 'operationId', 'pointer', 'message']);
    expect(Object.keys(report.changes[2])).toEqual(['rule', 'severity', 'pointer', 'message']);
  });
});

describe('formatMarkdown', () => {
  it('puts the verdict first, then the table, breaking changes with advice, the rest collapsed', () => {
    const md = formatMarkdown(changes);
    const lines = md.split('\n');
    expect(lines[0]).toContain('1 breaking change');
    expect(md.indexOf('| Breaking | 1 |')).toBeGreaterThan(0);
    expect(md.indexOf('### Breaking changes')).toBeLessThan(md.indexOf('<details><summary>Warnings (1)</summary>'));
    expect(md).toContain('What to do:');
    expect(md).toContain('<details><summary>Info (1)</summary>');
  });

  it('says so when nothing changed', () => {
    expect(formatMarkdown([])).not.toContain('<details>');
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '<img'],
    ['[click](https://evil.example)', '](https'],
    ['line one\n# heading', '\n# heading'],
    ['| a | b |', '| a |'],
    ['</details><script>', '</details><script>'],
  ])('neutralises spec text %j', (text, forbidden) => {
    const md = formatMarkdown([{ rule: 'operation-removed', severity: 'breaking', operationId: text, pointer: '#', message: text }]);
    expect(md).not.toContain(forbidden);
    expect(escapeMarkdown(text)).not.toMatch(/[\n<>]/);
  });
});

describe('formatText', () => {
  it('is plain without colour and coloured with it', () => {
    expect(formatText(changes, { color: false })).not.toContain(ESC);
    expect(formatText(changes, { color: true })).toContain(ESC);
  });

  it('keeps spec text from emitting terminal escapes or extra lines', () => {
    const text = formatText([{ rule: 'r', severity: 'info', pointer: '#', message: `a\u001b[31mred\nsecond` }], { color: false });
    expect(text).not.toContain('\u001b');
    expect(text.trimEnd().split('\n')).toHaveLength(2);
  });

  it.each([
    { tty: true, env: {}, want: true },
    { tty: false, env: {}, want: false },
    { tty: true, env: { NO_COLOR: '1' }, want: false },
    { tty: true, env: { NO_COLOR: '' }, want: true },
  ])('colours a tty=$tty with env $env: $want', ({ tty, env, want }) => {
    expect(shouldColor({ isTTY: tty }, env)).toBe(want);
  });
});
