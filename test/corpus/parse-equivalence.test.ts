import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/load/parse/parse-fast.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { HISTORY_DIR, UNPARSEABLE, historyFiles } from './history.js';

const files = historyFiles().filter((f) => !UNPARSEABLE.includes(f.slice(0, 3)));


describe('fast parse over the real spec history', () => {
  it.each(files)('%s: js-yaml gives the data the yaml package gives', (file) => {
    const text = readFileSync(join(HISTORY_DIR, file), 'utf8');
    const fast = parseFast(text);
    expect(fast?.format).toBe('yaml');
    expect(fast?.data).toEqual(parseYaml(text).data);
  });

});
