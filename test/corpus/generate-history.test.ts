import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrettierFormatted } from '../../src/emit/format.js';
import { generate } from '../../src/generate.js';
import { tempDir } from '../support/temp.js';
import { typecheck } from '../support/tsc.js';
import { HISTORY_DIR, historyFiles, LENIENT_ONLY, UNPARSEABLE } from './history.js';

/**
 * Every real version of the spec: the valid ones generate in strict mode and compile with tsc --strict;
 * the defective ones fail strict mode naming the real pointer and generate compiling code with --lenient;
 * the one with a YAML syntax error reports its line.
 */
const files = historyFiles();
const work = tempDir('twine-corpus-');
const number = (file: string) => file.slice(0, 3);

/**
 * The pointer each defective version must name. The history's README gives swagger-parser's view after
 * following refs (`#/paths/~1reward_earning/get/responses/200/.../ready_for_fulfillment/type`); we name the
 * node where the defect is written, which is also where file:line:col points: the `boolen` in the
 * definition that response reaches. 088's "additional property" is swagger-parser's noise from trying the
 * other variants; the real defect is `flow: client credentials` (and so no `tokenUrl` rule applies).
 */
const BOOLEN = { code: 'TC2003', pointer: /^#\/definitions\/RewardEarningResource\/properties\/attributes\/properties\/ready_for_fulfillment\/type$/ };
const EXPECTED_DEFECT: Record<string, { code: string; pointer: RegExp }> = {
  '012': BOOLEN,
  '014': BOOLEN,
  '015': BOOLEN,
  '088': { code: 'TC2009', pointer: /^#\/securityDefinitions\/OAuth2\/flow$/ },
};

describe.each(files.filter((f) => !LENIENT_ONLY.includes(number(f)) && !UNPARSEABLE.includes(number(f))))('%s', (file) => {
  it('generates in strict mode and compiles', async () => {
    const out = join(work, number(file));
    const result = await generate({ spec: join(HISTORY_DIR, file), out });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.operations).toBeGreaterThan(0);
    expect(typecheck(out)).toEqual({ status: 0, output: '' });
  });
});

describe.each(files.filter((f) => LENIENT_ONLY.includes(number(f))))('%s (defective)', (file) => {
  it('fails strict mode with a located diagnostic at the real pointer', async () => {
    const result = await generate({ spec: join(HISTORY_DIR, file), out: join(work, 'never') });
    expect(result.failed).toBe(true);
    const expected = EXPECTED_DEFECT[number(file)];
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.some((d) => d.code === expected?.code && expected.pointer.test(d.pointer) && (d.line ?? 0) > 0)).toBe(true);
  });

  it('generates compiling code with --lenient', async () => {
    const out = join(work, `${number(file)}-lenient`);
    const result = await generate({ spec: join(HISTORY_DIR, file), out, lenient: true });
    expect(result.failed).toBe(false);
    expect(typecheck(out)).toEqual({ status: 0, output: '' });
  });
});

describe.each(files.filter((f) => UNPARSEABLE.includes(number(f))))('%s (YAML error)', (file) => {
  it('reports the YAML syntax error at line 1569 and writes nothing', async () => {
    const result = await generate({ spec: join(HISTORY_DIR, file), out: join(work, 'never'), lenient: true });
    expect(result.failed).toBe(true);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'TC1001', severity: 'error', line: 1569 }));
  });
});

it('098 generates all 62 operations, every file Prettier-formatted', async () => {
  const latest = files.find((f) => f.startsWith('098-'));
  const result = await generate({ spec: join(HISTORY_DIR, latest ?? ''), out: join(work, '098-count'), check: true });
  expect(result.operations).toBe(62);
  const unformatted = [];
  for (const f of result.files) if (!(await isPrettierFormatted(f.path, f.text))) unformatted.push(f.path);
  expect(unformatted).toEqual([]);
});

it('every version renders its README and package.json in Prettier\'s form', async () => {
  const unformatted: string[] = [];
  for (const file of files.filter((f) => !UNPARSEABLE.includes(number(f)))) {
    const result = await generate({ spec: join(HISTORY_DIR, file), out: join(work, 'fmt'), lenient: true, check: true });
    for (const f of result.files.filter((g) => g.path === 'README.md' || g.path === 'package.json')) {
      if (!(await isPrettierFormatted(f.path, f.text))) unformatted.push(`${number(file)} ${f.path}`);
    }
  }
  expect(unformatted).toEqual([]);
});
