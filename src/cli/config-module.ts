import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A config problem is the user's mistake: reported as a usage error (exit 2) with a hint, never a trace. */
export class ConfigError extends Error {}

/**
 * Imports a config module and returns its default export. Node 20 cannot import `.ts`, so a `.ts`/`.mts`
 * config is transpiled with the TypeScript compiler ts-morph already brings (no new dependency, no type
 * check: the user's editor does that) into a hidden sibling `.mjs`, so its relative imports and
 * `twine-codegen/config` resolve exactly as they would from the config itself; the sibling is removed
 * at once. Every failure is a ConfigError: a broken config is the user's mistake, not a crash.
 */
export async function importConfigModule(path: string): Promise<unknown> {
  const typescript = /\.m?ts$/.test(path);
  const target = typescript ? join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.mjs`) : path;
  try {
    if (typescript) writeFileSync(target, await transpile(readFileSync(path, 'utf8'), path));
    const module = (await import(pathToFileURL(target).href)) as { default?: unknown };
    if (module.default === undefined) throw new ConfigError(`${path}: no default export (write \`export default defineConfig({ ... })\`)`);
    return module.default;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${path}: could not load (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    if (typescript) rmSync(target, { force: true });
  }
}

async function transpile(source: string, fileName: string): Promise<string> {
  const { ts } = await import('ts-morph');
  const output = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  const syntax = output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (syntax !== undefined) {
    const where = syntax.file && syntax.start !== undefined ? syntax.file.getLineAndCharacterOfPosition(syntax.start) : undefined;
    const message = ts.flattenDiagnosticMessageText(syntax.messageText, ' ');
    throw new ConfigError(`${fileName}${where ? `:${where.line + 1}:${where.character + 1}` : ''}: ${message}`);
  }
  return output.outputText;
}
