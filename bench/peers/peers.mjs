// The peer generators of bench/generate.mjs, each as a user runs it from a shell: one or more whole processes
// writing into a fresh folder. `compile` type-checks what they wrote with the peers' own TypeScript.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PEERS_DIR = fileURLToPath(new URL('.', import.meta.url));
const modules = join(PEERS_DIR, 'node_modules');
const bin = (path) => join(modules, path);

export const TSC = bin('typescript/bin/tsc');

/** A peer: `steps(spec, dir)` are the processes of one generation; `compile(dir)` is the tsc argv after node. */
export const PEERS = [
  {
    // oazapfts reads OpenAPI 3 only: the Swagger 2.0 spec is converted first, and that conversion is part of its time.
    name: 'oazapfts 7.5 + swagger2openapi',
    steps: (spec, dir) => [
      [bin('swagger2openapi/swagger2openapi.js'), spec, '--outfile', join(dir, 'openapi.json')],
      [bin('oazapfts/dist/cli.js'), join(dir, 'openapi.json'), join(dir, 'api.ts')],
    ],
    compile: (dir) => tscArgs(dir, ['api.ts']),
  },
  {
    name: '@hey-api/openapi-ts 0.95',
    steps: (spec, dir) => [[bin('@hey-api/openapi-ts/bin/run.js'), '--input', spec, '--output', join(dir, 'client'), '--silent']],
    compile: (dir) => tscArgs(dir, ['client/index.ts']),
  },
];

/** Strict, like our own output; the folder gets the peers' node_modules so runtime imports resolve. */
function tscArgs(dir, files) {
  symlinkSync(modules, join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true },
      files,
    }),
  );
  return [TSC, '-p', join(dir, 'tsconfig.json')];
}
