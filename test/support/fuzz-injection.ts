import { join } from 'node:path';
import fc from 'fast-check';
import { generateInto, importGenerated, packageJsonProblems, typecheckPackages } from './fuzz-check.js';
import { hostileSpec, type SpecDocument } from './fuzz-spec.js';

export interface InjectionFuzzOptions {
  readonly work: string;
  readonly numRuns: number;
  /** Fixed by default so a failure reproduces; TWINE_FUZZ_SEED overrides it to explore. */
  readonly seed: number;
}

export interface InjectionFuzzReport {
  /** fast-check's report (seed, path, shrunk counterexample spec) when a generated module misbehaved. */
  readonly propertyFailure?: string;
  /** Packages that do not compile under tsc --strict, with their spec. */
  readonly compileFailures: { spec: string; errors: string[] }[];
  readonly generated: number;
}

/**
 * Item 8 of issue 7: hostile specs through the whole generator. Per case (shrunk by fast-check on
 * failure): generate never throws and succeeds (lenient), package.json stays sound, the bundled entry
 * parses, and importing it sets no canary and prints nothing. Then one batched tsc --strict over every
 * package generated on the way.
 */
export async function runInjectionFuzz(options: InjectionFuzzOptions): Promise<InjectionFuzzReport> {
  const packages = new Map<string, SpecDocument>();
  let n = 0;
  const property = fc.asyncProperty(hostileSpec, async (spec) => {
    const dir = join(options.work, String(n++));
    const result = await generateInto(dir, spec);
    if (result.failed) throw new Error(`generation failed: ${result.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
    const problems = packageJsonProblems(result.pkg);
    if (problems.length > 0) throw new Error(problems.join('; '));
    const outcome = await importGenerated(result.pkg);
    if (outcome.canary) throw new Error('importing the generated module ran spec text (canary set)');
    if (outcome.printed.length > 0) throw new Error(`importing the generated module printed ${JSON.stringify(outcome.printed)}`);
    packages.set(result.pkg, spec);
  });
  const details = await fc.check(property, { seed: options.seed, numRuns: options.numRuns, endOnFailure: false });
  const propertyFailure = details.failed ? fc.defaultReportMessage(details) : undefined;
  // Batches of 50 keep one tsc run's memory near 1 GB (each package carries its own runtime copy).
  const all = [...packages.keys()];
  const errors = new Map<string, string[]>();
  for (let i = 0; i < all.length; i += 50) for (const [pkg, lines] of typecheckPackages(options.work, all.slice(i, i + 50))) errors.set(pkg, lines);
  const compileFailures = [...errors].map(([pkg, lines]) => ({ spec: JSON.stringify(packages.get(pkg) ?? pkg), errors: lines.slice(0, 20) }));
  return { ...(propertyFailure === undefined ? {} : { propertyFailure }), compileFailures, generated: packages.size };
}

export function fuzzSeed(fallback: number): number {
  const fromEnv = Number(process.env.TWINE_FUZZ_SEED);
  return Number.isInteger(fromEnv) && process.env.TWINE_FUZZ_SEED !== undefined ? fromEnv : fallback;
}
