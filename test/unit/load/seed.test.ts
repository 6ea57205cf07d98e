import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../src/load/index.js';

const SEED = join(import.meta.dirname, '../../../spec/twine.yaml');

/** The seed's Swagger document as given: a missing definition and parameters without type or required. */
const WANT = [
  ['TC1002', '#/paths/~1oauth~1token/post/parameters/0/schema', 39, 9],
  ['TC2001', '#/paths/~1oauth~1token/post/parameters/1', 41, 9],
  ['TC2001', '#/paths/~1oauth~1token~1{id}~1groups/get/parameters/0', 58, 9],
  ['TC2008', '#/paths/~1oauth~1token~1{id}~1groups/get/parameters/0', 58, 9],
  ['TC2001', '#/paths/~1oauth~1token~1{id}~1organization/get/parameters/0', 75, 9],
  ['TC2008', '#/paths/~1oauth~1token~1{id}~1organization/get/parameters/0', 75, 9],
];

describe('the seed spec (spec/twine.yaml)', () => {
  it.each([
    ['strict', false, 'error'],
    ['lenient', true, 'warning'],
  ] as const)('%s: reports its defects where they are written', async (_mode, lenient, severity) => {
    const { spec, sink } = await loadSpec(SEED, { lenient });
    expect(spec).toBeDefined();
    const got = sink.items.map((d) => [d.code, d.pointer, d.line, d.column]);
    expect(got.sort()).toEqual([...WANT].sort());
    expect(new Set(sink.items.map((d) => d.severity))).toEqual(new Set([severity]));
    expect(sink.items.find((d) => d.code === 'TC1002')?.message).toContain('#/definitions/holder');
  });
});
