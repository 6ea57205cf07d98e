import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generate, type GenerateResult } from '../../src/generate.js';
import { CANARY } from './fuzz-strings.js';

const TSC = join(import.meta.dirname, '../../node_modules/typescript/bin/tsc');

/** The scripts every generated package.json has; spec text must never add or change one. */
const PACKAGE_SCRIPTS = ['build', 'clean', 'prepack'];

/**
 * Writes `spec` as JSON into `dir` and generates `dir/pkg` from it in-process. Throws only when
 * generate() throws (a crash); a spec with errors comes back as `failed`.
 */
export async function generateInto(dir: string, spec: unknown, lenient = true): Promise<GenerateResult & { pkg: string }> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec, null, 1));
  const pkg = join(dir, 'pkg');
  return { ...(await generate({ spec: join(dir, 'spec.json'), out: pkg, lenient })), pkg };
}

/** package.json problems a hostile title, version or license could cause; empty when it is sound. */
export function packageJsonProblems(pkg: string): string[] {
  let json: { scripts?: Record<string, string>; dependencies?: unknown; name?: unknown };
  try {
    json = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as typeof json;
  } catch (error) {
    return [`package.json does not parse: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (JSON.stringify(Object.keys(json.scripts ?? {}).sort()) !== JSON.stringify(PACKAGE_SCRIPTS)) problems.push(`scripts changed: ${JSON.stringify(json.scripts)}`);
  if (json.dependencies !== undefined) problems.push('package.json gained dependencies');
  return problems;
}

export interface ImportOutcome {
  /** True when spec text ran as code and set the canary global. */
  readonly canary: boolean;
  /** Everything written to stdout or the console while the module loaded. */
  readonly printed: string[];
  /** The own keys of `createClient()`'s result: one per operation, none lost to a prototype. */
  readonly clientKeys: string[];
}

/**
 * Bundles the package's entry (esbuild: this also proves every file parses as TypeScript) and imports it
 * in this process, watching the canary global and stdout. A generated module declares things; loading it
 * must run nothing that came from the spec.
 */
export async function importGenerated(pkg: string): Promise<ImportOutcome> {
  const outfile = join(pkg, '..', 'bundle.mjs');
  await build({ entryPoints: [join(pkg, 'src/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent' });
  const printed: string[] = [];
  const g = globalThis as Record<string, unknown>;
  delete g[CANARY];
  const restore = captureOutput(printed);
  let clientKeys: string[] = [];
  try {
    const module = (await settlesWithin(import(pathToFileURL(outfile).href), 10_000)) as { createClient?: (options?: object) => object };
    // Building a client walks every descriptor and bound method: still nothing may run.
    clientKeys = Object.keys(module.createClient?.({ baseUrl: 'http://127.0.0.1:9' }) ?? {});
  } finally {
    restore();
  }
  const canary = g[CANARY] !== undefined;
  delete g[CANARY];
  return { canary, printed, clientKeys };
}

/** A module that exports `then` is a thenable: importing it never settles. Fail instead of hanging. */
function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`import did not settle within ${ms} ms (does the module export "then"?)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function captureOutput(into: string[]): () => void {
  const write = process.stdout.write.bind(process.stdout);
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((m) => console[m]);
  process.stdout.write = ((chunk: unknown) => into.push(String(chunk)) > 0) as typeof process.stdout.write;
  for (const m of methods) console[m] = (...args: unknown[]) => void into.push(args.map(String).join(' '));
  return () => {
    process.stdout.write = write;
    methods.forEach((m, i) => {
      console[m] = saved[i] as (typeof console)[typeof m];
    });
  };
}

/**
 * One `tsc --strict` run over many generated packages (each keeps its own copy of the runtime; ES modules
 * do not clash), using the first package's own tsconfig. Returns the compiler's errors grouped by the
 * package folder they belong to; an empty map means every package compiles.
 */
export function typecheckPackages(root: string, pkgs: readonly string[]): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  if (pkgs.length === 0) return errors;
  const config = join(root, 'tsconfig.fuzz.json');
  const first = pkgs[0] ?? '';
  writeFileSync(
    config,
    JSON.stringify({
      extends: `./${relative(root, join(first, 'tsconfig.json'))}`,
      compilerOptions: { noEmit: true, rootDir: '.' },
      include: pkgs.map((p) => `./${relative(root, p)}/src/**/*.ts`),
    }),
  );
  const result = spawnSync(process.execPath, [TSC, '-p', config], { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status === 0 && output === '') return errors;
  let owner = root;
  for (const line of output.split('\n')) {
    // Continuation lines of a message are indented and belong to the last located line's package.
    if (!/^\s/.test(line)) owner = pkgs.find((p) => line.startsWith(`${relative(root, p)}/`)) ?? root;
    errors.set(owner, [...(errors.get(owner) ?? []), line]);
  }
  if (errors.size === 0) errors.set(root, [`tsc exited ${String(result.status)}`]);
  return errors;
}
