import { expect, it } from 'vitest';
import { fuzzSeed, runInjectionFuzz } from '../../support/fuzz-injection.js';
import { tempDir } from '../../support/temp.js';

/**
 * Hostile strings in every spec position (issue 7 item 8), 30 seeded cases; test:corpus runs hundreds.
 * On failure the report names the seed and the shrunk spec: rerun with TWINE_FUZZ_SEED to reproduce.
 */
it('generated modules parse, compile under --strict and run nothing from the spec', async () => {
  const report = await runInjectionFuzz({ work: tempDir('twine-inject-'), numRuns: 30, seed: fuzzSeed(7_0008) });
  expect(report.propertyFailure).toBeUndefined();
  expect(report.compileFailures).toEqual([]);
  expect(report.generated).toBeGreaterThanOrEqual(30);
}, 180_000);
