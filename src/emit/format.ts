import * as prettier from 'prettier';
import * as oxc from '@prettier/plugin-oxc';
import type { FormattingOptions } from '../config.js';
import { oxcQuadraticCost } from './oxc-quadratic-cost.js';

/**
 * One Prettier configuration for every generated file; versions are pinned by the lockfile so output bytes
 * do not drift. At generation only TypeScript goes through Prettier, parsed with the oxc plugin (same
 * printing rules as the `typescript` parser, faster) unless that would be quadratic (see
 * `typeScriptFormatOptions`). README, package.json and tsconfig are written already in Prettier's form;
 * `isPrettierFormatted` (used by the tests, with Prettier's standard parsers) proves both claims on every
 * golden output and the real spec history.
 */
export const PRETTIER_OPTIONS: prettier.Options = {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
  proseWrap: 'preserve',
};

/**
 * How much oxc's quadratic steps (see oxc-quadratic-cost.ts) may cost per character of input, in ns. Past
 * it the `typescript` parser is the cheaper one: measured warm it costs 0.2-0.5 µs a character more than
 * oxc. Capping the quadratic part at a constant per character keeps formatting linear. The newest real
 * spec's files cost at most about 140 here, so their output comes from oxc as before.
 */
export const MAX_OXC_COST_PER_CHAR = 300;

/**
 * Prettier options for one generated TypeScript file: the oxc plugin, unless its quadratic steps would
 * outweigh its speed; then Prettier's standard `typescript` parser, which skips the JSX sniff for a `.ts`
 * path, is printed by Prettier's core printer (linear comment stripping), and prints the same text (same
 * ESTree printing rules; the unit tests compare both parsers' output).
 */
export function typeScriptFormatOptions(text: string): prettier.Options {
  // A `.ts` file path: without one, arrow generics are printed `<T,>` in case the text is TSX.
  const base = { ...PRETTIER_OPTIONS, filepath: 'generated.ts' };
  const budget = MAX_OXC_COST_PER_CHAR * text.length;
  return oxcQuadraticCost(text, budget) > budget
    ? { ...base, parser: 'typescript' }
    : { ...base, parser: 'oxc-ts', plugins: [oxc] };
}

/**
 * A generated module in its final layout: Prettier with the project's options overridden by the user's
 * `formatting` config, or, with `formatting: false`, the code printer's output as it is.
 */
export async function formatTypeScript(text: string, formatting?: FormattingOptions | false): Promise<string> {
  if (formatting === false) return text;
  return prettier.format(text, { ...typeScriptFormatOptions(text), ...formatting });
}

const STANDARD_PARSERS: Readonly<Record<string, string>> = { ts: 'typescript', md: 'markdown', json: 'json' };

/** True when Prettier (standard parser for the file's kind) would leave the text as it is. */
export async function isPrettierFormatted(path: string, text: string): Promise<boolean> {
  const parser = STANDARD_PARSERS[path.slice(path.lastIndexOf('.') + 1)];
  if (parser === undefined) return true;
  return (await prettier.format(text, { ...PRETTIER_OPTIONS, parser, filepath: path })) === text;
}
