// Paging benchmark (issue 5): iterating 10,000 resources with cursor paging, 50 a page (200 requests), through
// the runtime (`pagedOperation(...).all`, bundled from src/runtime with esbuild) vs a hand-written fetch loop
// sending the same requests and following the same links. A second baseline adds the runtime's JSON:API
// `decodeDocument` to the hand-written loop, since the runtime's items are decoded models; a third (the
// floor) also cancels requests and hands resources out through `for await`, as the API must: the
// first ratio is the target (<= 1.1x), the last isolates what the runtime's own code adds. The
// runtime runs twice: as it is by default (each page requested when the loop wants it, so a `break` sends
// no further request) and with `readAhead: true` (the next page requested as soon as a page arrives). The server runs in a
// child process with every page prepared in advance, so the timings are the clients' work plus loopback
// HTTP. Rounds rotate the order; medians are printed. 41 rounds by default: a round is ~60 ms, and with 15
// the medians moved by up to 10% from run to run.
// Usage: node bench/paging.mjs [--rounds N] [--json]
import { build } from 'esbuild';
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './lib/measure.mjs';
import { ORG, cursorPages, fetchPatientsOp } from './lib/patients.mjs';

const RESOURCES = 10_000;
const LIMIT = 50;
const TOKEN = 'bench-token';

if (process.argv.includes('--serve')) serve();
else await main();

/** The child: GET /pub/patient with cursor paging over prepared pages; anything else 404. */
function serve() {
  const bodies = cursorPages(RESOURCES, LIMIT);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const body = req.headers.authorization === `Bearer ${TOKEN}` && url.pathname === '/pub/patient'
      && url.searchParams.get('page[limit]') === String(LIMIT) ? bodies.get(url.searchParams.get('page[cursor]') ?? '') : undefined;
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'application/vnd.api+json' });
      return res.end('{"errors":[{"status":"404"}]}');
    }
    res.writeHead(200, { 'content-type': 'application/vnd.api+json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('disconnect', () => server.close());
}

async function main() {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 41;
  const dir = await mkdtemp(join(tmpdir(), 'paging-bench-'));
  const outfile = join(dir, 'runtime.mjs');
  const root = fileURLToPath(new URL('..', import.meta.url));
  await build({ entryPoints: [join(root, 'src/runtime/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
  const { createTransport, decodeDocument, pagedOperation } = await import(pathToFileURL(outfile).href);

  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' });
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  const base = `http://127.0.0.1:${port}/pub`;

  const fetchPatients = pagedOperation(fetchPatientsOp);
  const transport = createTransport({ baseUrl: base, auth: () => TOKEN }, {});
  // Without the default 30 s per-attempt timeout, which costs an AbortSignal (and a timer) per request.
  const transportNoTimeout = createTransport({ baseUrl: base, auth: () => TOKEN, timeoutMs: 0 }, {});
  const headers = { accept: 'application/vnd.api+json', authorization: `Bearer ${TOKEN}` };

  async function iterate(client) {
    let n = 0;
    for await (const patient of fetchPatients.all(client, { filter: { organization: ORG } })) if (patient.id) n += 1;
    return n;
  }
  const runtime = () => iterate(transport);
  const runtimeNoTimeout = () => iterate(transportNoTimeout);
  const runtimeReadAhead = async () => {
    let n = 0;
    for await (const patient of fetchPatients.all(transport, { filter: { organization: ORG } }, { readAhead: true })) if (patient.id) n += 1;
    return n;
  };
  async function fetchLoop(read) {
    let n = 0;
    let url = `${base}/patient?filter[organization]=${ORG}&page[limit]=${LIMIT}`;
    while (url !== undefined) {
      const res = await fetch(url, { headers });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const doc = read(JSON.parse(await res.text()));
      for (const resource of doc.data) if (resource.id) n += 1;
      url = doc.links?.next ? new URL(doc.links.next, `${base}/`).href : undefined;
    }
    return n;
  }
  const handWritten = () => fetchLoop((doc) => doc);
  const handWrittenDecoded = () => fetchLoop(decodeDocument);
  /**
   * The floor of what issue 5 pins, written by hand: the loop above plus decoding, a cancellable request (a
   * signal shared by up to 32 requests, as the runtime's default 30 s timeout does) and resources handed out
   * through `for await` by a minimal async iterator (one resolved promise each). No retries, hooks, checks
   * of the document's shape beyond decodeDocument's, link safety or count check.
   */
  async function handWrittenFloor() {
    async function* pages() {
      let url = `${base}/patient?filter[organization]=${ORG}&page[limit]=${LIMIT}`;
      let controller;
      for (let sent = 0; url !== undefined; sent++) {
        if (sent % 32 === 0) controller = new AbortController();
        const res = await fetch(url, { method: 'GET', headers: { ...headers }, signal: controller.signal });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const doc = decodeDocument(JSON.parse(await res.text()));
        yield doc.data;
        url = doc.links?.next ? new URL(doc.links.next, `${base}/`).href : undefined;
      }
    }
    const source = pages();
    let items = [];
    let at = 0;
    const iterator = {
      [Symbol.asyncIterator]() { return this; },
      next() {
        if (at < items.length) return Promise.resolve({ done: false, value: items[at++] });
        return source.next().then((page) => {
          if (page.done) return page;
          items = page.value;
          at = 0;
          return this.next();
        });
      },
    };
    let n = 0;
    for await (const patient of iterator) if (patient.id) n += 1;
    return n;
  }
  const loops = { runtime, runtimeNoTimeout, runtimeReadAhead, handWritten, handWrittenDecoded, handWrittenFloor };

  const timed = async (fn) => {
    const t0 = process.hrtime.bigint();
    const n = await fn();
    if (n !== RESOURCES) throw new Error(`iterated ${n} resources, expected ${RESOURCES}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const names = Object.keys(loops);
  for (let i = 0; i < 3; i++) for (const name of names) await timed(loops[name]); // JIT and keep-alive sockets
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so drift (GC, CPU frequency) hits every loop alike.
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length];
      times[name].push(await timed(loops[name]));
    }
  }
  child.disconnect();
  await rm(dir, { recursive: true, force: true });

  const result = {
    benchmark: 'paging', resources: RESOURCES, pageSize: LIMIT, requests: RESOURCES / LIMIT, rounds, node: process.version,
    runtimeMedianMs: Number(median(times.runtime).toFixed(1)), runtimeNoTimeoutMedianMs: Number(median(times.runtimeNoTimeout).toFixed(1)),
    runtimeReadAheadMedianMs: Number(median(times.runtimeReadAhead).toFixed(1)),
    handWrittenMedianMs: Number(median(times.handWritten).toFixed(1)),
    handWrittenDecodedMedianMs: Number(median(times.handWrittenDecoded).toFixed(1)),
    handWrittenFloorMedianMs: Number(median(times.handWrittenFloor).toFixed(1)),
    ratio: Number((median(times.runtime) / median(times.handWritten)).toFixed(3)),
    ratioReadAhead: Number((median(times.runtimeReadAhead) / median(times.handWritten)).toFixed(3)),
    ratioVsDecoded: Number((median(times.runtime) / median(times.handWrittenDecoded)).toFixed(3)),
    floorRatio: Number((median(times.handWrittenFloor) / median(times.handWritten)).toFixed(3)),
    ratioVsFloor: Number((median(times.runtime) / median(times.handWrittenFloor)).toFixed(3)), target: 1.1,
  };
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(`paging: ${RESOURCES} resources, cursor paging ${LIMIT} a page (${result.requests} requests), ${rounds} rounds, node ${process.version}`);
    console.log(`  runtime .all()      median ${result.runtimeMedianMs} ms (${result.runtimeNoTimeoutMedianMs} ms with timeoutMs: 0)`);
    console.log(`  runtime .all() with readAhead: true  median ${result.runtimeReadAheadMedianMs} ms`);
    console.log(`  hand-written fetch  median ${result.handWrittenMedianMs} ms`);
    console.log(`  hand-written fetch + decodeDocument  median ${result.handWrittenDecodedMedianMs} ms`);
    console.log(`  hand-written floor (fetch + decode + shared signal + for await)  median ${result.handWrittenFloorMedianMs} ms (${result.floorRatio}x fetch)`);
    console.log(`  ratio ${result.ratio}x vs fetch (target <= ${result.target}x), ${result.ratioVsDecoded}x vs fetch + decode, ${result.ratioVsFloor}x vs the floor`);
    console.log(`  readAhead: ${result.ratioReadAhead}x vs fetch`);
  }
}
