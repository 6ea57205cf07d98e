import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrettierFormatted, PRETTIER_OPTIONS } from '../../../src/emit/format.js';
import { readRuntimeFiles } from '../../../src/emit/runtime-files.js';

/**
 * The runtime is copied verbatim into every generated package, so it must already be in the generated
 * code's Prettier form; the repository's .prettierrc.json (what editors and `prettier --write` use) is
 * the same configuration the generator formats with.
 */
describe('runtime source formatting', () => {
  it('the repository Prettier config is the generator\'s', () => {
    const rc = JSON.parse(readFileSync(join(import.meta.dirname, '../../../.prettierrc.json'), 'utf8')) as object;
    expect(rc).toEqual(PRETTIER_OPTIONS);
  });

  it('every runtime file is Prettier-formatted', async () => {
    const unformatted: string[] = [];
    for (const file of readRuntimeFiles()) if (!(await isPrettierFormatted(file.path, file.text))) unformatted.push(file.path);
    expect(unformatted).toEqual([]);
  });
});
