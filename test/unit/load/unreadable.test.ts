import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../src/load/index.js';
import { tempSpecs } from './temp-specs.js';

describe('unreadable input is TC1003, never a throw', () => {
  const specs = tempSpecs();
  mkdirSync(join(specs.dir, 'folder.yaml'));
  const cases: readonly (readonly [string, () => string])[] = [
    ['a missing file', () => join(specs.dir, 'nope.yaml')],
    ['a directory', () => join(specs.dir, 'folder.yaml')],
    ['an empty file', () => specs.write('empty.yaml', '')],
    ['a file of blank lines', () => specs.write('blank.yaml', '\n  \n\t\n')],
    ['a binary file (NUL bytes)', () => specs.write('binary.yaml', Uint8Array.from([0x73, 0x77, 0x00, 0x01, 0x02]))],
    ['invalid UTF-8', () => specs.write('latin1.yaml', Uint8Array.from([0x61, 0x3a, 0x20, 0xe9, 0x74, 0xe9, 0x0a]))],
  ];

  it.each(cases)('%s', async (_name, path) => {
    for (const lenient of [false, true]) {
      const { spec, sink } = await loadSpec(path(), { lenient });
      expect(spec).toBeUndefined();
      expect(sink.items.map((d) => [d.code, d.severity, d.pointer])).toEqual([['TC1003', 'error', '#']]);
    }
  });
});
