// Writes docs/diff-rules.md from the rule list: `node scripts/gen-diff-docs.mjs`.
// test/unit/diff/docs.test.ts fails when the committed file differs from what this writes.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}.tmp/scripts/diff-docs.mjs`;
await build({ entryPoints: [`${root}src/diff/docs.ts`], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
const { renderRuleCatalogue } = await import(pathToFileURL(outfile).href);
writeFileSync(`${root}docs/diff-rules.md`, renderRuleCatalogue());
