// Generation time on synthetic specs of growing size (issue 7 item 9: a 20 MB spec must never hang). Each
// spec has N operations, each returning its own definition of 20 described string properties and a long
// description: ~4.7 kB of JSON per operation, so N = 4000 is ~19 MB. The times show whether generation grows
// linearly (it was quadratic in Prettier's oxc plugin before `e5d8898`: 82.6 s for N = 1000).
// Needs a built CLI (`npm run build`). Usage: node bench/huge-spec.mjs [N ...] [--json]   (default 250 1000)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const sizes = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);

function spec(n) {
  const paths = {};
  const definitions = {};
  for (let i = 0; i < n; i++) {
    const properties = Object.fromEntries(Array.from({ length: 20 }, (_, j) => [`p${j}`, { type: 'string', description: 'd'.repeat(50) }]));
    definitions[`Thing${i}`] = { type: 'object', description: 'x'.repeat(2000), properties };
    paths[`/things${i}/{id}`] = {
      get: {
        operationId: `getThing${i}`,
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
        responses: { 200: { description: 'ok', schema: { $ref: `#/definitions/Thing${i}` } } },
      },
    };
  }
  return JSON.stringify({ swagger: '2.0', info: { title: 'huge', version: '1.0.0' }, paths, definitions }, null, 1);
}

const work = mkdtempSync(join(tmpdir(), 'bench-huge-'));
const results = [];
try {
  for (const n of sizes.length > 0 ? sizes : [250, 1000]) {
    const file = join(work, `spec-${n}.json`);
    writeFileSync(file, spec(n));
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [CLI, 'generate', '--quiet', '--spec', file, '--out', join(work, `out-${n}`)], { stdio: 'inherit' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    results.push({ operations: n, specMB: Number((statSync(file).size / 1e6).toFixed(1)), seconds: Number(seconds.toFixed(2)) });
    if (!process.argv.includes('--json')) console.log(`${n} operations (${results.at(-1).specMB} MB): ${results.at(-1).seconds} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const [first, last] = [results[0], results.at(-1)];
const growth = first && last && last !== first ? Number((last.seconds / first.seconds / (last.operations / first.operations)).toFixed(2)) : null;
console.log(JSON.stringify({ benchmark: 'huge-spec', results, growthPerSizeRatio: growth }));
