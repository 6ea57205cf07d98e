// Bundles bench/diff-history.ts with esbuild into .tmp/bench/ (two folders deep, so the emitter finds src/runtime the way
// it does from dist/) and runs it: `node bench/diff-history.mjs [history-dir] [runs]`.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}.tmp/bench/diff-history.mjs`;
await build({
  entryPoints: [`${root}bench/diff-history.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'error',
});
await import(pathToFileURL(outfile).href);
