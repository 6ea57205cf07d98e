import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/generate.js';
import { tempDir } from '../../support/temp.js';
import { typecheck } from '../../support/tsc.js';

/** The config's `formatting`: the user's Prettier options, or none; the package compiles either way. */
const SPEC = join(import.meta.dirname, '../../fixtures/golden/jsonapi.yaml');

describe('formatting config', () => {
  it('applies the given Prettier options to the generated modules, not to the runtime copy', async () => {
    const out = join(tempDir('twine-fmt-'), 'pkg');
    const result = await generate({ spec: SPEC, out, formatting: { semi: false, singleQuote: false, tabWidth: 4 } });
    expect(result.failed).toBe(false);
    const operations = readFileSync(join(out, 'src/operations.gen.ts'), 'utf8');
    expect(operations).toMatch(/^import \{ .* \} from "\.\/runtime\/index\.js"$/m);
    expect(operations).toMatch(/^ {4}\S/m);
    expect(operations).not.toMatch(/;$/m);
    expect(readFileSync(join(out, 'src/runtime/index.ts'), 'utf8')).toMatch(/from '\.\/descriptor\.js';$/m);
    expect(typecheck(out)).toEqual({ status: 0, output: '' });
  });

  it('false skips Prettier: the printer’s own layout, still compiling', async () => {
    const plain = join(tempDir('twine-fmt-'), 'plain');
    const pretty = join(tempDir('twine-fmt-'), 'pretty');
    const a = await generate({ spec: SPEC, out: plain, formatting: false });
    const b = await generate({ spec: SPEC, out: pretty });
    const text = (r: typeof a) => r.files.find((f) => f.path === 'src/operations.gen.ts')?.text;
    expect(text(a)).not.toBe(text(b));
    expect(typecheck(plain)).toEqual({ status: 0, output: '' });
  });
});
