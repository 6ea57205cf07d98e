import SwaggerParser from '@apidevtools/swagger-parser';
import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import { pointerOf } from '../diagnostics/pointer.js';
import { asObject, type JsonObject } from './json.js';
import { realPointer } from './real-pointer.js';

/** One Ajv error as swagger-parser attaches them to its schema-validation error (`error.details`). */
interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/**
 * Runs swagger-parser (the authority on Swagger 2.0 validity) over a copy in which our own checks have
 * already neutralised what they reported, so what it still finds is new. Its findings are mapped back from
 * the dereferenced document it validates to the node the user wrote (TC2000).
 */
export async function swaggerParserCheck(repaired: JsonObject, original: JsonObject): Promise<DiagnosticInput[]> {
  try {
    await SwaggerParser.validate(repaired as never, {
      resolve: { external: false },
      dereference: { circular: 'ignore' },
    });
    return [];
  } catch (error) {
    const details = (error as { details?: unknown }).details;
    if (Array.isArray(details)) return fromAjvErrors(details as AjvError[], original);
    return [fromMessage(error, original)];
  }
}

/**
 * Ajv reports every failed branch of every `oneOf`; the deepest failing nodes are the ones a user can act on
 * (a parent that fails only because a child did adds nothing).
 */
function fromAjvErrors(errors: readonly AjvError[], original: JsonObject): DiagnosticInput[] {
  const paths = errors.map((e) => e.instancePath);
  const leaves = errors.filter((e) => !paths.some((p) => p.startsWith(`${e.instancePath}/`)));
  const byPointer = new Map<string, Set<string>>();
  for (const error of leaves) {
    if ((error.keyword === 'oneOf' || error.keyword === 'anyOf') && leaves.length > 1) continue;
    const pointer = realPointer(original, error.instancePath);
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

function describe(error: AjvError): string {
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
