import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/load/parse-yaml.js';

describe('parseYaml names the whole key or tag it refuses', () => {
  it.each([
    ['a plain duplicate key', 'swagger: "2.0"\npaths: {}\npaths: {}\n', 'duplicate key "paths"', 3],
    ['a double-quoted duplicate key (JSON)', '{\n  "paths": {},\n  "paths": {}\n}\n', 'duplicate key "paths"', 3],
    ["a single-quoted key with ''", "'it''s': 1\n'it''s': 2\n", 'duplicate key "it\'s"', 2],
    ['a custom tag', 'x-run: !!js/function "f"\n', 'YAML tag "!!js/function" is not allowed in a spec', 1],
  ])('%s', (_name, text, message, line) => {
    expect(parseYaml(text).problems).toContainEqual({ message, position: expect.objectContaining({ line }) });
  });
});
