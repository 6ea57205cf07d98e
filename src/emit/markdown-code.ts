import { formatTypeScript } from './format.js';

const FENCE = /^```ts\n([\s\S]*?)^```$/gm;
const SEPARATOR = '// @twine-codegen-snippet-boundary';

/**
 * Formats every ```ts block of a Markdown text as Prettier's Markdown formatter would (it formats embedded
 * code with the same options), in one TypeScript pass instead of loading the Markdown formatter: the
 * blocks are joined with a separator comment, formatted together, and split back.
 */
export async function formatMarkdownCode(markdown: string): Promise<string> {
  const blocks = [...markdown.matchAll(FENCE)].map((m) => m[1] ?? '');
  if (blocks.length === 0) return markdown;
  let formatted: string[];
  try {
    formatted = (await formatTypeScript(blocks.join(`\n${SEPARATOR}\n`))).split(`${SEPARATOR}\n`);
  } catch {
    // Examples are built to parse (tests check every golden README); should one not, Prettier's Markdown
    // formatter would also leave it as written, and generation must not fail over documentation.
    return markdown;
  }
  if (formatted.length !== blocks.length) return markdown;
  let index = 0;
  return markdown.replace(FENCE, () => `\`\`\`ts\n${(formatted[index++] ?? '').replace(/\n*$/, '\n')}\`\`\``);
}
