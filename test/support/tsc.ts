import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

/**
 * Type-checks a generated package with its own tsconfig (strict, noUncheckedIndexedAccess) and returns
 * the compiler's output; empty output and status 0 mean it compiles.
 */
export function typecheck(packageDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [TSC, '-p', `${packageDir}/tsconfig.json`, '--noEmit'], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}
