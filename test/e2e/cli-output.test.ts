import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';
import { ensureBuilt, runCli } from './cli-run.js';

/** Issue 7 item 6 through the built CLI: one summary line, --quiet, --verbose, colours only on a TTY. */
const dir = tempDir('twine-cli-output-');
// An unknown format is an advisory warning (TC2002): it shows what --quiet drops.
const SPEC = `swagger: "2.0"
info: { title: t, version: "1" }
paths:
  /a:
    get:
      operationId: getA
      parameters: [{ name: q, in: query, type: string, format: zipcode }]
      responses: { "200": { description: ok, schema: { $ref: '#/definitions/Thing' } } }
definitions:
  Thing: { type: string }
`;
beforeAll(() => writeFileSync(join(dir, 'spec.yaml'), SPEC));
const ESC = '\u001b[';

describe('generate output', () => {
  it('default: the warning on stderr and one summary line on stdout', async () => {
    const run = await runCli(['generate', '--spec', 'spec.yaml', '--out', 'default'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^spec\.yaml:7:\d+ warning TC2002 /m);
    expect(run.stdout).toMatch(/^generated 1 operation, \d+ types? into default in \d+\.\d s\n$/);
  });

  it('a config file in another folder: its spec, out and formatting apply, paths relative to it', async () => {
    mkdirSync(join(dir, 'ci'), { recursive: true });
    writeFileSync(join(dir, 'ci', 'twine.json'), JSON.stringify({ spec: '../spec.yaml', out: '../from-config', formatting: { semi: false } }));
    const run = await runCli(['generate', '--quiet', '--config', 'ci/twine.json'], dir);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(join(dir, 'from-config', 'src', 'operations.gen.ts'), 'utf8')).not.toMatch(/;$/m);
  });

  it('--quiet: nothing on stdout, no warnings', async () => {
    const run = await runCli(['generate', '--quiet', '--spec', 'spec.yaml', '--out', 'quiet'], dir);
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('--quiet still prints errors', async () => {
    writeFileSync(join(dir, 'broken.yaml'), SPEC.replace("'#/definitions/Thing'", "'#/definitions/Nothing'"));
    const run = await runCli(['generate', '--quiet', '--spec', 'broken.yaml', '--out', 'quiet-broken'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^broken\.yaml:8:\d+ error TC1002 /m);
    expect(run.stderr).not.toMatch(/warning/);
  });

  it('--verbose: every file written, then the summary', async () => {
    const run = await runCli(['generate', '--verbose', '--spec', 'spec.yaml', '--out', 'verbose'], dir);
    expect(run.status).toBe(0);
    const listed = run.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim());
    expect(listed).toEqual(expect.arrayContaining(['verbose/package.json', 'verbose/src/index.ts', 'verbose/src/operations.gen.ts']));
    expect(run.stdout).toMatch(/^generated 1 operation/m);
  });

  it('no colour codes when stderr is not a terminal, even with FORCE_COLOR', async () => {
    const run = await runCli(['generate', '--spec', 'spec.yaml', '--out', 'pipe'], dir, { FORCE_COLOR: '1' });
    expect(run.stderr).toMatch(/warning TC2002/);
    expect(run.stderr).not.toContain(ESC);
  });
});

/** `script` gives the CLI a pseudo-terminal, so colours are on unless NO_COLOR says otherwise. */
const hasScript = spawnSync('script', ['--version']).status === 0;
describe.skipIf(!hasScript)('on a terminal', () => {
  const onTty = (env: NodeJS.ProcessEnv) => {
    ensureBuilt();
    const cli = join(import.meta.dirname, '../../dist/cli/main.js');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} generate --spec spec.yaml --out tty`;
    return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, TERM: 'xterm-256color', ...env }, timeout: 60_000 });
  };

  it('colours the severity', () => {
    const run = onTty({});
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/warning/);
    expect(run.stdout).toContain(ESC);
  });

  it('respects NO_COLOR', () => {
    const run = onTty({ NO_COLOR: '1' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/warning TC2002/);
    expect(run.stdout).not.toContain(ESC);
  });
});
