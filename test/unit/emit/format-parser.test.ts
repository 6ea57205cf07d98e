import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oxc from '@prettier/plugin-oxc';
import * as prettier from 'prettier';
import { type InterfaceDeclarationStructure, StructureKind, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { formatTypeScript, PRETTIER_OPTIONS, typeScriptFormatOptions } from '../../../src/emit/format.js';
import { commentOpenerCount, jsxSniffScanLength, oxcQuadraticCost } from '../../../src/emit/oxc-quadratic-cost.js';
import { readRuntimeFiles } from '../../../src/emit/runtime-files.js';
import { createPrinter } from '../../../src/emit/ts/project.js';

/**
 * Formatting stays linear on huge specs: the oxc plugin's JSX sniff is quadratic on texts with few quotes
 * (a types file) and its comment stripping on texts with many comments (an operations file), so those go
 * to Prettier's `typescript` parser, which must print the very same bytes.
 */

/** What the plugin's regex scans: from every line start to the next quote character, by brute force. */
function referenceScanLength(text: string): number {
  let total = 0;
  for (let start = 0; start <= text.length; ) {
    const rest = text.slice(start);
    const quote = rest.search(/["'`]/);
    total += quote === -1 ? rest.length : quote;
    const newline = rest.search(/[\n\r\u2028\u2029]/);
    if (newline === -1) break;
    start += newline + 1;
  }
  return text.length === 0 ? 0 : total;
}

/** A types file as the emitter prints it (ts-morph structures): JSDoc'd interfaces, barely a quote. */
function typesFile(interfaces: number): string {
  const statements = Array.from({ length: interfaces }, (_, i): InterfaceDeclarationStructure => ({
    kind: StructureKind.Interface,
    name: `Thing${i}`,
    isExported: true,
    docs: [`A thing number ${i}, described at some length so that the comment is wrapped by nobody.`],
    properties: [
      { name: 'id', type: 'string' },
      { name: 'count', type: 'number', hasQuestionToken: true, docs: ['How many.'] },
      { name: 'tags', type: 'readonly string[]', hasQuestionToken: true },
      // Longer than the print width, so Prettier has to break it.
      { name: 'nested', type: `{ alpha: number; beta: Array<{ gamma: string; delta: boolean | null }>; epsilon: Record<string, Thing${i}> }` },
    ],
  }));
  return createPrinter()('types.gen.ts', statements);
}

/** A quoted string on every line keeps the sniff linear however long the file; `docs` adds comments. */
function quotedFile(lines: number, docs = false): string {
  const doc = (i: number): string => (docs ? `/** Thing ${i}: a JSDoc comment per declaration, as operations have. */\n` : '');
  return Array.from({ length: lines }, (_, i) => `${doc(i)}export const path${i} = ['/things/${i}', 'a rather long second element', 'and a third one', 'past the print width'];\n`).join('');
}

/** Interfaces in the "huge" types file: past the sniff budget, small enough for the oxc reference run. */
const HUGE = 600;
/** Declarations, each with a JSDoc comment, that put a quote-rich file past the budget. */
const HUGE_COMMENTED = 1200;

const oxcOutput = (text: string): Promise<string> =>
  prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'oxc-ts', plugins: [oxc], filepath: 'generated.ts' });

describe('jsxSniffScanLength', () => {
  it.each([
    { given: '', want: 0 },
    { given: 'abc', want: 3 },
    { given: 'a\nbc', want: 4 + 2 },
    { given: "ab'c\nd", want: 2 + 1 },
    { given: 'x\r\ny`', want: 4 + 2 + 1 },
    { given: 'a\u2028b"', want: 3 + 1 },
  ])('$given -> $want', ({ given, want }) => {
    expect(jsxSniffScanLength(given)).toBe(want);
    expect(referenceScanLength(given)).toBe(want);
  });

  it('agrees with the brute-force count on generated files', () => {
    for (const text of [typesFile(30), quotedFile(200), ...readRuntimeFiles().map((f) => f.text)]) {
      expect(jsxSniffScanLength(text)).toBe(referenceScanLength(text));
    }
  });

  it('stops counting past the limit', () => {
    const text = typesFile(200);
    const full = jsxSniffScanLength(text);
    const capped = jsxSniffScanLength(text, 1000);
    expect(capped).toBeGreaterThan(1000);
    expect(capped).toBeLessThan(full);
  });
});

describe('commentOpenerCount and oxcQuadraticCost', () => {
  it.each([
    { given: "'x'", comments: 0, cost: 0 },
    { given: '// a\n', comments: 1, cost: 5 / 2 + 5 },
    { given: "/** a */ 'b'\n// c", comments: 2, cost: (2 * 17) / 2 + 9 + 4 },
    { given: '/*/', comments: 1, cost: 3 / 2 + 3 },
  ])('$given -> $comments comments, cost $cost', ({ given, comments, cost }) => {
    expect(commentOpenerCount(given)).toBe(comments);
    expect(oxcQuadraticCost(given)).toBe(cost);
  });

  it('stops past the limit in either part', () => {
    const commented = quotedFile(100, true);
    expect(oxcQuadraticCost(commented, 10)).toBe((100 * commented.length) / 2);
    const quoteless = typesFile(200);
    expect(oxcQuadraticCost(quoteless, 1000)).toBeLessThan(oxcQuadraticCost(quoteless));
  });
});

describe('typeScriptFormatOptions picks the parser by the sniff cost', () => {
  const large = typesFile(HUGE);
  it.each([
    { name: 'small types file', given: typesFile(20), want: 'oxc-ts' },
    { name: 'huge types file (quadratic sniff)', given: large, want: 'typescript' },
    { name: 'huge file with a quote on every line', given: quotedFile(40_000), want: 'oxc-ts' },
    { name: 'huge file with a comment per declaration', given: quotedFile(HUGE_COMMENTED, true), want: 'typescript' },
    { name: 'smaller file with a comment per declaration', given: quotedFile(100, true), want: 'oxc-ts' },
  ])('$name -> $want', ({ given, want }) => {
    expect(typeScriptFormatOptions(given)).toMatchObject({ parser: want, filepath: 'generated.ts', ...PRETTIER_OPTIONS });
  });

  it('every golden output and runtime file stays on oxc, so normal specs format as before', () => {
    const golden = join(import.meta.dirname, '../../golden/__golden__');
    const files = readdirSync(golden, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const texts = [...files.map((p) => readFileSync(join(golden, p), 'utf8')), ...readRuntimeFiles().map((f) => f.text)];
    expect(texts.filter((t) => typeScriptFormatOptions(t).parser !== 'oxc-ts')).toEqual([]);
  });
});

describe('the typescript parser prints what oxc prints', () => {
  it('on a huge emitter-printed types file (the text formatTypeScript sends to the typescript parser)', async () => {
    const text = typesFile(HUGE);
    const formatted = await formatTypeScript(text);
    expect(formatted).not.toBe(text);
    expect(formatted).toBe(await oxcOutput(text));
  });

  it('on a huge file with a comment per declaration', async () => {
    const text = quotedFile(HUGE_COMMENTED, true);
    const formatted = await formatTypeScript(text);
    expect(formatted).not.toBe(text);
    expect(formatted).toBe(await oxcOutput(text));
  });

  it('on every runtime file, re-printed by the TypeScript compiler so Prettier has work to do', async () => {
    const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
    const differing: string[] = [];
    for (const file of readRuntimeFiles().filter((f) => f.path.endsWith('.ts'))) {
      const reprinted = printer.printFile(ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
      const viaTypescript = await prettier.format(reprinted, { ...PRETTIER_OPTIONS, parser: 'typescript', filepath: 'generated.ts' });
      if (viaTypescript !== (await oxcOutput(reprinted))) differing.push(file.path);
    }
    expect(differing).toEqual([]);
  });
});
