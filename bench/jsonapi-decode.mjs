// Decode benchmark (issue 4): one JSON:API document of 1,000 patients with 2,000 included resources and
// to-many relationships, decoded by our runtime, jsona and kitsu-core in the same process, interleaved per
// round. Every decoder gets its own freshly parsed copy (kitsu-core mutates its input); parsing is not timed.
// Usage: node bench/jsonapi-decode.mjs [--rounds N] [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { Jsona } from 'jsona';
import { deserialise } from 'kitsu-core';
import { median } from './lib/measure.mjs';

const args = process.argv.slice(2);
const roundsArg = args.indexOf('--rounds');
const ROUNDS = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 41;
const WARMUP = 10;
const PATIENTS = 1_000;
const GROUPS = 1_000;
const COACHES = 1_000;

/** The document: patients -> 3 groups (to-many) and 2 coaches (to-many) and an owner coach (to-one).
 * No back-references: kitsu-core links recursively and overflows the stack on this size of cycle. */
function buildDocument() {
  const data = [];
  for (let i = 0; i < PATIENTS; i++) {
    data.push({
      type: 'patient',
      id: `p${i}`,
      attributes: {
        first_name: `First${i}`,
        last_name: `Last${i}`,
        email_address: `patient${i}@example.com`,
        birth_date: `19${String(40 + (i % 60)).padStart(2, '0')}-03-06`,
        gender: ['male', 'female', 'other'][i % 3],
        archived: i % 7 === 0,
        updated_at: '2016-07-11T17:13:57.027Z',
        phone_numbers: [{ number: `555-01${String(i % 100).padStart(2, '0')}`, type: 'mobile', primary: true }],
      },
      links: { self: `/patient/p${i}` },
      relationships: {
        groups: { data: [0, 1, 2].map((k) => ({ type: 'group', id: `g${(i * 3 + k) % GROUPS}` })) },
        coaches: { data: [0, 1].map((k) => ({ type: 'coach', id: `c${(i * 2 + k) % COACHES}`, meta: { primary: k === 0 } })), links: { related: `/patient/p${i}/coaches` } },
        owner: { data: { type: 'coach', id: `c${i % COACHES}` } },
      },
    });
  }
  const included = [];
  for (let i = 0; i < GROUPS; i++) {
    included.push({ type: 'group', id: `g${i}`, attributes: { name: `Group ${i}`, description: `Group number ${i}`, created_at: '2016-01-01T00:00:00Z' }, relationships: { organization: { data: { type: 'organization', id: `o${i % 10}` } } } });
  }
  for (let i = 0; i < COACHES; i++) {
    included.push({ type: 'coach', id: `c${i}`, attributes: { first_name: `Coach${i}`, last_name: `Smith${i}`, email_address: `coach${i}@example.com` } });
  }
  return { data, included, meta: { count: PATIENTS, req_id: 'bench' }, links: { next: '/patient?page[after]=p999' } };
}

async function loadOurDecoder() {
  const dir = mkdtempSync(join(tmpdir(), 'jsonapi-bench-'));
  const outfile = join(dir, 'jsonapi.mjs');
  const entry = fileURLToPath(new URL('../src/runtime/jsonapi/index.ts', import.meta.url));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile, logLevel: 'error' });
  const module = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return module.decodeDocument;
}


async function main() {
  const decodeDocument = await loadOurDecoder();
  const jsona = new Jsona();
  const text = JSON.stringify(buildDocument());
  const decoders = {
    'twine-codegen': (doc) => decodeDocument(doc).data,
    jsona: (doc) => jsona.deserialize(doc),
    'kitsu-core': (doc) => deserialise(doc).data,
  };

  // The same answer from all three, so we compare equal work: included attributes reached through a to-many.
  for (const [name, decode] of Object.entries(decoders)) {
    const data = decode(JSON.parse(text));
    const groups = Array.isArray(data[5].groups) ? data[5].groups : data[5].groups.data;
    if (data.length !== PATIENTS || groups[1].name !== 'Group 16') throw new Error(`${name} decoded a different result`);
  }

  const samples = Object.fromEntries(Object.keys(decoders).map((name) => [name, []]));
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const [name, decode] of Object.entries(decoders)) {
      const doc = JSON.parse(text);
      const start = performance.now();
      decode(doc);
      const elapsed = performance.now() - start;
      if (round >= WARMUP) samples[name].push(elapsed);
    }
  }

  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const ours = medians['twine-codegen'];
  const fastestOther = Math.min(medians.jsona, medians['kitsu-core']);
  const result = {
    benchmark: 'jsonapi-decode',
    document: { resources: PATIENTS, included: GROUPS + COACHES, bytes: text.length },
    rounds: ROUNDS,
    medianMs: Object.fromEntries(Object.entries(medians).map(([name, ms]) => [name, Number(ms.toFixed(3))])),
    ratioVsFastestOther: Number((fastestOther / ours).toFixed(2)),
    node: process.version,
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`jsonapi-decode: ${PATIENTS} resources, ${GROUPS + COACHES} included, ${ROUNDS} rounds (median ms)`);
  for (const [name, ms] of Object.entries(medians)) console.log(`  ${name.padEnd(14)} ${ms.toFixed(3).padStart(9)} ms  (${(ms / ours).toFixed(2)}x ours)`);
  console.log(`  ours is ${result.ratioVsFastestOther}x faster than the faster of jsona and kitsu-core (target: >= 2x)`);
}

await main();
