import type { Locator, PositionSource } from '../../diagnostics/diagnostic.js';

/**
 * Positions in a YAML text, found by the `yaml` package on the first request. Its position-keeping parse
 * costs several times the data parse (js-yaml), so it runs only when a diagnostic is about to be printed.
 * Doing it in a worker thread alongside generation was measured (098 spec, 2 cores, interleaved runs):
 * about 3% less wall time for about 23 MiB more peak memory, against a 200 MiB target; dropped.
 */
export function yamlPositions(text: string): PositionSource {
  let locator: Promise<Locator> | undefined;
  return {
    locate: async (pointers) => {
      locator ??= import('../parse-yaml.js').then(({ parseYaml }) => parseYaml(text).locate);
      const locate = await locator;
      return pointers.map(locate);
    },
    release: () => {
      locator = undefined;
    },
  };
}
