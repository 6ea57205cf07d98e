import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';
import { runCli, STACK_FRAME } from './cli-run.js';

/** `--allow-refs-from` and the config's `allowRefsFrom` through the built CLI: a spec that shares a folder with another. */
const dir = tempDir('twine-cli-allow-refs-');
const SPEC = `swagger: "2.0"
info: { title: t, version: "1" }
paths:
  /a:
    get:
      operationId: getA
      responses: { "200": { description: ok, schema: { $ref: '../common/thing.yaml#/SharedThing' } } }
`;
beforeAll(() => {
  for (const folder of ['api', 'common', 'other']) mkdirSync(join(dir, folder));
  writeFileSync(join(dir, 'api', 'spec.yaml'), SPEC);
  writeFileSync(join(dir, 'common', 'thing.yaml'), 'SharedThing: { type: object, properties: { sharedField: { type: string } } }\n');
});
const operations = (out: string): string => readFileSync(join(dir, out, 'src', 'operations.gen.ts'), 'utf8');

describe('$refs outside the spec folder', () => {
  it('are refused by default, with the flag named in the message, and nothing is written', async () => {
    const run = await runCli(['generate', '--spec', 'api/spec.yaml', '--out', 'refused'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^api\/spec\.yaml:7:\d+ error TC1005 .*outside the spec's folder.*--allow-refs-from/m);
    expect(existsSync(join(dir, 'refused'))).toBe(false);
  });

  it('are read from a folder named with --allow-refs-from (generate and validate)', async () => {
    const run = await runCli(['generate', '--quiet', '--spec', 'api/spec.yaml', '--out', 'flag', '--allow-refs-from', 'other', '--allow-refs-from', 'common'], dir);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(operations('flag')).toContain('sharedField');
    // The flag before the positional spec must not take it as a second folder.
    const validate = await runCli(['validate', '--allow-refs-from', 'common', 'api/spec.yaml'], dir);
    expect(validate).toMatchObject({ status: 0, stderr: 'api/spec.yaml: 0 errors, 0 warnings\n' });
  });

  it("are read from the config's allowRefsFrom, relative to the config file; the flag replaces that list", async () => {
    writeFileSync(join(dir, 'api', 'twine.json'), JSON.stringify({ spec: 'spec.yaml', out: '../from-config', allowRefsFrom: ['../common'] }));
    const run = await runCli(['generate', '--quiet', '--config', 'api/twine.json'], dir);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(operations('from-config')).toContain('sharedField');
    const replaced = await runCli(['generate', '--quiet', '--config', 'api/twine.json', '--out', 'replaced', '--allow-refs-from', 'other'], dir);
    expect(replaced.status).toBe(1);
    expect(replaced.stderr).toMatch(/error TC1005 .*outside the allowed folders/);
  });

  it('a flag naming no folder is a usage error (exit 2), without a stack trace', async () => {
    const run = await runCli(['generate', '--spec', 'api/spec.yaml', '--out', 'bad', '--allow-refs-from', 'nope'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^twine-codegen: --allow-refs-from: "nope" does not exist/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
