import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type DiffArgs, runDiff } from '../../../src/cli/commands/diff.js';

const HEADER = "swagger: '2.0'\ninfo: { title: test, version: '1' }\n";
const BASE = `${HEADER}paths:
  /patient:
    get:
      operationId: fetchPatients
      parameters: [{ name: 'filter[groups]', in: query, type: string }]
      responses: { '200': { description: OK } }
`;
const WARN_ONLY = BASE.replace("responses: { '200'", "deprecated: true\n      responses: { '200'");
const BREAKING = BASE.replace('fetchPatients', 'listPatients');

const dir = mkdtempSync(join(tmpdir(), 'diff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

async function run(args: DiffArgs, cwd = dir) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const code = await runDiff(args, { stdout, stderr: stderr as unknown as NodeJS.WriteStream, env: {}, cwd });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('diff command', () => {
  const base = file('base.yaml', BASE);
  const warn = file('warn.yaml', WARN_ONLY);
  const breaking = file('breaking.yaml', BREAKING);

  it.each([
    { name: 'breaking, default fail-on', head: breaking, failOn: undefined, want: 1 },
    { name: 'breaking, fail-on never', head: breaking, failOn: 'never' as const, want: 0 },
    { name: 'warning only, default fail-on', head: warn, failOn: undefined, want: 0 },
    { name: 'warning only, fail-on warning', head: warn, failOn: 'warning' as const, want: 1 },
    { name: 'no change, fail-on warning', head: base, failOn: 'warning' as const, want: 0 },
  ])('exit code: $name -> $want', async ({ head, failOn, want }) => {
    const result = await run({ specs: [base, head], format: 'json', ...(failOn === undefined ? {} : { failOn }) });
    expect(result.code).toBe(want);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['changes', 'summary']);
  });

  it('exits 2 on wrong arguments', async () => {
    expect((await run({ specs: [base] })).code).toBe(2);
    expect((await run({ specs: [base, base], base: 'HEAD' })).code).toBe(2);
  });

  it('exits 1 and prints diagnostics when a spec does not load', async () => {
    const broken = file('broken.yaml', `${HEADER}paths: {\n  bad`);
    const result = await run({ specs: [base, broken] });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml.*error TC1001/);
    expect(result.stdout).toBe('');
    const markdown = await run({ specs: [base, broken], format: 'markdown' });
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toMatch(/^\*\*Spec diff:\*\* not made, because a spec does not load/);
  });

  it('compares the spec at a git ref with the working tree', async () => {
    const repo = mkdtempSync(join(dir, 'repo-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(join(repo, 'api.yaml'), BASE);
    git('add', 'api.yaml');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
    writeFileSync(join(repo, 'api.yaml'), BREAKING);
    const result = await run({ base: 'HEAD', specs: ['api.yaml'], format: 'json' }, repo);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).changes.map((c: { rule: string }) => c.rule)).toContain('operation-renamed');
    const missing = await run({ base: 'no-such-ref', specs: ['api.yaml'] }, repo);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read api.yaml at no-such-ref');
  });

  it("reads a spec split into files at the ref: its $refs resolve to the same commit's files", async () => {
    const repo = mkdtempSync(join(dir, 'split-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    const params = (name: string) => `Groups: { name: '${name}', in: query, type: string }\n`;
    git('init', '-q');
    mkdirSync(join(repo, 'spec', 'parts'), { recursive: true });
    writeFileSync(join(repo, 'spec', 'main.yaml'), BASE.replace("[{ name: 'filter[groups]', in: query, type: string }]", "[{ $ref: 'parts/params.yaml#/Groups' }]"));
    writeFileSync(join(repo, 'spec', 'parts', 'params.yaml'), params('filter[groups]'));
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
    const unchanged = await run({ base: 'HEAD', specs: ['spec/main.yaml'], format: 'json' }, repo);
    expect(unchanged.stderr).toBe('');
    expect(JSON.parse(unchanged.stdout).changes).toEqual([]);
    // Only the referenced file changes in the working tree: the diff must see it.
    writeFileSync(join(repo, 'spec', 'parts', 'params.yaml'), params('filter[group]'));
    const changed = await run({ base: 'HEAD', specs: ['spec/main.yaml'], format: 'json' }, repo);
    expect(JSON.parse(changed.stdout).changes.length).toBeGreaterThan(0);
  });

  it('reads an allowed folder outside the spec\'s folder at the ref too (--allow-refs-from), and refuses it without the flag', async () => {
    const repo = mkdtempSync(join(dir, 'common-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    const params = (name: string) => `Groups: { name: '${name}', in: query, type: string }\n`;
    git('init', '-q');
    mkdirSync(join(repo, 'api'), { recursive: true });
    mkdirSync(join(repo, 'common'), { recursive: true });
    writeFileSync(join(repo, 'api', 'main.yaml'), BASE.replace("[{ name: 'filter[groups]', in: query, type: string }]", "[{ $ref: '../common/params.yaml#/Groups' }]"));
    writeFileSync(join(repo, 'common', 'params.yaml'), params('filter[groups]'));
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
    // Run from the spec's folder: the flag and the spec are relative to it, the repository's top is above.
    const cwd = join(repo, 'api');
    const refused = await run({ base: 'HEAD', specs: ['main.yaml'], format: 'json' }, cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/HEAD:main\.yaml:\d+:\d+ error TC1005/);
    const unchanged = await run({ base: 'HEAD', specs: ['main.yaml'], format: 'json', allowRefsFrom: ['../common'] }, cwd);
    expect(unchanged.stderr).toBe('');
    expect(JSON.parse(unchanged.stdout).changes).toEqual([]);
    // Only the shared file changes in the working tree: the base side must read it as committed.
    writeFileSync(join(repo, 'common', 'params.yaml'), params('filter[group]'));
    const changed = await run({ base: 'HEAD', specs: ['main.yaml'], format: 'json', allowRefsFrom: ['../common'] }, cwd);
    expect(JSON.parse(changed.stdout).changes.map((c: { rule: string }) => c.rule)).toContain('request-parameter-renamed');
    // The repository's top as the allowed folder holds the spec's folder: both read at the ref, once.
    const fromTop = await run({ base: 'HEAD', specs: ['main.yaml'], format: 'json', allowRefsFrom: ['..'] }, cwd);
    expect(fromTop.stdout).toBe(changed.stdout);
    const bad = await run({ base: 'HEAD', specs: ['main.yaml'], allowRefsFrom: ['../nope'] }, cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--allow-refs-from: "../nope" does not exist');
  });
});
