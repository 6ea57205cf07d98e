import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Turns a generated README's TypeScript blocks into one module of the package (`src/readme-examples.ts`),
 * so a type-check proves every example compiles as a user would paste it. Imports of the package are
 * hoisted and pointed at `./index.js`; the first block (creating `client`) stays at the top level and every
 * other block becomes the body of its own function. The auth block's free names (a token obtained
 * elsewhere, a token function) are declared here, as a user's code would define them.
 */
export function writeReadmeExamples(packageDir: string, packageName: string): number {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const imported = new Set<string>();
  const importLine = new RegExp(`^import \\{([^}]*)\\} from '${packageName.replace(/[/\\\\^$.*+?()[\]{}|]/g, '\\$&')}';\\n`, 'gm');
  const bodies = blocks.map((block) =>
    block.replace(importLine, (_line, names: string) => {
      for (const name of names.split(',')) if (name.trim() !== '') imported.add(name.trim());
      return '';
    }),
  );
  const [first = '', ...rest] = bodies;
  const source = [
    `import { ${[...imported].sort().join(', ')} } from './index.js';`,
    'declare const process: { env: Record<string, string | undefined> };',
    'declare const accessToken: string, refreshToken: string, clientId: string;',
    'declare function getToken(forceRefresh: boolean): Promise<string>;',
    first,
    ...rest.map((body, i) => `export async function example${i + 1}(): Promise<void> {\n${body}}\n`),
    'export { client };',
  ].join('\n');
  writeFileSync(join(packageDir, 'src', 'readme-examples.ts'), source);
  return blocks.length;
}
