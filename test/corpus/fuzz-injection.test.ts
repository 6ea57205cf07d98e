import { expect, it } from 'vitest';
import { fuzzSeed, runInjectionFuzz } from '../support/fuzz-injection.js';
import { tempDir } from '../support/temp.js';

/**
 * The injection fuzz of test/unit/hostile at CI depth: 300 seeded hostile specs (TWINE_FUZZ_RUNS and
 * TWINE_FUZZ_SEED override). It needs nothing from ../shared; it lives here for its running time.
 */
const runs = Number(process.env.TWINE_FUZZ_RUNS ?? 300);

it(`${runs} hostile specs: modules parse, compile under --strict and run nothing from the spec`, async () => {
  const report = await runInjectionFuzz({ work: tempDir('twine-inject-corpus-'), numRuns: runs, seed: fuzzSeed(7_0080) });
  expect(report.propertyFailure).toBeUndefined();
  expect(report.compileFailures).toEqual([]);
  expect(report.generated).toBeGreaterThanOrEqual(runs);
});
