/**
 * Generates a client package from a spec into a temporary folder and loads it in the test process, so
 * end-to-end tests drive the generated TypeScript as shipped (its `src/index.ts` and the runtime copy in
 * it), never the runtime sources in `src/runtime`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { generate } from '../../src/generate.js';
import type { ClientDefaults } from '../../src/runtime/descriptor.js';
import type { DecodedDocument, JsonApiErrorObject } from '../../src/runtime/jsonapi/index.js';
import type { CallOptions, ClientOptions } from '../../src/runtime/options.js';
import type { Transport } from '../../src/runtime/transport.js';

/** One generated operation as the client object exposes it (parameters are checked by the package's own types). */
export type GeneratedOperation = (params?: Record<string, unknown>, init?: CallOptions) => Promise<DecodedDocument>;

export type GeneratedClient = { readonly transport: Transport } & Readonly<Record<string, GeneratedOperation>>;

/** What tests read off an error the generated package throws. */
export interface GeneratedApiError extends Error {
  readonly status: number | undefined;
  readonly errors: readonly JsonApiErrorObject[];
  readonly reqId: string | undefined;
  readonly method: string;
  readonly url: string;
}

type ErrorClass = abstract new (...args: never[]) => GeneratedApiError;

/** The generated package's root module (`src/index.ts`), typed loosely: its own types are checked by tsc elsewhere. */
export interface GeneratedModule {
  readonly createClient: (options?: ClientOptions) => GeneratedClient;
  readonly clientDefaults: ClientDefaults;
  readonly ApiError: ErrorClass;
  readonly ApiAbortError: ErrorClass;
  readonly ApiConnectionError: ErrorClass;
  readonly ApiTimeoutError: ErrorClass;
  readonly InternalServerError: ErrorClass;
  readonly NotFoundError: ErrorClass;
  readonly RateLimitError: ErrorClass;
  readonly UnauthorizedError: ErrorClass;
  readonly [exported: string]: unknown;
}

export interface GeneratedPackage {
  /** The generated package folder (package.json, tsconfig.json, src/). */
  readonly dir: string;
  readonly module: GeneratedModule;
  readonly diagnostics: readonly Diagnostic[];
}

export interface GeneratedClientOptions {
  readonly lenient?: boolean;
}

const cache = new Map<string, Promise<GeneratedPackage>>();
const folders: string[] = [];
let cleanupRegistered = false;

/**
 * Returns a loader for the client generated from `spec` (a path relative to the repository root or
 * absolute). Call it at the top level of a test file: it registers the temp folder's removal after the
 * file's last test. Generation and bundling run once per spec and options within a test file (vitest
 * isolates modules per file, so the cache is per file too).
 *
 * @example const fixture = generatedClient('test/fixtures/e2e/twine-e2e.yaml');
 *          const { module } = await fixture(); module.createClient({ baseUrl, auth });
 */
export function generatedClient(spec: string, options: GeneratedClientOptions = {}): () => Promise<GeneratedPackage> {
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    afterAll(() => {
      for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
      cache.clear();
    });
  }
  const specPath = resolve(spec);
  const key = JSON.stringify([specPath, options.lenient === true]);
  return () => {
    let pending = cache.get(key);
    if (pending === undefined) {
      pending = generateAndLoad(specPath, options);
      cache.set(key, pending);
    }
    return pending;
  };
}

async function generateAndLoad(spec: string, options: GeneratedClientOptions): Promise<GeneratedPackage> {
  const root = mkdtempSync(join(tmpdir(), 'twine-generated-'));
  folders.push(root);
  const dir = join(root, 'package');
  const result = await generate({ spec, out: dir, lenient: options.lenient === true });
  if (result.failed) {
    throw new Error(`generation failed for ${spec}:\n${result.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n')}`);
  }
  const bundle = join(root, 'client.bundle.mjs');
  // `neutral` resolves no Node built-ins: the bundle fails if the shipped code reaches for one.
  await build({ entryPoints: [join(dir, 'src', 'index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'silent' });
  const module = (await import(/* @vite-ignore */ pathToFileURL(bundle).href)) as GeneratedModule;
  return { dir, module, diagnostics: result.diagnostics };
}
