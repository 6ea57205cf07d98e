// Bundle size of the generated client (issue 7 item 3): a consumer that creates a client and calls one
// operation, bundled as a browser app would be (esbuild: ESM, minified, tree-shaken, platform browser),
// then gzipped. `client` goes through `createClient` (which references every operation, so every
// descriptor ships); `standalone` imports one paged operation and `createTransport` (what a size-conscious
// user writes): both include auth, JSON:API decoding and paging, the issue's target. Two smaller consumers
// show what each layer adds: `transport` (auth, HTTP, retries, errors; a hand-written descriptor) and
// `decoded` (one JSON:API operation, no paging). The metafile says where the minified bytes go, per
// generated file and runtime module. `--bounds` adds two upper bounds on what rewording could save: the
// gzip size with every string literal longer than 12 characters (the error messages) replaced by a short
// token, and with every property name shortened (what property mangling would give); neither output
// runs, they only size what messages and names cost. Needs a built CLI (`npm run build`).
// Usage: node bench/bundle-size.mjs [--spec FILE] [--json] [--all] [--bounds]   (--all: every module, not the top 8)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const HISTORY = resolve(ROOT, '../shared/specs/twine-history');
const SPEC = resolve(option('--spec', existsSync(HISTORY) ? join(HISTORY, readdirSync(HISTORY).find((f) => f.startsWith('098-')) ?? '') : 'test/fixtures/package/consumer.yaml'));
const CLI = join(ROOT, 'dist/cli/main.js');
const TARGET_GZIP_BYTES = 5 * 1024;

if (!existsSync(CLI)) fail('dist/cli/main.js is missing: run `npm run build` first');
if (!existsSync(SPEC)) fail(`spec not found: ${SPEC}`);

const work = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
try {
  execFileSync(process.execPath, [CLI, 'generate', '--quiet', '--lenient', '--spec', SPEC, '--out', join(work, 'pkg')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const consumers = {
    transport: `import { createTransport, clientDefaults } from './pkg/src/index.ts';
const transport = createTransport({ auth: { clientId: 'id', clientSecret: 'secret' } }, clientDefaults);
const op = { operationId: 'fetchPatient', method: 'GET', path: '/patient/{id}', params: { id: { in: 'path', name: 'id' } }, accept: ['application/json'], jsonApi: false };
console.log(await transport.call(op, { id: '1' }));`,
    decoded: `import { createTransport, clientDefaults, fetchPatient } from './pkg/src/index.ts';
const transport = createTransport({ auth: { clientId: 'id', clientSecret: 'secret' } }, clientDefaults);
console.log((await fetchPatient(transport, { id: '1' })).data);`,
    client: `import { createClient } from './pkg/src/index.ts';
const twine = createClient({ auth: { clientId: 'id', clientSecret: 'secret' } });
for await (const patient of twine.fetchPatients.all({ filter: { groups: 'g1' } })) console.log(patient.id);`,
    standalone: `import { createTransport, clientDefaults, fetchPatients } from './pkg/src/index.ts';
const transport = createTransport({ auth: { clientId: 'id', clientSecret: 'secret' } }, clientDefaults);
for await (const patient of fetchPatients.all(transport, { filter: { groups: 'g1' } })) console.log(patient.id);`,
  };
  const results = [];
  for (const [name, source] of Object.entries(consumers)) results.push(await measure(name, source));
  const standalone = results.find((r) => r.name === 'standalone');
  const summary = { spec: relative(ROOT, SPEC), targetGzipBytes: TARGET_GZIP_BYTES, standaloneGzipBytes: standalone?.gzipBytes, consumers: results };
  if (!args.includes('--json')) {
    for (const r of results) {
      console.log(`${r.name}: ${r.minifiedBytes} B minified, ${r.gzipBytes} B gzip (${r.gzipBytes <= TARGET_GZIP_BYTES ? 'within' : 'over'} the ${TARGET_GZIP_BYTES} B target)`);
      if (r.bounds) console.log(`  bounds: ${r.bounds.shortMessagesGzipBytes} B gzip with every message shortened, ${r.bounds.shortPropertyNamesGzipBytes} B with property names shortened`);
      for (const m of r.byModule.slice(0, args.includes('--all') ? undefined : 8)) console.log(`  ${String(m.bytes).padStart(6)} B  ${(m.share * 100).toFixed(1).padStart(5)}%  ${m.module}`);
    }
  }
  console.log(JSON.stringify(summary));
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function measure(name, source) {
  const entry = join(work, `${name}.ts`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    metafile: true,
    write: false,
    outfile: join(work, `${name}.js`),
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  const byModule = Object.entries(output.inputs)
    .map(([file, { bytesInOutput }]) => ({ module: file.replace(/^.*pkg\/src\//, ''), bytes: bytesInOutput, share: bytesInOutput / code.length }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
  return { name, minifiedBytes: code.length, gzipBytes: gzip(code), byModule, ...(args.includes('--bounds') ? { bounds: bounds(Buffer.from(code).toString('utf8'), gzip) } : {}) };
}

function bounds(text, gzip) {
  let strings = 0;
  const withoutMessages = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, (s) => (s.length > 12 ? `"${(strings++).toString(36)}"` : s));
  const names = new Map();
  const shortNames = text.replace(/\.([A-Za-z_$][\w$]{2,})/g, (_, name) => `.${names.get(name) ?? names.set(name, `p${names.size.toString(36)}`).get(name)}`);
  return { shortMessagesGzipBytes: gzip(withoutMessages), shortPropertyNamesGzipBytes: gzip(shortNames) };
}

function fail(message) {
  console.error(`bundle-size: ${message}`);
  process.exit(1);
}
