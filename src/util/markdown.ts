/**
 * Spec text placed in Markdown (the diff report, the generated package's README) is hostile: HTML is
 * entity-escaped and every Markdown metacharacter backslash-escaped, so a description can neither inject
 * markup nor a link, and line breaks cannot start a new block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:@]/g, (ch) => `\\${ch}`);
}
