import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Locator } from '../diagnostics/diagnostic.js';
import { createYamlLocator, type Position } from './yaml-locator.js';

/** A syntax problem, located by the parser itself (there is no pointer into a document that did not parse). */
export interface SyntaxProblem {
  readonly message: string;
  readonly position?: Position;
}

export interface ParsedYaml {
  /** Plain JSON-compatible data; absent when the text is not usable YAML/JSON. */
  readonly data?: unknown;
  readonly locate: Locator;
  readonly problems: readonly SyntaxProblem[];
}

/**
 * Generous for hand-written anchors (each alias counts its expanded size), far below what a
 * "billion laughs" document needs to blow up memory.
 */
const MAX_ALIAS_COUNT = 10_000;

/**
 * Parses YAML 1.2 (JSON is a subset, so one parser keeps positions for both) with the core schema only:
 * no tag constructs anything, timestamps stay strings, `<<` merges are off.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', merge: false, uniqueKeys: true, version: '1.2' });
  const locate = createYamlLocator(doc, lineCounter);
  // After the first real syntax error the parser's later complaints are mostly its consequences, so only
  // that one is shown; duplicate keys and refused tags are independent and all reported.
  const firstSyntaxError = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const problems = [
    ...doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => toProblem(e, `duplicate key ${keyAt(text, e)}`)),
    ...doc.warnings.filter(isUnknownTag).map((e) => toProblem(e, `YAML tag ${keyAt(text, e)} is not allowed in a spec`)),
    ...(firstSyntaxError === undefined ? [] : [toProblem(firstSyntaxError, firstLine(firstSyntaxError))]),
  ];
  // Duplicate keys are reported but the rest of the document is still checked, so one run shows everything.
  if (firstSyntaxError !== undefined) return { locate, problems };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { data, locate, problems };
  } catch (error) {
    if (error instanceof ReferenceError) {
      const message = 'too many YAML alias expansions (a resource exhaustion attack, or anchors used far too often)';
      return { locate, problems: [...problems, { message }] };
    }
    throw error;
  }
}

/** `!!js/function` and friends resolve to nothing under the core schema; refusing them keeps the input data. */
function isUnknownTag(warning: YAMLError): boolean {
  return warning.code === 'TAG_RESOLVE_FAILED';
}

function toProblem(error: YAMLError, message: string): SyntaxProblem {
  const where = error.linePos?.[0];
  return where === undefined ? { message } : { message, position: { line: where.line, column: where.col } };
}

/** yaml appends " at line L, column C:" and a code frame; the position is reported on its own. */
function firstLine(error: YAMLError): string {
  const first = error.message.split('\n')[0] ?? error.message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The key or tag the error points at, quoted and kept short. yaml's range may cover only the first
 * character, so the token is read on from there: a quoted key to its closing quote, a plain key to its
 * `:`, a tag to the next white space.
 */
function keyAt(text: string, error: YAMLError): string {
  const rest = text.slice(error.pos[0], error.pos[0] + 200);
  const quoted = /^"((?:[^"\\\n]|\\.)*)"|^'((?:[^'\n]|'')*)'/.exec(rest);
  if (quoted !== null) return JSON.stringify(quoted[1] ?? (quoted[2] ?? '').replace(/''/g, "'"));
  const plain = /^[^\s:#,[\]{}]+(?::[^\s,[\]{}]+)*/.exec(rest)?.[0] ?? rest.slice(0, 1);
  return JSON.stringify(plain.slice(0, 80));
}
