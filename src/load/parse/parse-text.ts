import type { PositionSource } from '../../diagnostics/diagnostic.js';
import type { SyntaxProblem } from '../parse-yaml.js';
import { jsonPositions } from '../positions/json-positions.js';
import { yamlPositions } from '../positions/yaml-positions.js';
import { parseFast } from './parse-fast.js';

export interface ParsedText {
  /** Plain JSON-compatible data; absent when the text is not usable YAML/JSON. */
  readonly data?: unknown;
  /** Syntax problems, each located by the parser (they have no pointer). */
  readonly problems: readonly SyntaxProblem[];
  /** Positions of pointers into `data`, when asked for. */
  readonly positions?: PositionSource;
}

/**
 * The data of a YAML/JSON text, fast for text that parses cleanly; anything the fast parsers refuse goes
 * to the `yaml` package (loaded only then), which says what is wrong and where.
 * `withPositions` adds a position source, which parses for positions only if it is asked.
 */
export async function parseText(text: string, withPositions: boolean): Promise<ParsedText> {
  const fast = parseFast(text);
  if (fast !== undefined) {
    if (!withPositions) return { data: fast.data, problems: [] };
    return { data: fast.data, problems: [], positions: fast.format === 'json' ? jsonPositions(text) : yamlPositions(text) };
  }
  const { parseYaml } = await import('../parse-yaml.js');
  const parsed = parseYaml(text);
  const locate = parsed.locate;
  const positions: PositionSource = { locate: async (pointers) => pointers.map(locate), release: () => undefined };
  return { ...(parsed.data === undefined ? {} : { data: parsed.data }), problems: parsed.problems, positions };
}
