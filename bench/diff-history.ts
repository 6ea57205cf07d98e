import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffModels } from '../src/diff/engine.js';
import { summarize } from '../src/diff/format/summary.js';
import { describeSurface } from '../src/emit/surface.js';
import type { ApiModel } from '../src/ir/types.js';
import { startCompile } from '../src/pipeline.js';

/**
 * All consecutive pairs of the real spec history in one process, as `diff --lenient` runs them: load both
 * sides, diff with the generated-surface rules. Prints the median of RUNS runs (ms) and per-pair counts.
 */
const HISTORY = resolve(process.argv[2] ?? '../shared/specs/twine-history');
const RUNS = Number(process.argv[3] ?? 5);
const files = readdirSync(HISTORY).filter((f) => f.endsWith('.yaml')).sort();

async function loadAll(): Promise<(ApiModel | undefined)[]> {
  // As the diff command does: positions are resolved only for a spec that fails (and printed), never here.
  return Promise.all(
    files.map(async (f) => {
      const started = await startCompile(join(HISTORY, f), { lenient: true });
      started.discard();
      return started.model;
    }),
  );
}

async function once(): Promise<{ total: number; load: number; counts: string[] }> {
  const start = performance.now();
  const models = await loadAll();
  const loaded = performance.now();
  const counts: string[] = [];
  for (let i = 1; i < models.length; i++) {
    const base = models[i - 1];
    const head = models[i];
    if (base === undefined || head === undefined) {
      counts.push(`${files[i - 1]} -> ${files[i]}: not loadable`);
      continue;
    }
    const s = summarize(diffModels(base, head, { describeSurface }));
    counts.push(`${files[i - 1]?.slice(0, 3)} -> ${files[i]?.slice(0, 3)}: ${s.breaking} breaking, ${s.warning} warning, ${s.info} info`);
  }
  const end = performance.now();
  return { total: end - start, load: loaded - start, counts };
}

const runs = [];
for (let r = 0; r < RUNS; r++) runs.push(await once());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
if (process.env.VERBOSE) console.log(runs[0]?.counts.join('\n'));
const total = median(runs.map((r) => r.total));
const load = median(runs.map((r) => r.load));
console.log(
  JSON.stringify({ pairs: files.length - 1, runs: RUNS, medianTotalMs: Math.round(total), medianLoadMs: Math.round(load), medianDiffMs: Math.round(total - load) }),
);
