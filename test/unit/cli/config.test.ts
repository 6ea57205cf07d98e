import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadConfigFile } from '../../../src/cli/config.js';
import { tempDir } from '../../support/temp.js';

const ROOT = join(import.meta.dirname, '../../..');
const base = tempDir('twine-config-');
let n = 0;

/** A project folder holding `files`, with `twine-codegen` installed as this repository's package.json and config module. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(base, `p${n++}-`));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const installed = join(dir, 'node_modules', 'twine-codegen');
  mkdirSync(join(installed, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(installed, 'package.json'));
  // src/config.ts compiled as the build would: the package's `exports` map is what is under test.
  const source = readFileSync(join(ROOT, 'src/config.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(join(installed, 'dist', 'config.js'), js);
  return dir;
}

const TS_CONFIG = `import { defineConfig } from 'twine-codegen/config';
import { out } from './paths.mjs';
const lenient: boolean = true;
export default defineConfig({ spec: 'api.yaml', out, lenient, package: { name: '@acme/twine', version: '1.2.3' } });
`;

describe('loadConfig: finding and reading a config', () => {
  it.each([
    ['no config file', {}, undefined, {}],
    ['JSON', { 'twine-codegen.config.json': '{ "spec": "a.yaml", "lenient": true }' }, undefined, { spec: 'a.yaml', lenient: true }],
    ['.mjs', { 'twine-codegen.config.mjs': 'export default { out: "gen" };' }, undefined, { out: 'gen' }],
    [
      '.ts with defineConfig from twine-codegen/config, a relative import and type annotations',
      { 'twine-codegen.config.ts': TS_CONFIG, 'paths.mjs': 'export const out = "generated/client";' },
      undefined,
      { spec: 'api.yaml', out: 'generated/client', lenient: true, package: { name: '@acme/twine', version: '1.2.3' } },
    ],
    ['formatting options', { 'twine-codegen.config.json': '{ "formatting": { "semi": false, "printWidth": 80, "trailingComma": "es5" } }' }, undefined, { formatting: { semi: false, printWidth: 80, trailingComma: 'es5' } }],
    ['formatting off', { 'twine-codegen.config.json': '{ "formatting": false }' }, undefined, { formatting: false }],
    ['an explicit --config path', { 'ci.config.mts': 'const c: { spec: string } = { spec: "ci.yaml" };\nexport default c;' }, 'ci.config.mts', { spec: 'ci.yaml' }],
  ])('%s', async (_name, files, explicit, want) => {
    const dir = project(files);
    expect(await loadConfig(explicit, dir)).toEqual(want);
    // A transpiled .ts config leaves nothing behind.
    expect(readdirSync(dir).sort()).toEqual([...Object.keys(files), 'node_modules'].sort());
  });
});

describe('loadConfig: mistakes are ConfigErrors naming the file and what to do', () => {
  it.each([
    ['unknown key with a hint', { 'twine-codegen.config.json': '{ "sepc": "a.yaml" }' }, undefined, /unknown key "sepc" \(did you mean "spec"\?\); allowed: spec, out, lenient, package, formatting, allowRefsFrom$/],
    ['unknown nested key', { 'twine-codegen.config.json': '{ "package": { "nmae": "x" } }' }, undefined, /unknown key "package.nmae" \(did you mean "package.name"\?\)/],
    ['unknown key, nothing near', { 'twine-codegen.config.json': '{ "colour": 1 }' }, undefined, /unknown key "colour"; allowed/],
    ['wrong type', { 'twine-codegen.config.json': '{ "lenient": "yes" }' }, undefined, /"lenient" must be a boolean/],
    ['package not an object', { 'twine-codegen.config.json': '{ "package": [] }' }, undefined, /"package" must be an object/],
    ['config not an object', { 'twine-codegen.config.json': '[1]' }, undefined, /the config must be an object/],
    ['invalid package name', { 'twine-codegen.config.json': '{ "package": { "name": "Bad Name" } }' }, undefined, /not a valid npm package name/],
    ['invalid version', { 'twine-codegen.config.json': '{ "package": { "version": "v1" } }' }, undefined, /not a semver version/],
    ['invalid JSON', { 'twine-codegen.config.json': '{ spec: ' }, undefined, /not valid JSON/],
    ['missing explicit file', {}, 'nope.json', /config file not found: nope\.json/],
    ['two config files', { 'twine-codegen.config.json': '{}', 'twine-codegen.config.ts': 'export default {};' }, undefined, /more than one config file/],
    ['.ts syntax error, located', { 'twine-codegen.config.ts': 'export default {\n  spec: "a.yaml",,\n};' }, undefined, /config\.ts:2:\d+: /],
    ['no default export', { 'twine-codegen.config.mjs': 'export const spec = "a.yaml";' }, undefined, /no default export/],
    ['a config that throws', { 'twine-codegen.config.mjs': 'throw new Error("boom");' }, undefined, /could not load \(boom\)/],
    ['a longer spelling of a key', { 'twine-codegen.config.json': '{ "output": "x" }' }, undefined, /unknown key "output" \(did you mean "out"\?\)/],
    ['formatting true', { 'twine-codegen.config.json': '{ "formatting": true }' }, undefined, /"formatting" must be an object or false/],
    ['formatting with a typo', { 'twine-codegen.config.json': '{ "formatting": { "singleQuotes": true } }' }, undefined, /unknown key "formatting.singleQuotes" \(did you mean "formatting.singleQuote"\?\)/],
    ['formatting printWidth 0', { 'twine-codegen.config.json': '{ "formatting": { "printWidth": 0 } }' }, undefined, /"formatting.printWidth" must be a whole number from 1 to 320/],
    ['formatting trailingComma', { 'twine-codegen.config.json': '{ "formatting": { "trailingComma": "always" } }' }, undefined, /"formatting.trailingComma" must be one of "all", "es5", "none"/],
    ['allowRefsFrom not an array', { 'twine-codegen.config.json': '{ "allowRefsFrom": "../common" }' }, undefined, /"allowRefsFrom" must be an array of strings/],
    ['allowRefsFrom with a number', { 'twine-codegen.config.json': '{ "allowRefsFrom": ["a", 1] }' }, undefined, /"allowRefsFrom" must be an array of strings/],
    ['allowRefsFrom folder missing', { 'twine-codegen.config.json': '{ "allowRefsFrom": ["nope"] }' }, undefined, /"allowRefsFrom\[0\]" "nope" does not exist \(resolved to .*nope\)/],
    ['allowRefsFrom a file', { 'twine-codegen.config.json': '{ "allowRefsFrom": ["twine-codegen.config.json"] }' }, undefined, /"allowRefsFrom\[0\]" "twine-codegen.config.json" is not a folder/],
    ['allowRefsFrom another scheme', { 'twine-codegen.config.json': '{ "allowRefsFrom": ["ftp://example.test/x/"] }' }, undefined, /neither a folder nor an http\(s\) URL/],
    ['allowRefsFrom URL with a query', { 'twine-codegen.config.json': '{ "allowRefsFrom": ["https://example.test/x/?token=s3cret"] }' }, undefined, /^(?!.*s3cret).*\?\*\*\*: a URL prefix takes no query or fragment/],
    ['unknown key in a .ts config', { 'twine-codegen.config.ts': 'export default { lenent: true };' }, undefined, /unknown key "lenent" \(did you mean "lenient"\?\)/],
  ])('%s', async (_name, files, explicit, message) => {
    const dir = project(files);
    const error = await loadConfig(explicit, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('loadConfigFile', () => {
  it("resolves spec and out against the config file's folder, keeps URLs, and reads JSON with a BOM", async () => {
    const dir = project({});
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'ci', 'twine.json'), '\uFEFF{ "spec": "../api/spec.yaml", "out": "client" }');
    const { config, paths } = await loadConfigFile('ci/twine.json', dir);
    expect(config).toEqual({ spec: '../api/spec.yaml', out: 'client' });
    expect(paths).toEqual({ spec: join(dir, 'api', 'spec.yaml'), out: join(dir, 'ci', 'client') });
    writeFileSync(join(dir, 'ci', 'remote.json'), '{ "spec": "https://example.test/spec.yaml" }');
    expect((await loadConfigFile('ci/remote.json', dir)).paths).toEqual({ spec: 'https://example.test/spec.yaml' });
  });

  it("resolves allowRefsFrom folders against the config file's folder and keeps URL prefixes", async () => {
    const dir = project({});
    mkdirSync(join(dir, 'ci'));
    mkdirSync(join(dir, 'common'));
    writeFileSync(join(dir, 'ci', 'twine.json'), '{ "allowRefsFrom": ["../common", "https://schemas.example.test/v1/"] }');
    const { paths } = await loadConfigFile('ci/twine.json', dir);
    expect(paths.allowRefsFrom).toEqual([{ folder: join(dir, 'common') }, { urlPrefix: new URL('https://schemas.example.test/v1/') }]);
  });

  it('reads a leading ~/ as the home folder, and leaves ~ elsewhere in a path as it is', async () => {
    const dir = project({});
    writeFileSync(join(dir, 'home.json'), '{ "spec": "~/specs/twine.yaml", "out": "clients/~/twine" }');
    expect((await loadConfigFile('home.json', dir)).paths).toEqual({ spec: join(homedir(), 'specs', 'twine.yaml'), out: join(dir, 'clients', '~', 'twine') });
  });
});
