// Bundles bench/load-spec.ts with esbuild into .tmp/bench/load-spec/ and runs it:
// `node bench/load-spec.mjs [spec] [runs]` (default: the newest real spec, 9 runs).
// Code splitting keeps dynamic imports lazy, as they are in the compiled package.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}.tmp/bench/load-spec`;
await build({
  entryPoints: [`${root}bench/load-spec.ts`],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outdir,
  logLevel: 'error',
});
await import(pathToFileURL(`${outdir}/load-spec.js`).href);
