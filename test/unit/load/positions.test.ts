import { describe, expect, it } from 'vitest';
import { jsonPositions } from '../../../src/load/positions/json-positions.js';
import { yamlPositions } from '../../../src/load/positions/yaml-positions.js';
import { parseYaml } from '../../../src/load/parse-yaml.js';
import { YAML } from './locator-fixture.js';


const POINTERS = [
  '#',
  '#/info/title',
  '#/paths/~1a~1{id}/get/parameters/0/in',
  '#/paths/~1a~1{id}/get/parameters/1/in',
  '#/paths/~1a~1{id}/get/parameters/0/type',
  '#/definitions/Copy/properties/id',
  '#/paths/~1b',
  'not a pointer',
];

describe('yamlPositions', () => {
  it('answers like the yaml locator, in the order asked', async () => {
    const positions = yamlPositions(YAML);
    const { locate } = parseYaml(YAML);
    expect(await positions.locate(POINTERS)).toEqual(POINTERS.map(locate));
    positions.release();
  });

  it('still answers after release, by parsing again', async () => {
    const positions = yamlPositions(YAML);
    positions.release();
    expect(await positions.locate(['#/info/title'])).toEqual([{ line: 3, column: 3 }]);
  });

  it('serves several texts at once', async () => {
    const texts = [YAML, `a: 1\nb:\n  c: 2\n`, `- x\n- y: 1\n`];
    const sources = texts.map(yamlPositions);
    const answers = await Promise.all(sources.map((s) => s.locate(['#/b/c', '#/1/y', '#/definitions'])));
    expect(answers).toEqual(texts.map((t) => ['#/b/c', '#/1/y', '#/definitions'].map(parseYaml(t).locate)));
    for (const s of sources) s.release();
  });
});

describe('jsonPositions', () => {
  const json = JSON.stringify({ swagger: '2.0', info: { title: 'T' }, list: [{ a: 1 }, 2] }, null, 2);
  const cases = [
    { pointer: '#', want: { line: 1, column: 1 } },
    { pointer: '#/info/title', want: { line: 4, column: 5 } },
    { pointer: '#/list/0/a', want: { line: 8, column: 7 } },
    { pointer: '#/list/1', want: { line: 10, column: 5 } },
    { pointer: '#/list/5', want: { line: 6, column: 3 } },
    { pointer: 'bad', want: undefined },
  ];
  it.each(cases)('$pointer', async ({ pointer, want }) => {
    expect(await jsonPositions(json).locate([pointer])).toEqual([want]);
    expect(parseYaml(json).locate(pointer)).toEqual(want);
  });
});
