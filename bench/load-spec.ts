import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/**
 * loadSpec on one spec, in a fresh process per run (as the CLI pays it) and warm (repeated in one process).
 * Cold runs report, as medians in ms: `importMs` (loading the loader's modules), `openMs` (openSpec: the
 * main thread's share), `positionsMs` (then waiting for the position worker at once: the worst case, as
 * generate asks only after emitting) and `loadMs` (import + open + positions).
 */
const HISTORY = resolve('../shared/specs/twine-history');
const SPEC = resolve(process.argv[2] ?? join(HISTORY, readdirSync(HISTORY).filter((f) => f.startsWith('098-'))[0] ?? ''));
const RUNS = Number(process.argv[3] ?? 9);

interface Cold {
  importMs: number;
  openMs: number;
  positionsMs: number;
  loadMs: number;
}

async function coldOnce(): Promise<Cold> {
  const t0 = performance.now();
  const { openSpec } = await import('../src/load/index.js');
  const t1 = performance.now();
  const { spec, sink } = await openSpec(SPEC, { lenient: false });
  const t2 = performance.now();
  await sink.resolvePositions();
  const t3 = performance.now();
  if (spec === undefined || sink.hasErrors()) throw new Error(`${SPEC} did not load cleanly`);
  return { importMs: t1 - t0, openMs: t2 - t1, positionsMs: t3 - t2, loadMs: t3 - t0 };
}

async function warmOnce(): Promise<number> {
  const { loadSpec } = await import('../src/load/index.js');
  const start = performance.now();
  await loadSpec(SPEC, { lenient: false });
  return performance.now() - start;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return +(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN).toFixed(1);
};

if (process.env['LOAD_SPEC_CHILD'] === '1') {
  process.stdout.write(JSON.stringify(await coldOnce()));
} else {
  const self = fileURLToPath(import.meta.url);
  const cold = Array.from({ length: RUNS }, (): Cold =>
    JSON.parse(execFileSync(process.execPath, [self, SPEC], { env: { ...process.env, LOAD_SPEC_CHILD: '1' } }).toString()),
  );
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await warmOnce());
  const of = (key: keyof Cold): number => median(cold.map((c) => c[key]));
  const result = { importMs: of('importMs'), openMs: of('openMs'), positionsMs: of('positionsMs'), loadMs: of('loadMs') };
  console.log(JSON.stringify({ spec: SPEC, runs: RUNS, cold: result, warmMs: median(warm) }));
}
