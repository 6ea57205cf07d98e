import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { HISTORY_DIR, LENIENT_ONLY, UNPARSEABLE, historyFiles } from './history.js';

const files = historyFiles();
const versionOf = (file: string): string => file.slice(0, 3);

/** The real defects of the four broken versions, at the node the spec's author wrote. */
const BOOLEN = '#/definitions/RewardEarningResource/properties/attributes/properties/ready_for_fulfillment/type';
const DEFECTS: Record<string, readonly (readonly [string, string])[]> = {
  '012': [['TC2003', BOOLEN], ['TC2005', '#/paths/~1reward/get/operationId']],
  '014': [['TC2003', BOOLEN], ['TC2005', '#/paths/~1reward/get/operationId']],
  '015': [['TC2003', BOOLEN], ['TC2005', '#/paths/~1reward/get/operationId']],
  '088': [['TC2009', '#/securityDefinitions/OAuth2/flow']],
};

describe('loader over the real spec history', () => {
  it('has the 98 versions', () => expect(files).toHaveLength(98));

  const valid = files.filter((f) => !LENIENT_ONLY.includes(versionOf(f)) && !UNPARSEABLE.includes(versionOf(f)));
  it.each(valid)('%s loads in strict mode without errors', async (file) => {
    const { spec, sink } = await loadSpec(join(HISTORY_DIR, file), { lenient: false });
    expect(spec).toBeDefined();
    expect(sink.items.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(files.filter((f) => LENIENT_ONLY.includes(versionOf(f))))('%s: errors at the real pointers, warnings when lenient', async (file) => {
    const path = join(HISTORY_DIR, file);
    const strict = await loadSpec(path, { lenient: false });
    const errors = strict.sink.items.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.pointer])).toEqual(DEFECTS[versionOf(file)]);
    for (const d of errors) expect(d.line).toBeGreaterThan(1);

    const lenient = await loadSpec(path, { lenient: true });
    expect(lenient.spec).toBeDefined();
    expect(lenient.sink.items.filter((d) => d.severity === 'error')).toEqual([]);
    expect(lenient.sink.items.filter((d) => d.code !== 'TC2002').map((d) => [d.code, d.pointer])).toEqual(DEFECTS[versionOf(file)]);
  });

  it.each(files.filter((f) => UNPARSEABLE.includes(versionOf(f))))('%s: YAML error at line 1569', async (file) => {
    const { spec, sink } = await loadSpec(join(HISTORY_DIR, file), { lenient: true });
    expect(spec).toBeUndefined();
    expect(sink.items.map((d) => [d.code, d.severity, d.line])).toEqual([['TC1001', 'error', 1569]]);
  });
});
