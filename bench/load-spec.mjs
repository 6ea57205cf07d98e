// Bundles bench/load-spec.ts with esbuild into .tmp/bench/ and runs it:
// `node bench/load-spec.mjs [spec] [runs]` (default: the newest real spec, 9 runs).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}.tmp/bench/load-spec.mjs`;
await build({
  entryPoints: [`${root}bench/load-spec.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'error',
});
await import(pathToFileURL(outfile).href);
