import { dereference } from '@apidevtools/json-schema-ref-parser';
import { createRequire } from 'node:module';
import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import { pointerOf } from '../diagnostics/pointer.js';
import { asObject, type JsonObject } from './json.js';
import { swagger2SchemaErrors, type SchemaError } from './schema-validator/swagger2-schema.js';
import { forSwaggerParser } from './swagger-parser-input.js';

/**
 * swagger-parser's spec checks, without the rest of swagger-parser: its entry module also loads two Ajv
 * builds and the OpenAPI schemas (25-40 ms per process) for a schema validation we do ahead of time.
 * `validate(api, { validate: { schema: false, spec: true } })` is exactly: dereference, then this.
 */
const validateSpec = createRequire(import.meta.url)('@apidevtools/swagger-parser/lib/validators/spec.js') as (api: unknown) => void;

/**
 * Swagger 2.0 validity, decided by the official schema and swagger-parser, over a copy in which our own
 * checks have already neutralised what they reported, so what is found here is new (TC2000).
 * The schema is checked first on the document as written, so errors point where the user wrote them;
 * swagger-parser's own checks (duplicate parameters, several bodies...) need a schema-valid document.
 */
export async function swaggerParserCheck(repaired: JsonObject, original: JsonObject): Promise<DiagnosticInput[]> {
  const schemaErrors = swagger2SchemaErrors(repaired);
  if (schemaErrors.length > 0) return fromSchemaErrors(schemaErrors);
  try {
    const input = forSwaggerParser(repaired);
    validateSpec(await dereference(input as never, { resolve: { external: false }, dereference: { circular: 'ignore' } }));
    return [];
  } catch (error) {
    return [fromMessage(error, original)];
  }
}

/**
 * Ajv reports every failed branch of every `oneOf`; the deepest failing nodes are the ones a user can act on
 * (a parent that fails only because a child did adds nothing).
 */
function fromSchemaErrors(errors: readonly SchemaError[]): DiagnosticInput[] {
  const paths = errors.map((e) => e.instancePath);
  const leaves = errors.filter((e) => !paths.some((p) => p.startsWith(`${e.instancePath}/`)));
  const byPointer = new Map<string, Set<string>>();
  for (const error of leaves) {
    if ((error.keyword === 'oneOf' || error.keyword === 'anyOf') && leaves.length > 1) continue;
    const pointer = `#${error.instancePath}`;
    const messages = byPointer.get(pointer) ?? new Set<string>();
    messages.add(describe(error));
    byPointer.set(pointer, messages);
  }
  return [...byPointer].map(([pointer, messages]) => ({
    code: 'TC2000',
    pointer,
    message: `not valid Swagger 2.0: ${[...messages].join('; ')}`,
  }));
}

function describe(error: SchemaError): string {
  const params = error.params ?? {};
  if (error.keyword === 'additionalProperties') return `property ${JSON.stringify(params['additionalProperty'])} is not allowed`;
  if (error.keyword === 'required') return `required property ${JSON.stringify(params['missingProperty'])} is missing`;
  if (error.keyword === 'enum' && Array.isArray(params['allowedValues'])) {
    return `must be one of ${params['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return error.message ?? error.keyword;
}

/**
 * swagger-parser's own checks (duplicate parameters, several body parameters...) throw one message naming
 * the operation as `/paths/{path}/{method}`, unescaped; point at that operation when it can be found.
 */
function fromMessage(error: unknown, original: JsonObject): DiagnosticInput {
  const text = error instanceof Error ? error.message : String(error);
  const message = `not valid Swagger 2.0: ${text.replace(/^Validation failed\.\s*/, '').split('\n')[0] ?? text}`;
  const paths = Object.keys(asObject(original['paths']) ?? {}).sort((a, b) => b.length - a.length);
  const path = paths.find((p) => text.includes(`/paths${p}/`) || text.includes(`/paths${p} `));
  if (path === undefined) return { code: 'TC2000', pointer: '#', message };
  const method = /^\/(get|put|post|delete|options|head|patch)\b/.exec(text.slice(text.indexOf(`/paths${path}`) + 6 + path.length));
  return { code: 'TC2000', pointer: pointerOf(method?.[1] === undefined ? ['paths', path] : ['paths', path, method[1]]), message };
}
