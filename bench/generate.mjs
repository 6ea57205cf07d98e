// Generation benchmark (issue 2 item 9): `twine-codegen generate` on the newest real spec as a whole process,
// against the peer generators of bench/peers (installed on demand), alternating in every round, the order
// rotated each round so machine drift hits every tool alike. Each tool's output is type-checked once, before
// timing: a peer whose output does not compile is reported and left out of the ratio. Needs a built CLI
// (`npm run build`).
// Usage: node bench/generate.mjs [--rounds N] [--spec FILE] [--no-peers] [--json]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureNode, median } from './lib/measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const ROUNDS = Number(option('--rounds', 7));
const HISTORY = resolve(ROOT, '../shared/specs/twine-history');
const SPEC = resolve(option('--spec', existsSync(HISTORY) ? join(HISTORY, readdirSync(HISTORY).find((f) => f.startsWith('098-')) ?? '') : ''));
const CLI = join(ROOT, 'dist/cli/main.js');

if (!existsSync(SPEC)) fail(`spec not found: ${SPEC} (pass --spec FILE, or put ../shared beside the repo)`);
if (!existsSync(CLI)) fail('dist/cli/main.js is missing: run `npm run build` first');

const scratch = mkdtempSync(join(tmpdir(), 'bench-generate-'));
let runs = 0;
/** An empty output folder, made before timing starts (as a user's `mkdir -p out`); the generators fill it. */
function freshDir() {
  const dir = join(scratch, `run-${runs++}`);
  mkdirSync(dir);
  return dir;
}

const tools = [
  {
    name: 'twine-codegen',
    steps: (dir) => [[CLI, 'generate', '--spec', SPEC, '--out', dir, '--quiet']],
    compile: (dir) => [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--noEmit'],
  },
];
if (!args.includes('--no-peers')) {
  ensurePeers();
  const { PEERS } = await import('./peers/peers.mjs');
  tools.push(...PEERS.map((p) => ({ name: p.name, steps: (dir) => p.steps(SPEC, dir), compile: p.compile })));
}

/** One generation by one tool: its processes in sequence, times summed, peak RSS the largest of them. */
async function generateOnce(tool) {
  const dir = freshDir();
  const totals = { wallMs: 0, cpuMs: 0, maxRssKiB: 0, dir };
  for (const step of tool.steps(dir)) {
    const m = await measureNode(step, { cwd: scratch });
    if (m.status !== 0) throw new Error(`${tool.name} failed (exit ${m.status}): ${step.join(' ')}\n${m.stderr.slice(0, 2000)}`);
    totals.wallMs += m.wallMs;
    totals.cpuMs += m.cpuMs;
    totals.maxRssKiB = Math.max(totals.maxRssKiB, m.maxRssKiB);
  }
  return totals;
}

// Warm-up and correctness: each tool generates once (file-system cache, lazy installs) and its output is compiled.
for (const tool of tools) {
  const { dir } = await generateOnce(tool);
  const check = spawnSync(process.execPath, tool.compile(dir), { cwd: dir, encoding: 'utf8' });
  tool.compiles = check.status === 0;
  if (!tool.compiles) process.stderr.write(`${tool.name}: output does not compile, left out of the ratio:\n${`${check.stdout}${check.stderr}`.slice(0, 1500)}\n`);
  rmSync(dir, { recursive: true, force: true });
}

const samples = new Map(tools.map((t) => [t.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < tools.length; k++) {
    const tool = tools[(k + round) % tools.length];
    const m = await generateOnce(tool);
    samples.get(tool.name).push(m);
    rmSync(m.dir, { recursive: true, force: true });
  }
}
rmSync(scratch, { recursive: true, force: true });

const summary = tools.map((t) => {
  const s = samples.get(t.name);
  return {
    name: t.name,
    compiles: t.compiles,
    medianWallMs: Math.round(median(s.map((m) => m.wallMs))),
    medianCpuMs: Math.round(median(s.map((m) => m.cpuMs))),
    peakRssMiB: Number((Math.max(...s.map((m) => m.maxRssKiB)) / 1024).toFixed(1)),
    medianPeakRssMiB: Number((median(s.map((m) => m.maxRssKiB)) / 1024).toFixed(1)),
  };
});
const ours = summary[0];
const fastestPeer = summary.slice(1).filter((p) => p.compiles).sort((a, b) => a.medianWallMs - b.medianWallMs)[0];
const result = {
  benchmark: 'generate',
  spec: SPEC.slice(SPEC.lastIndexOf('/') + 1),
  rounds: ROUNDS,
  node: process.version,
  tools: summary,
  fastestPeer: fastestPeer?.name ?? null,
  ratio: fastestPeer ? Number((ours.medianWallMs / fastestPeer.medianWallMs).toFixed(3)) : null,
  cpuRatio: fastestPeer ? Number((ours.medianCpuMs / fastestPeer.medianCpuMs).toFixed(3)) : null,
  target: { ratio: 0.6, peakRssMiB: 200 },
};

if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`generate: ${result.spec}, ${ROUNDS} rounds alternating, whole processes, node ${process.version}`);
  for (const t of summary) {
    console.log(`  ${t.name.padEnd(32)} median ${String(t.medianWallMs).padStart(5)} ms wall, ${String(t.medianCpuMs).padStart(5)} ms cpu, peak ${t.peakRssMiB} MiB (median run ${t.medianPeakRssMiB})${t.compiles ? '' : '  (output does not compile)'}`);
  }
  if (result.ratio !== null) console.log(`  ours / fastest compiling peer (${result.fastestPeer}): ${result.ratio}x wall, ${result.cpuRatio}x cpu (target <= 0.6x, peak <= 200 MiB)`);
}

function ensurePeers() {
  const peers = join(ROOT, 'bench/peers');
  if (existsSync(join(peers, 'node_modules'))) return;
  process.stderr.write('installing the peer generators into bench/peers (npm ci)...\n');
  execFileSync('npm', ['ci', '--prefix', peers, '--no-audit', '--no-fund'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function fail(message) {
  process.stderr.write(`bench/generate: ${message}\n`);
  process.exit(2);
}
