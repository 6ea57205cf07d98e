import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/cli/config.js';
import { generate } from '../../src/generate.js';
import { typecheck } from '../support/tsc.js';

/**
 * The committed client in generated/ is exactly what the seed spec (spec/twine.yaml, with the repo's
 * config: lenient, because the seed has a missing $ref target and parameters without type) generates.
 */
const ROOT = join(import.meta.dirname, '../..');
const config = await loadConfig(undefined, ROOT);

describe('seed spec', () => {

  it('is configured lenient and generates with only the expected warnings', async () => {
    expect(config.lenient).toBe(true);
    const result = await generate({ spec: join(ROOT, config.spec ?? ''), out: join(ROOT, config.out ?? ''), lenient: true, check: true });
    expect(result.failed).toBe(false);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual(
      expect.arrayContaining([
        ['warning', 'TC1002', '#/paths/~1oauth~1token/post/parameters/0/schema'],
        ['warning', 'TC2001', '#/paths/~1oauth~1token/post/parameters/1'],
      ]),
    );
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('fails strict mode with the missing $ref located', async () => {
    const result = await generate({ spec: join(ROOT, 'spec/twine.yaml'), out: join(ROOT, 'generated/never'), check: true });
    expect(result.failed).toBe(true);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'TC1002', severity: 'error', pointer: '#/paths/~1oauth~1token/post/parameters/0/schema' }),
    );
  });

  it('committed generated/ is up to date (regenerating changes no byte) and compiles', async () => {
    const out = join(ROOT, config.out ?? '');
    const result = await generate({ spec: join(ROOT, config.spec ?? ''), out, lenient: true, check: true });
    expect(result.stale).toEqual({ changed: [], extra: [] });
    expect(typecheck(out)).toEqual({ status: 0, output: '' });
    // The seed has no definitions: types.gen.ts must still be a module for the CommonJS build.
    expect(typecheck(out, 'tsconfig.cjs.json')).toEqual({ status: 0, output: '' });
  });
});
