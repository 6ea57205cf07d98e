import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childPointer } from '../../src/diagnostics/pointer.js';
import { parseFast } from '../../src/load/parse/parse-fast.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { yamlPositions } from '../../src/load/positions/yaml-positions.js';
import { HISTORY_DIR, UNPARSEABLE, historyFiles } from './history.js';

const files = historyFiles().filter((f) => !UNPARSEABLE.includes(f.slice(0, 3)));

/** Every node's pointer, parents first. */
function pointersOf(node: unknown, pointer = '#', out: string[] = []): string[] {
  out.push(pointer);
  if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) pointersOf(value, childPointer(pointer, key), out);
  }
  return out;
}

describe('fast parse over the real spec history', () => {
  it.each(files)('%s: js-yaml gives the data the yaml package gives', (file) => {
    const text = readFileSync(join(HISTORY_DIR, file), 'utf8');
    const fast = parseFast(text);
    expect(fast?.format).toBe('yaml');
    expect(fast?.data).toEqual(parseYaml(text).data);
  });

  it.each(files.filter((_, i) => i % 12 === 0 || i === files.length - 1))('%s: the worker locates every node as the main thread does', async (file) => {
    const text = readFileSync(join(HISTORY_DIR, file), 'utf8');
    const pointers = pointersOf(parseYaml(text).data);
    const positions = yamlPositions(text);
    try {
      expect(await positions.locate(pointers)).toEqual(pointers.map(parseYaml(text).locate));
    } finally {
      positions.release();
    }
  });
});
