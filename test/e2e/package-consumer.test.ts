import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { DEFAULT_CLIENT, type FakeTwine, start } from '../fake-twine/server.js';
import { tempDir } from '../support/temp.js';

/**
 * The generated folder is a real npm package: it installs its devDependencies, builds, packs, and the
 * tarball works for a consumer from ESM, from CommonJS, under `tsc --strict`, and against the fake Twine
 * server. Children run asynchronously: the fake server lives in this process and must keep answering.
 */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const SPEC = join(ROOT, 'test/fixtures/package/consumer.yaml');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const NAME = '@fixture/twine-client';
const NPM_QUIET = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

async function sh(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await run(command, [...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

const CALLS = `
  const client = createClient({
    baseUrl: process.env.BASE_URL,
    tokenUrl: 'oauth/token',
    auth: { clientId: process.env.CLIENT_ID, clientSecret: process.env.CLIENT_SECRET },
  });
  const groups = process.env.GROUP_ID;
  const page = await client.fetchPatients({ filter: { groups }, page: { size: 2 }, include: ['groups'] });
  const all = [];
  for await (const patient of client.fetchPatients.all({ filter: { groups }, page: { limit: 3 } })) all.push(patient.id);
  const count = await client.fetchPatients.count({ filter: { groups } });
  const one = await client.fetchPatient({ id: page.data[0].id, include: ['groups'] });
  let notFound;
  try { await client.fetchPatient({ id: 'missing' }); } catch (error) { notFound = error instanceof ApiError && error instanceof NotFoundError && error.status; }
  console.log(JSON.stringify({ first: page.data.map((p) => p.first_name), all, count, group: one.data.groups[0]?.name, notFound }));
`;

const ESM_CONSUMER = `import { createClient, ApiError, NotFoundError } from '${NAME}';\n${CALLS}`;
const CJS_CONSUMER = `const { createClient, ApiError, NotFoundError } = require('${NAME}');\n(async () => {${CALLS}})().catch((e) => { console.error(e); process.exit(1); });`;

/** Types the consumer relies on, with checks that fail if they were `any` (the @ts-expect-error lines). */
const TS_CONSUMER = `import { createClient, ApiError, type Patient, type FetchPatientsParams } from '${NAME}';
const client = createClient({ auth: { clientId: 'id', clientSecret: 'secret' } });
export async function names(): Promise<string[]> {
  const params: FetchPatientsParams = { filter: { groups: 'g1' }, include: ['groups'] };
  const page = await client.fetchPatients(params);
  const first: Patient | undefined = page.data[0];
  const total: number = await client.fetchPatients.count(params);
  // exactOptionalPropertyTypes: an optional member may be passed as undefined (the runtime reads it as absent).
  const maybeGroup: string | undefined = params.filter?.groups === undefined ? undefined : 'g1';
  const maybeSignal: AbortSignal | undefined = undefined;
  await client.fetchPatients({ filter: { groups: maybeGroup }, include: undefined }, { signal: maybeSignal, timeoutMs: undefined });
  // @ts-expect-error: 'coach' is not in the spec's include enum
  await client.fetchPatient({ id: 'x', include: ['coach'] });
  // @ts-expect-error: the path parameter is required
  await client.fetchPatient({});
  // @ts-expect-error: first_name is a string
  const wrong: number = page.data[0]!.first_name;
  void wrong;
  return [first?.first_name ?? String(total), ...(page.data.map((p) => p.first_name))];
}
export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
`;

describe('generated package, packed and installed into a consumer', () => {
  const work = tempDir('twine-pkg-');
  const pkg = join(work, 'package');
  const consumer = join(work, 'consumer');
  let fake: FakeTwine;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const result = await generate({ spec: SPEC, out: pkg, package: { name: NAME, version: '1.2.3' } });
    expect(result.failed).toBe(false);
    await sh('npm', ['install', ...NPM_QUIET], pkg);
    // Output of an earlier build from an older spec: the build must not ship it.
    mkdirSync(join(pkg, 'dist/esm'), { recursive: true });
    writeFileSync(join(pkg, 'dist/esm/removed.gen.js'), 'export const removedOperation = 1;\n');
    await sh('npm', ['run', 'build', '--silent'], pkg);
    // Already built: packing must not run prepack's second build.
    const [packed] = JSON.parse(await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], pkg)) as { filename: string }[];
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    await sh('npm', ['install', join(work, packed?.filename ?? 'missing.tgz'), ...NPM_QUIET], consumer);
    writeFileSync(join(consumer, 'esm.mjs'), ESM_CONSUMER);
    writeFileSync(join(consumer, 'cjs.cjs'), CJS_CONSUMER);
    // The consumer's package.json has no "type": .mts is ESM (import condition), .cts CommonJS (require).
    writeFileSync(join(consumer, 'consumer.mts'), TS_CONSUMER);
    writeFileSync(join(consumer, 'consumer.cts'), TS_CONSUMER);
    fake = await start({ patients: 10 });
    const group = fake.state.data.groups[0]?.id ?? '';
    env = { BASE_URL: fake.url, CLIENT_ID: DEFAULT_CLIENT.id, CLIENT_SECRET: DEFAULT_CLIENT.secret, GROUP_ID: group };
  }, 120_000);
  afterAll(async () => fake?.close());

  it('installs with no runtime dependencies and ships both builds with types', () => {
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', NAME, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(installed).toMatchObject({ name: NAME, version: '1.2.3', sideEffects: false, engines: { node: '>=18' } });
    expect(installed.dependencies).toBeUndefined();
    for (const file of ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'README.md']) {
      expect(() => readFileSync(join(consumer, 'node_modules', NAME, file))).not.toThrow();
    }
    expect(existsSync(join(consumer, 'node_modules', NAME, 'dist/esm/removed.gen.js'))).toBe(false);
  });

  function expectedResult() {
    const group = fake.state.data.groups[0];
    const members = fake.state.data.patients.filter((p) => JSON.stringify(p.relationships?.groups?.data).includes(group?.id ?? '?'));
    return { first: members.slice(0, 2).map((p) => p.attributes.first_name), all: members.map((p) => p.id), count: members.length, group: group?.attributes.name, notFound: 404 };
  }

  it.each([
    ['ESM import', 'esm.mjs'],
    ['CommonJS require', 'cjs.cjs'],
  ])('%s calls the fake Twine server: first page, all pages, count, include, a 404', async (_kind, file) => {
    const output = await sh(process.execPath, [file], consumer, env);
    expect(JSON.parse(output)).toEqual(expectedResult());
  });

  it.each([
    ['ESM', 'consumer.mts'],
    ['CommonJS', 'consumer.cts'],
  ])('type-checks a %s consumer with tsc --strict --exactOptionalPropertyTypes (module nodenext)', async (_kind, file) => {
    const args = [TSC, '--strict', '--exactOptionalPropertyTypes', '--noEmit', '--module', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', '--types', '', file];
    const result = await run(process.execPath, args, { cwd: consumer }).catch((e: { stdout: string; stderr: string }) => e);
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
  });
});
