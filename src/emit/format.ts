import * as prettier from 'prettier';
import * as oxc from '@prettier/plugin-oxc';

/**
 * One Prettier configuration for every generated file; versions are pinned by the lockfile so output bytes
 * do not drift. At generation only TypeScript goes through Prettier, parsed with the oxc plugin (same
 * printer as the `typescript` parser at about a third of the cost). README, package.json and tsconfig are
 * written already in Prettier's form; `isPrettierFormatted` (used by the tests, with Prettier's standard
 * parsers) proves both claims on every golden output and the real spec history.
 */
export const PRETTIER_OPTIONS: prettier.Options = {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
  proseWrap: 'preserve',
};

export async function formatTypeScript(text: string): Promise<string> {
  // A `.ts` file path: without one, arrow generics are printed `<T,>` in case the text is TSX.
  return prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'oxc-ts', plugins: [oxc], filepath: 'generated.ts' });
}

const STANDARD_PARSERS: Readonly<Record<string, string>> = { ts: 'typescript', md: 'markdown', json: 'json' };

/** True when Prettier (standard parser for the file's kind) would leave the text as it is. */
export async function isPrettierFormatted(path: string, text: string): Promise<boolean> {
  const parser = STANDARD_PARSERS[path.slice(path.lastIndexOf('.') + 1)];
  if (parser === undefined) return true;
  return (await prettier.format(text, { ...PRETTIER_OPTIONS, parser, filepath: path })) === text;
}
