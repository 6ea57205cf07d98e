/**
 * `src/index.ts`: the package root. Runtime names are re-exported by name (not `export *`) so a clash
 * with a generated name is impossible by construction: the name plan reserves exactly these.
 */
export function indexFileText(header: string, runtimeValues: readonly string[], runtimeTypes: readonly string[], resources: boolean): string {
  return [
    header,
    "export * from './types.gen.js';",
    resources ? "export * from './resources.gen.js';" : '',
    "export * from './operations.gen.js';",
    "export * from './client.gen.js';",
    runtimeValues.length === 0 ? '' : `export { ${runtimeValues.join(', ')} } from './runtime/index.js';`,
    runtimeTypes.length === 0 ? '' : `export type { ${runtimeTypes.join(', ')} } from './runtime/index.js';`,
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
