// Per-request overhead of the generated client's transport vs a bare fetch loop, same process, same
// loopback server. Bundles src/runtime/index.ts with esbuild into a temp file, then alternates rounds of
// four loops (bare fetch, bare fetch with a 30 s timeout signal, the client with its default 30 s timeout,
// the client with timeoutMs: 0) and reports medians and ratios (target <= 1.1x).
// Usage: node bench/runtime-overhead.mjs [requestsPerRound=2000] [rounds=15]
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './lib/measure.mjs';
import { fetchPatientOp, patientBody } from './lib/patients.mjs';

const perRound = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 15);

const dir = await mkdtemp(join(tmpdir(), 'runtime-bench-'));
const outfile = join(dir, 'runtime.mjs');
await build({ entryPoints: ['src/runtime/index.ts'], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
const { createTransport } = await import(pathToFileURL(outfile).href);

const payload = patientBody;
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/vnd.api+json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/pub`;

const op = fetchPatientOp;
const transport = createTransport({ baseUrl: base, auth: () => 'bench-token', timeoutMs: Number(process.env.BENCH_TIMEOUT_MS ?? 30000) }, {});
// The like-for-like pair of the bare loop: the client without its default per-attempt timeout.
const transportNoTimeout = createTransport({ baseUrl: base, auth: () => 'bench-token', timeoutMs: 0 }, {});
const headers = { accept: 'application/vnd.api+json', authorization: 'Bearer bench-token' };

async function bare() {
  for (let i = 0; i < perRound; i++) {
    const res = await fetch(`${base}/patient/57b3?include=groups`, { method: 'GET', headers });
    JSON.parse(await res.text());
  }
}
// The same bare loop with the cancellation the client adds by default (a 30 s timeout signal per request).
async function bareWithTimeout() {
  for (let i = 0; i < perRound; i++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    const res = await fetch(`${base}/patient/57b3?include=groups`, { method: 'GET', headers, signal: controller.signal });
    JSON.parse(await res.text());
    clearTimeout(timer);
  }
}
async function client() {
  for (let i = 0; i < perRound; i++) await transport.call(op, { id: '57b3', include: 'groups' });
}
async function clientNoTimeout() {
  for (let i = 0; i < perRound; i++) await transportNoTimeout.call(op, { id: '57b3', include: 'groups' });
}

async function timeRound(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e3 / perRound; // microseconds per request
}

await bare(); await bareWithTimeout(); await client(); await clientNoTimeout(); // warm-up: JIT and keep-alive sockets
const bareTimes = [];
const bareTimeoutTimes = [];
const clientTimes = [];
const clientNoTimeoutTimes = [];
const loops = [[bare, bareTimes], [bareWithTimeout, bareTimeoutTimes], [client, clientTimes], [clientNoTimeout, clientNoTimeoutTimes]];
for (let r = 0; r < rounds; r++) {
  // Rotate the order so drift (GC, CPU frequency) hits every loop alike.
  for (let k = 0; k < loops.length; k++) {
    const [fn, times] = loops[(k + r) % loops.length];
    times.push(await timeRound(fn));
  }
}
const mb = median(bareTimes);
const mc = median(clientTimes);
const mt = median(bareTimeoutTimes);
const mn = median(clientNoTimeoutTimes);
console.log(JSON.stringify({
  benchmark: 'runtime-overhead', requestsPerRound: perRound, rounds, node: process.version,
  bareFetchMedianUs: Number(mb.toFixed(1)), bareFetchWithTimeoutMedianUs: Number(mt.toFixed(1)),
  clientMedianUs: Number(mc.toFixed(1)), clientTimeoutMs: Number(process.env.BENCH_TIMEOUT_MS ?? 30000),
  clientNoTimeoutMedianUs: Number(mn.toFixed(1)),
  ratio: Number((mc / mb).toFixed(3)), ratioVsBareWithTimeout: Number((mc / mt).toFixed(3)),
  ratioNoTimeout: Number((mn / mb).toFixed(3)), target: 1.1,
}));
server.close();
await rm(dir, { recursive: true, force: true });
