// The runtime's own CPU cost, without the network: `fetch` is an instant fake returning prepared bodies, so
// what is timed is the client's work (request building, auth, execute, body reading, JSON:API decoding,
// paging) against the same work done by hand (JSON.parse, and decodeDocument for paging). Far steadier than
// the loopback benchmarks on a shared machine, so it is the one to compare two versions of the runtime
// with: `node bench/runtime-cpu.mjs [runtimeEntry]` (default src/runtime/index.ts; pass another checkout's).
// Usage: node bench/runtime-cpu.mjs [runtimeEntry] [--json]
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './lib/measure.mjs';
import { cursorPages, fetchPatientOp, fetchPatientsOp, patientBody } from './lib/patients.mjs';

const args = process.argv.slice(2);
const entry = resolve(args.find((a) => !a.startsWith('--')) ?? 'src/runtime/index.ts');
const CALLS = 100_000;
const RESOURCES = 10_000;
const LIMIT = 50;
const ROUNDS = 21;

const dir = await mkdtemp(join(tmpdir(), 'runtime-cpu-'));
const outfile = join(dir, 'runtime.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
const { createTransport, decodeDocument, pagedOperation } = await import(pathToFileURL(outfile).href);
await rm(dir, { recursive: true, force: true });

const headers = new Headers({ 'content-type': 'application/vnd.api+json' });
const respond = (text) => ({ status: 200, statusText: 'OK', headers, text: async () => text });

// One operation call: GET /patient/{id}?include=groups returning one resource.
const singleFetch = async () => respond(patientBody);
const callTransport = createTransport({ baseUrl: 'http://127.0.0.1:9/pub', auth: () => 'tok', timeoutMs: 0, fetch: singleFetch }, {});
async function callsByHand() {
  for (let i = 0; i < CALLS; i++) JSON.parse(await (await singleFetch(`http://127.0.0.1:9/pub/patient/57b3?include=groups`)).text());
}
async function callsByClient() {
  for (let i = 0; i < CALLS; i++) await callTransport.call(fetchPatientOp, { id: '57b3', include: 'groups' });
}

// Paging: 10,000 resources in cursor pages of 50, each with a to-many relationship.
const pages = cursorPages(RESOURCES, LIMIT);
const pageFetch = async (url) => respond(pages.get(new URL(url).searchParams.get('page[cursor]') ?? ''));
const fetchPatients = pagedOperation(fetchPatientsOp);
const pageTransport = createTransport({ baseUrl: 'http://127.0.0.1:9/pub', auth: () => 'tok', timeoutMs: 0, fetch: pageFetch }, {});
async function pagesByHand() {
  let n = 0;
  let url = `http://127.0.0.1:9/pub/patient?page[limit]=${LIMIT}`;
  while (url !== undefined) {
    const doc = decodeDocument(JSON.parse(await (await pageFetch(url)).text()));
    for (const resource of doc.data) if (resource.id) n += 1;
    url = doc.links.next ? new URL(doc.links.next, 'http://127.0.0.1:9/pub/').href : undefined;
  }
  return n;
}
async function pagesByClient() {
  let n = 0;
  for await (const patient of fetchPatients.all(pageTransport, {})) if (patient.id) n += 1;
  return n;
}

async function compare(byHand, byClient) {
  const hand = [];
  const client = [];
  await byHand(); await byClient();
  for (let r = 0; r < ROUNDS; r++) {
    for (const [fn, times] of r % 2 ? [[byHand, hand], [byClient, client]] : [[byClient, client], [byHand, hand]]) {
      const t0 = process.hrtime.bigint();
      await fn();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return { handMs: median(hand), clientMs: median(client) };
}

const calls = await compare(callsByHand, callsByClient);
const paging = await compare(pagesByHand, pagesByClient);
const result = {
  benchmark: 'runtime-cpu', entry, node: process.version, rounds: ROUNDS,
  callClientUs: Number(((calls.clientMs * 1000) / CALLS).toFixed(2)),
  callByHandUs: Number(((calls.handMs * 1000) / CALLS).toFixed(2)),
  callOwnCostUs: Number((((calls.clientMs - calls.handMs) * 1000) / CALLS).toFixed(2)),
  pagingClientMs: Number(paging.clientMs.toFixed(2)),
  pagingByHandDecodedMs: Number(paging.handMs.toFixed(2)),
  pagingOwnCostMs: Number((paging.clientMs - paging.handMs).toFixed(2)),
};
if (!args.includes('--json')) {
  console.log(`runtime-cpu (no network; ${ROUNDS} rounds, medians, node ${process.version})`);
  console.log(`  one call: client ${result.callClientUs} us, by hand ${result.callByHandUs} us: the client's own cost ${result.callOwnCostUs} us`);
  console.log(`  .all() over ${RESOURCES} resources: client ${result.pagingClientMs} ms, by hand with decodeDocument ${result.pagingByHandDecodedMs} ms: own cost ${result.pagingOwnCostMs} ms`);
}
console.log(JSON.stringify(result));
