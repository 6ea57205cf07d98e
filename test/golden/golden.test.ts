import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrettierFormatted } from '../../src/emit/format.js';
import { generate } from '../../src/generate.js';
import { tempDir } from '../support/temp.js';
import { writeReadmeExamples } from '../support/readme-examples.js';
import { typecheck } from '../support/tsc.js';

/**
 * One tiny spec per concern, whole output snapshotted (except the runtime, which is copied verbatim and
 * tested on its own) and type-checked with tsc --strict. A changed golden file is a reviewed change.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/golden');
const GOLDEN = join(import.meta.dirname, '__golden__');

describe.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).sort())('%s', (fixture) => {
  const name = basename(fixture, '.yaml');
  const out = join(tempDir(), name);

  it('generates, matches its golden files and compiles under --strict', async () => {
    const result = await generate({ spec: join(FIXTURES, fixture), out });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const file of result.files.filter((f) => !f.path.startsWith('src/runtime/'))) {
      await expect(file.text).toMatchFileSnapshot(join(GOLDEN, name, file.path));
    }
    expect(typecheck(out)).toEqual({ status: 0, output: '' });
  });

  it("compiles every TypeScript example of its README as written", async () => {
    const pkg = join(tempDir(), name);
    const result = await generate({ spec: join(FIXTURES, fixture), out: pkg });
    expect(result.failed).toBe(false);
    expect(writeReadmeExamples(pkg, '@twine/client')).toBeGreaterThan(2);
    expect(typecheck(pkg)).toEqual({ status: 0, output: '' });
  });

  it('is Prettier-formatted, checked with Prettier\'s standard parsers', async () => {
    const result = await generate({ spec: join(FIXTURES, fixture), out, check: true });
    const generated = result.files.filter((f) => !f.path.startsWith('src/runtime/'));
    const unformatted = [];
    for (const f of generated) if (!(await isPrettierFormatted(f.path, f.text))) unformatted.push(f.path);
    expect(unformatted).toEqual([]);
  });

  it('is deterministic', async () => {
    const a = await generate({ spec: join(FIXTURES, fixture), out, check: true });
    const b = await generate({ spec: join(FIXTURES, fixture), out, check: true });
    expect(a.files).toEqual(b.files);
    expect(a.stale).toEqual({ changed: [], extra: [] });
  });
});
