import { describe, expect, it } from 'vitest';
import type { WorkerReply } from '../../../src/load/positions/yaml-position-worker.js';
import { spawnPositionWorker } from '../../../src/load/positions/yaml-position-worker.js';
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
  it('answers like the main-thread locator, in the order asked', async () => {
    const positions = yamlPositions(YAML);
    const { locate } = parseYaml(YAML);
    expect(await positions.locate(POINTERS)).toEqual(POINTERS.map(locate));
    positions.release();
  });

  it('still answers after release, by parsing on this thread', async () => {
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

describe('the position worker', () => {
  it('runs from its source text and locates decoded segments', async () => {
    const worker = spawnPositionWorker();
    worker.ref();
    try {
      const replies: WorkerReply[] = [];
      const two = new Promise<WorkerReply[]>((resolve, reject) => {
        worker.on('message', (reply: WorkerReply) => {
          replies.push(reply);
          if (replies.length === 2) resolve(replies);
        });
        worker.once('error', reject);
      });
      worker.postMessage({ kind: 'parse', job: 1, text: YAML });
      worker.postMessage({ kind: 'locate', job: 1, request: 7, segments: [['info', 'title'], ['paths', '/a/{id}', 'get'], ['nothing']] });
      worker.postMessage({ kind: 'locate', job: 2, request: 8, segments: [[]] });
      expect(await two).toEqual([
        { parsed: 1 },
        { request: 7, positions: [{ line: 3, column: 3 }, { line: 6, column: 5 }, { line: 1, column: 1 }] },
      ]);
    } finally {
      await worker.terminate();
    }
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
