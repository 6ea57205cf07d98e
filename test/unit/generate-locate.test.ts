import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';

const SEED = join(import.meta.dirname, '../../spec/twine.yaml');
const out = join(import.meta.dirname, '../../generated/twine-client');

/** Locating a diagnostic costs a position-keeping parse; `--quiet` prints only errors, so only they get one. */
describe('generate: which diagnostics are located', () => {
  it.each([
    ['all', true, true],
    ['errors', true, false],
  ] as const)('locate %s: errors located %s, warnings located %s', async (locate, errorsLocated, warningsLocated) => {
    const lenient = await generate({ spec: SEED, out, lenient: true, check: true, locate });
    expect(lenient.diagnostics.length).toBeGreaterThan(0);
    expect(lenient.diagnostics.every((d) => (d.line !== undefined) === warningsLocated)).toBe(true);
    const strict = await generate({ spec: SEED, out, check: true, locate });
    expect(strict.failed).toBe(true);
    expect(strict.diagnostics.filter((d) => d.severity === 'error').every((d) => (d.line !== undefined) === errorsLocated)).toBe(true);
  });
});
