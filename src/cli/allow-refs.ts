import type { Options } from 'yargs';
import { parseRefRoot, type RefRoot } from '../load/refs/ref-roots.js';
import { ConfigError } from './config-module.js';

/**
 * `--allow-refs-from`, shared by generate, validate and diff. Repeated, yargs collects it into an array;
 * it is not an `array` option, which would swallow the positional spec that follows it.
 */
export const allowRefsOption: Options = {
  type: 'string',
  describe: "A folder or http(s) URL prefix $refs may read besides the spec's folder (repeatable)",
};

/** The flag's values resolved against the working folder; a bad one is a usage error (exit 2). */
export function refRootsFromFlag(values: string | readonly string[] | undefined, cwd: string): RefRoot[] | undefined {
  if (values === undefined) return undefined;
  return (typeof values === 'string' ? [values] : values).map((value) => {
    const parsed = parseRefRoot(value, cwd);
    if ('problem' in parsed) throw new ConfigError(`--allow-refs-from: ${parsed.problem}`);
    return parsed.root;
  });
}
