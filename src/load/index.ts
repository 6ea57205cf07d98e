import { DiagnosticSink, type Position } from '../diagnostics/diagnostic.js';
import { checkVersion } from './check-version.js';
import { checkExtraProperties } from './checks/extra-properties.js';
import { checkInfoVersion } from './checks/info-version.js';
import { checkOperationIds } from './checks/operation-ids.js';
import { checkParameters } from './checks/parameters.js';
import { checkPathParameters } from './checks/path-parameters.js';
import { checkSchemaKeywords } from './checks/schema-keywords.js';
import { checkSecuritySchemes } from './checks/security-schemes.js';
import { walkSwagger } from './checks/swagger-walk.js';
import { applyFixes, type Finding } from './finding.js';
import type { JsonObject } from './json.js';
import { parseText } from './parse/parse-text.js';
import { readSource } from './read-source.js';
import { redactLocation } from './redact-location.js';
import { inlineExternalRefs } from './refs/external-refs.js';
import { checkInternalRefs } from './refs/internal-refs.js';
import { swaggerParserCheck } from './swagger-parser-check.js';
import type { LoadOptions, LoadResult } from './types.js';

export type { LoadedSpec, LoadOptions, LoadResult } from './types.js';

/**
 * Reads a Swagger 2.0 spec from a file (YAML or JSON) or an http(s) URL and reports every problem as a
 * located diagnostic; it never throws for bad input.
 *
 * @example
 * const { spec, sink } = await loadSpec('spec/twine.yaml', { lenient: false });
 * if (spec === undefined || sink.hasErrors()) process.exitCode = 1;
 */
export async function loadSpec(input: string, options: LoadOptions): Promise<LoadResult> {
  const result = await openSpec(input, options);
  await result.sink.resolvePositions();
  return result;
}

/**
 * `loadSpec` without waiting for positions: the sink's diagnostics have no line and column until
 * `await sink.resolvePositions()`, which a caller does once it has reported its own diagnostics too
 * (positions are found only then, and only for the diagnostics asked for).
 */
export async function openSpec(input: string, options: LoadOptions): Promise<LoadResult> {
  const file = redactLocation(input);
  const sink = new DiagnosticSink(file, undefined, options.lenient);

  const source = await readSource(input);
  if (!source.ok) {
    sink.report({ code: 'TC1003', pointer: '#', message: `cannot read spec: ${file} ${source.reason}` });
    return { sink };
  }
  const parsed = await parseText(source.text, true);
  const positions = parsed.positions;
  if (positions !== undefined) sink.usePositions(positions);
  for (const problem of parsed.problems) sink.report({ code: 'TC1001', pointer: '#', message: problem.message }, problem.position);
  if (parsed.data === undefined) return { sink };
  const unsupported = checkVersion(parsed.data);
  if (unsupported !== undefined) {
    sink.report(unsupported);
    return { sink };
  }

  const document = parsed.data as JsonObject;
  const findings = [
    ...(await inlineExternalRefs(document, { base: input, roots: options.allowRefsFrom ?? [] })),
    ...checkDocument(document),
  ];
  for (const finding of findings) sink.report(finding);
  const repaired = structuredClone(document);
  applyFixes(repaired, findings.flatMap((f) => (f.fix === undefined ? [] : [f.fix])));
  for (const diagnostic of await swaggerParserCheck(repaired, document)) sink.report(diagnostic);

  const locate = async (pointer: string): Promise<Position | undefined> => (await positions?.locate([pointer]))?.[0];
  return { spec: { file, document, locate }, sink };
}

/** The loader's own precise checks, each reporting the node the user wrote. */
function checkDocument(document: JsonObject): Finding[] {
  const nodes = walkSwagger(document);
  return [
    ...checkInternalRefs(document),
    ...checkInfoVersion(document),
    ...checkParameters(nodes),
    ...checkPathParameters(document, nodes),
    ...checkSchemaKeywords(nodes),
    ...checkSecuritySchemes(nodes),
    ...checkExtraProperties(nodes),
    ...checkOperationIds(nodes),
  ];
}
