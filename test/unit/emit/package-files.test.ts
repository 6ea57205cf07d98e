import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderClient } from '../../../src/emit/index.js';
import { verbatimBlock } from '../../../src/emit/readme.js';
import {
  defaultPackageOptions, GENERATED_TYPESCRIPT_RANGE, isValidPackageName, packageJsonText, semverOf,
} from '../../../src/emit/package-files.js';
import type { ApiModel } from '../../../src/ir/types.js';
import { compileSpec } from '../../../src/pipeline.js';

const ROOT = join(import.meta.dirname, '../../..');
const SPEC = join(ROOT, 'test/fixtures/package/consumer.yaml');

async function model(): Promise<ApiModel> {
  const compiled = await compileSpec(SPEC, { lenient: false });
  if (compiled.model === undefined || compiled.failed) throw new Error('fixture spec does not compile');
  return compiled.model;
}

describe('semverOf', () => {
  it.each([
    ['v7.78.1', '7.78.1'],
    ['7.78.1', '7.78.1'],
    ['2', '2.0.0'],
    ['v1.2', '1.2.0'],
    ['01.002.3', '1.2.3'],
    ['1.0.0-beta.1', '1.0.0-beta.1'],
    // npm publishes without build metadata; package.json says what npm will.
    ['1.0.0+build.5', '1.0.0'],
    [' v3.1.4 ', '3.1.4'],
    ['1.0.0-', '0.0.0-1.0.0'],
    ['latest', '0.0.0-latest'],
    ['2019-06-11 (beta)', '0.0.0-2019-06-11.beta'],
    ['V2', '2.0.0'],
    ['7.78', '7.78.0'],
    ['2019-06-11', '2019.6.11'],
    ['2019.06.11', '2019.6.11'],
    ['1.0.0-beta.01', '1.0.0-beta.1'],
    ['1.2.3-rc.007', '1.2.3-rc.7'],
    ['1.0.0-01', '1.0.0-1'],
    // Numeric identifiers keep numeric order: 1.2.3.10 sorts after 1.2.3.9.
    ['1.2.3.10', '0.0.0-1.2.3.10'],
    ['99999999999999999999', '0.0.0-99999999999999999999'],
    ['', '0.0.0-unknown'],
    ['*/"`${x}', '0.0.0-x'],
  ])('%j -> %j', (given, want) => {
    expect(semverOf(given)).toBe(want);
  });
});

describe('isValidPackageName', () => {
  it.each([
    ['@twine/client', true],
    ['twine-client', true],
    ['Twine', false],
    ['@twine/', false],
    ['a b', false],
    ['"x"', false],
    ['x'.repeat(215), false],
    ['foo~bar', false],
    ['node_modules', false],
    ['http', false],
    ['@scope/_x', true],
  ])('%j -> %s', (given, want) => {
    expect(isValidPackageName(given)).toBe(want);
  });
});

describe('package.json of the generated package', () => {
  it('carries the configured identity, the spec license and contact as JSON values, and builds both formats', async () => {
    const m = await model();
    const pkg = JSON.parse(packageJsonText(m, { name: '@acme/twine', version: '2.0.0', description: 'line one\nline "two"' })) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: '@acme/twine',
      version: '2.0.0',
      description: 'line one line "two"',
      license: 'MIT',
      author: { name: 'API team <team@example.test>', email: 'team@example.test', url: 'https://example.test/' },
      type: 'module',
      sideEffects: false,
      engines: { node: '>=18' },
      exports: {
        '.': {
          import: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' },
          require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
        },
      },
      devDependencies: { typescript: GENERATED_TYPESCRIPT_RANGE },
    });
    expect(pkg.dependencies).toBeUndefined();
  });

  it('defaults the version to the spec version as semver and the description to the title', async () => {
    const m = await model();
    expect(defaultPackageOptions(m)).toEqual({ name: '@twine/client', version: '7.78.1', description: `Typed client for ${m.info.title}` });
  });

  it.each([
    [{ name: 'Not Valid' }, /package name/],
    [{ version: 'v1' }, /semver/],
  ])('rejects %j before writing anything', async (bad, message) => {
    const m = await model();
    expect(() => packageJsonText(m, { ...defaultPackageOptions(m), ...bad })).toThrow(message);
  });

  it('builds with the TypeScript major this project is developed with', () => {
    const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(GENERATED_TYPESCRIPT_RANGE).toBe(own.devDependencies.typescript);
  });
});

describe('README.md of the generated package', () => {
  it('renders hostile spec text inertly: escaped Markdown, or verbatim inside a fence it cannot close', async () => {
    const files = await renderClient(await model());
    const readme = files.find((f) => f.path === 'README.md')?.text ?? '';
    // Fenced blocks (CommonMark: closed by a fence at least as long as the opening one) are never Markdown
    // or HTML; outside them, nothing from the spec may be markup.
    const outside = readme.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1`*$/gm, '');
    expect(outside).not.toMatch(/^`{3,}/m);
    expect(outside).not.toMatch(/<\/?(script|img)/i);
    expect(readme).toContain('&lt;/script&gt;&lt;img'); // the title, escaped
    expect(outside).not.toMatch(/^# Not a heading/m);
    expect(outside).not.toMatch(/^===/m);
    expect(outside).not.toContain('](javascript:');
    expect(readme).toContain("```text\n# Not a heading\n\n<script>alert('readme')</script>\n===\n[click](javascript:alert(1))\n```");
  });

  it('has install, auth, paging, errors, and an example per operation', async () => {
    const readme = (await renderClient(await model())).find((f) => f.path === 'README.md')?.text ?? '';
    for (const heading of ['## Install', '## Authentication', '## JSON:API', '## Paging', '## Errors', '## Operations', '## License', '## Contact']) {
      expect(readme).toContain(heading);
    }
    expect(readme).toContain("const { data, meta, links, raw } = await client.fetchPatient({ id: '…', include: ['groups'] });");
    expect(readme).toContain("for await (const item of client.fetchPatients.all({ include: ['groups'] }))");
    expect(readme).toContain("const total = await client.fetchPatients.count({ include: ['groups'] });");
  });
});

describe('verbatimBlock', () => {
  it.each([
    ['# Overview\n<b>x</b> [a](b)', '```text\n# Overview\n<b>x</b> [a](b)\n```'],
    ['uses ``` inside', '````text\nuses ``` inside\n````'],
    ['a\u2028b\r\nc\u0007', '```text\na\nb\nc\n```'],
    ['  \n', undefined],
  ])('%j', (given, want) => {
    expect(verbatimBlock(given)).toBe(want);
  });

  it('cannot be closed from inside, whatever backtick runs the text has', () => {
    const text = 'x ``` y ```` z `';
    const block = verbatimBlock(text) ?? '';
    const fence = /^`+/.exec(block)?.[0] ?? '';
    expect(block.slice(fence.length).includes(fence)).toBe(true);
    expect(block.indexOf(fence, fence.length)).toBe(block.length - fence.length);
  });
});
