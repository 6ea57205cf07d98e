import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { tempDir } from '../support/temp.js';
import { writeReadmeExamples } from '../support/readme-examples.js';
import { typecheck } from '../support/tsc.js';
import { HISTORY_DIR, historyFiles } from './history.js';

/**
 * The project README's first TypeScript example is what a user copies first: it must compile, under the
 * generated package's own strict settings, against the client of the latest real spec it describes.
 */
const ROOT = join(import.meta.dirname, '../..');

it("the README's example compiles against the latest real spec's client", async () => {
  const latest = historyFiles().at(-1) ?? '';
  const out = join(tempDir('twine-readme-example-'), 'pkg');
  const result = await generate({ spec: join(HISTORY_DIR, latest), out, lenient: true });
  expect(result.failed).toBe(false);
  const example = /```ts\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1] ?? '';
  expect(example).toContain("from '@twine/client'");
  // Declared here rather than pulled from @types/node: the example only reads process.env.
  const source = `declare const process: { env: Record<string, string | undefined> };\n${example.replace("'@twine/client'", "'./index.js'")}\nexport {};\n`;
  writeFileSync(join(out, 'src/readme-example.ts'), source);
  expect(typecheck(out)).toEqual({ status: 0, output: '' });
});

it("the generated README's examples compile against the latest real spec's client", async () => {
  const latest = historyFiles().at(-1) ?? '';
  const out = join(tempDir('twine-readme-examples-'), 'pkg');
  const result = await generate({ spec: join(HISTORY_DIR, latest), out, lenient: true });
  expect(result.failed).toBe(false);
  expect(writeReadmeExamples(out, '@twine/client')).toBeGreaterThan(60);
  expect(typecheck(out)).toEqual({ status: 0, output: '' });
});
