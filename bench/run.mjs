// `npm run bench`: builds the CLI, then runs every benchmark of the project in sequence, each bounded in time,
// and prints a summary against the targets of the issues. Raw results go to .tmp/bench/results.json.
// Usage: node bench/run.mjs [--quick]   (--quick: fewer rounds, for a smoke run)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const HISTORY = '../shared/specs/twine-history';

/** Each benchmark: its argv after `node`, a time limit, and how its JSON result reads against its target. */
const BENCHES = [
  {
    name: 'generate',
    args: ['bench/generate.mjs', '--rounds', quick ? '3' : '7', '--json'],
    limitS: 300,
    summary: (r) => `${r.tools[0].medianWallMs} ms, ${r.ratio}x ${r.fastestPeer} (${r.tools.find((t) => t.name === r.fastestPeer)?.medianWallMs} ms), cpu ${r.cpuRatio}x; peak ${r.tools[0].peakRssMiB} MiB (median run ${r.tools[0].medianPeakRssMiB})`,
    met: (r) => r.ratio !== null && r.ratio <= 0.6 && r.tools[0].peakRssMiB <= 200,
    target: '<= 0.6x fastest compiling peer, <= 200 MiB',
  },
  {
    name: 'runtime-overhead',
    args: ['bench/runtime-overhead.mjs', quick ? '500' : '2000', quick ? '5' : '15'],
    limitS: 180,
    summary: (r) => `client ${r.clientMedianUs} us vs bare fetch ${r.bareFetchMedianUs} us (+${r.clientOverheadUs} us, server ${r.server}): ${r.ratio}x (${r.ratioVsBareWithTimeout}x vs fetch with the same timeout; ${r.ratioNoTimeout}x with timeoutMs: 0)`,
    met: (r) => r.ratio <= 1.1,
    target: '<= 1.1x bare fetch',
  },
  {
    name: 'runtime-cpu',
    args: ['bench/runtime-cpu.mjs', '--json'],
    limitS: 120,
    summary: (r) => `without the network: a call costs the client ${r.callOwnCostUs} us beyond fetch + JSON.parse; .all() over 10,000 resources ${r.pagingOwnCostMs} ms beyond a hand-written decoding loop`,
    met: () => undefined,
    target: '(no target: the runtime\'s own CPU, steady enough to compare versions)',
  },
  {
    name: 'jsonapi-decode',
    args: ['bench/jsonapi-decode.mjs', '--rounds', quick ? '15' : '41', '--json'],
    limitS: 120,
    summary: (r) => `ours ${r.medianMs['twine-codegen']} ms; ${r.ratioVsFastestOther}x faster than the faster of jsona/kitsu-core`,
    met: (r) => r.ratioVsFastestOther >= 2,
    target: '>= 2x faster than jsona and kitsu-core',
  },
  {
    name: 'paging',
    args: ['bench/paging.mjs', '--json', ...(quick ? ['--rounds', '5'] : [])],
    limitS: 180,
    summary: (r) => `hand-written ${r.handWrittenMedianMs} ms; runtime with readAhead ${r.runtimeReadAheadMedianMs} ms: ${r.ratioReadAhead}x; by default (no request ahead, so a break sends none) ${r.runtimeMedianMs} ms: ${r.ratio}x (${r.ratioVsDecoded}x vs hand-written + decode; the hand-written floor with decode, signal and for await is ${r.floorRatio}x, the default ${r.ratioVsFloor}x of it)`,
    // The measured loop runs the whole collection, which is what readAhead is for; the default trades that
    // speed for a break that sends no further request (both ratios are in the summary).
    met: (r) => r.ratioReadAhead <= 1.1,
    target: '<= 1.1x hand-written loop, with readAhead: true',
  },
  {
    name: 'diff-history',
    args: ['bench/diff-history.mjs', HISTORY, quick ? '1' : '3'],
    limitS: 240,
    summary: (r) => `${r.pairs} pairs in ${r.medianTotalMs} ms (load ${r.medianLoadMs} ms, diff ${r.medianDiffMs} ms)`,
    met: (r) => r.pairs === 97 && r.medianTotalMs <= 5000,
    target: 'all 97 pairs <= 5 s',
  },
  {
    name: 'bundle-size',
    args: ['bench/bundle-size.mjs', '--json', '--bounds'],
    limitS: 120,
    summary: (r) => {
      const bytes = Object.fromEntries(r.consumers.map((c) => [c.name, c.gzipBytes]));
      const bounds = r.consumers.find((c) => c.name === 'standalone')?.bounds;
      return `a consumer of one paged JSON:API operation with auth ${r.standaloneGzipBytes} B gzip (through createClient ${bytes.client} B; the transport alone ${bytes.transport} B; every message shortened ${bounds?.shortMessagesGzipBytes} B, every property name ${bounds?.shortPropertyNamesGzipBytes} B)`;
    },
    met: (r) => r.standaloneGzipBytes <= r.targetGzipBytes,
    target: '<= 5 kB gzip (esbuild, minified, browser) including auth, JSON:API decoding and paging',
  },
  {
    name: 'huge-spec',
    args: ['bench/huge-spec.mjs', ...(quick ? ['250'] : ['250', '1000', '4000']), '--json'],
    limitS: 300,
    summary: (r) => `${r.results.map((x) => `${x.operations} ops (${x.specMB} MB) ${x.seconds} s`).join(', ')}; time per operation grows ${r.growthPerSizeRatio ?? '-'}x from the smallest to the largest`,
    met: (r) => r.results.every((x) => x.seconds <= 60),
    target: 'a ~20 MB spec generates, never hangs (each size within 60 s)',
  },
  {
    name: 'load-spec',
    args: ['bench/load-spec.mjs'],
    limitS: 120,
    summary: (r) => `cold ${r.cold?.loadMs ?? r.coldMs} ms (fresh process), warm ${r.warmMs} ms`,
    met: () => undefined,
    target: '(no target: the loader share of generate)',
  },
];

function runBench(bench) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, bench.args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; process.stdout.write(chunk); });
    const timer = setTimeout(() => child.kill('SIGKILL'), bench.limitS * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      resolve({ code, timedOut: signal === 'SIGKILL', seconds, result: lastJson(stdout) });
    });
  });
}

/** The last line of a benchmark's output that is a JSON object: its machine-readable result. */
function lastJson(text) {
  for (const line of text.trim().split('\n').reverse()) {
    if (!line.startsWith('{')) continue;
    try {
      return JSON.parse(line);
    } catch {
      // a line that only looks like JSON
    }
  }
  return undefined;
}

const machine = { nproc: cpus().length, cpu: cpus()[0]?.model, node: process.version, date: new Date().toISOString(), loadavgAtStart: loadavg().map((l) => Number(l.toFixed(2))) };
console.log(`machine: ${machine.nproc} cpus (${machine.cpu}), node ${machine.node}, load average ${machine.loadavgAtStart.join(' ')}`);
console.log('building the CLI (npm run build)...');
const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const results = [];
for (const bench of BENCHES) {
  if (!existsSync(`${ROOT}${bench.args[0]}`)) {
    results.push({ name: bench.name, missing: true });
    continue;
  }
  console.log(`\n== ${bench.name}: node ${bench.args.join(' ')}`);
  results.push({ name: bench.name, command: `node ${bench.args.join(' ')}`, ...(await runBench(bench)) });
}
machine.loadavgAtEnd = loadavg().map((l) => Number(l.toFixed(2)));

console.log(`\n== summary (load average at end ${machine.loadavgAtEnd.join(' ')})`);
for (const r of results) {
  const bench = BENCHES.find((b) => b.name === r.name);
  if (r.missing) console.log(`  ${r.name.padEnd(17)} not present`);
  else if (r.result === undefined) console.log(`  ${r.name.padEnd(17)} FAILED (exit ${r.code}${r.timedOut ? `, killed after ${bench.limitS} s` : ''})`);
  else {
    const met = bench.met(r.result);
    const verdict = met === undefined ? '' : met ? 'MET    ' : 'NOT MET';
    console.log(`  ${r.name.padEnd(17)} ${verdict.padEnd(7)} ${bench.summary(r.result)}  [target ${bench.target}; ${r.seconds.toFixed(0)} s]`);
  }
}
mkdirSync(`${ROOT}.tmp/bench`, { recursive: true });
writeFileSync(`${ROOT}.tmp/bench/results.json`, `${JSON.stringify({ machine, results }, null, 2)}\n`);
process.exitCode = results.some((r) => !r.missing && r.result === undefined) ? 1 : 0;
