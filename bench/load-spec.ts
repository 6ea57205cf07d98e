import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../src/load/index.js';

/**
 * loadSpec on one spec: `cold` is a fresh process per run (module loading included, as the CLI pays it),
 * `warm` repeats the call in one process. Prints medians in ms.
 */
const HISTORY = resolve('../shared/specs/twine-history');
const SPEC = resolve(process.argv[2] ?? join(HISTORY, readdirSync(HISTORY).filter((f) => f.startsWith('098-'))[0] ?? ''));
const RUNS = Number(process.argv[3] ?? 9);

async function timeOnce(): Promise<number> {
  const start = performance.now();
  const { spec, sink } = await loadSpec(SPEC, { lenient: false });
  const elapsed = performance.now() - start;
  if (spec === undefined || sink.hasErrors()) throw new Error(`${SPEC} did not load cleanly`);
  return elapsed;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

if (process.env['LOAD_SPEC_CHILD'] === '1') {
  const start = performance.now();
  await timeOnce();
  // The first, unoptimised call in a fresh process is what a CLI run pays.
  process.stdout.write(String(performance.now() - start));
} else {
  const self = fileURLToPath(import.meta.url);
  const cold = Array.from({ length: RUNS }, () =>
    Number(execFileSync(process.execPath, [self, SPEC], { env: { ...process.env, LOAD_SPEC_CHILD: '1' } }).toString()),
  );
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await timeOnce());
  console.log(JSON.stringify({ spec: SPEC, runs: RUNS, coldMs: +median(cold).toFixed(1), warmMs: +median(warm).toFixed(1) }));
}
