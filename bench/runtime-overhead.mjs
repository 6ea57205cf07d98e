// Per-request overhead of the generated client's transport vs a bare fetch loop over loopback. Bundles
// src/runtime/index.ts with esbuild into a temp file, then alternates rounds of four loops (bare fetch, bare
// fetch with a 30 s timeout signal per request, the client with its default 30 s timeout, the client with
// timeoutMs: 0) and reports medians and ratios (target <= 1.1x), plus the overhead in microseconds.
// The server runs in a child process, as a server does (and as in bench/paging.mjs); `--in-process` runs it
// in this process instead, where it shares the event loop and the heap with the client, so the client's
// garbage collection also delays the server.
// Usage: node bench/runtime-overhead.mjs [--in-process] [requestsPerRound=2000] [rounds=15]
import { build } from 'esbuild';
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './lib/measure.mjs';
import { fetchPatientOp, patientBody } from './lib/patients.mjs';

if (process.argv.includes('--serve')) {
  const server = listen(() => process.send({ port: server.address().port }));
  process.on('disconnect', () => server.close());
} else await main();

/** GET anything: the one-resource patient document. */
function listen(onListening) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/vnd.api+json', 'content-length': Buffer.byteLength(patientBody) });
    res.end(patientBody);
  });
  return server.listen(0, '127.0.0.1', onListening);
}

async function startServer(inProcess) {
  if (inProcess) {
    const server = await new Promise((resolve) => { const s = listen(() => resolve(s)); });
    return { port: server.address().port, close: () => server.close() };
  }
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' });
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  return { port, close: () => child.disconnect() };
}

async function main() {
  const args = process.argv.slice(2);
  const inProcess = args.includes('--in-process');
  const [perRound = 2000, rounds = 15] = args.filter((a) => !a.startsWith('--')).map(Number);

  const dir = await mkdtemp(join(tmpdir(), 'runtime-bench-'));
  const outfile = join(dir, 'runtime.mjs');
  const root = fileURLToPath(new URL('..', import.meta.url));
  await build({ entryPoints: [join(root, 'src/runtime/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
  const { createTransport } = await import(pathToFileURL(outfile).href);
  const server = await startServer(inProcess);
  const base = `http://127.0.0.1:${server.port}/pub`;

  const op = fetchPatientOp;
  const transport = createTransport({ baseUrl: base, auth: () => 'bench-token' }, {});
  // The like-for-like pair of the bare loop: the client without its default per-attempt timeout.
  const transportNoTimeout = createTransport({ baseUrl: base, auth: () => 'bench-token', timeoutMs: 0 }, {});
  const headers = { accept: 'application/vnd.api+json', authorization: 'Bearer bench-token' };

  async function bare() {
    for (let i = 0; i < perRound; i++) {
      const res = await fetch(`${base}/patient/57b3?include=groups`, { method: 'GET', headers });
      JSON.parse(await res.text());
    }
  }
  // The bare loop with the usual way to time out a fetch: a controller and a timer per request.
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

  const loops = { bare, bareWithTimeout, client, clientNoTimeout };
  const names = Object.keys(loops);
  for (const name of names) await loops[name](); // warm-up: JIT and keep-alive sockets
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so drift (GC, CPU frequency) hits every loop alike.
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length];
      times[name].push(await timeRound(loops[name]));
    }
  }
  server.close();
  await rm(dir, { recursive: true, force: true });

  const m = Object.fromEntries(names.map((name) => [name, median(times[name])]));
  const us = (x) => Number(x.toFixed(1));
  const ratio = (a, b) => Number((a / b).toFixed(3));
  console.log(JSON.stringify({
    benchmark: 'runtime-overhead', server: inProcess ? 'in-process' : 'child-process', requestsPerRound: perRound, rounds, node: process.version,
    bareFetchMedianUs: us(m.bare), bareFetchWithTimeoutMedianUs: us(m.bareWithTimeout),
    clientMedianUs: us(m.client), clientNoTimeoutMedianUs: us(m.clientNoTimeout),
    clientOverheadUs: us(m.client - m.bare),
    ratio: ratio(m.client, m.bare), ratioVsBareWithTimeout: ratio(m.client, m.bareWithTimeout),
    ratioNoTimeout: ratio(m.clientNoTimeout, m.bare), target: 1.1,
  }));
}
