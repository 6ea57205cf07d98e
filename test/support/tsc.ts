import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

/**
 * Type-checks a generated package with its own tsconfig (strict, noUncheckedIndexedAccess) and returns
 * the compiler's output; empty output and status 0 mean it compiles. `tsconfig.cjs.json` checks the
 * CommonJS build, which fails where the ESM one passes when a file is a script rather than a module.
 */
export function typecheck(packageDir: string, config = 'tsconfig.json'): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [TSC, '-p', `${packageDir}/${config}`, '--noEmit'], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}
