import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import { childPointer } from '../diagnostics/pointer.js';
import { type ApiModel, IR_VERSION, type NamedType, type Operation } from './types.js';
import { isObject, type ReadContext } from './swagger2/context.js';
import { readInfo, readServers, readTags } from './swagger2/info.js';
import { readOperations } from './swagger2/operations.js';
import { readSchema } from './swagger2/schema.js';
import { readSecurityRequirements, readSecuritySchemes } from './swagger2/security.js';
import { tokenUrlOf } from './token-url.js';

/**
 * Swagger 2.0 document -> IR. Defensive by design: the document may carry defects the loader already
 * reported (under --lenient they are warnings), so every reader types what it cannot understand as
 * `unknown` instead of throwing.
 */
export function buildModel(document: Record<string, unknown>, report: (d: DiagnosticInput) => void): ApiModel {
  const ctx: ReadContext = { document, report };
  const { servers, basePath } = readServers(ctx);
  const securitySchemes = readSecuritySchemes(ctx);
  const operations = dedupeOperationIds(readOperations(ctx)).sort((a, b) => compare(a.operationId, b.operationId));
  const tokenUrl = tokenUrlOf(securitySchemes, operations);
  return {
    irVersion: IR_VERSION,
    info: readInfo(ctx),
    servers,
    basePath,
    securitySchemes,
    security: readSecurityRequirements(document.security),
    ...(tokenUrl === undefined ? {} : { tokenUrl }),
    tags: readTags(ctx),
    types: readDefinitions(ctx),
    operations,
    resources: [],
  };
}

function readDefinitions(ctx: ReadContext): NamedType[] {
  const defs = ctx.document.definitions;
  if (!isObject(defs)) return [];
  return Object.keys(defs)
    .sort(compare)
    .map((name) => {
      const pointer = childPointer('#/definitions', name);
      return { name, pointer, schema: readSchema(ctx, defs[name], pointer) };
    });
}

/**
 * Duplicate operationIds are an error the loader reports (TC2005); when generation goes on regardless
 * (validate, diff) later duplicates get a stable suffix so the model stays a function of the document.
 */
function dedupeOperationIds(operations: Operation[]): Operation[] {
  const seen = new Map<string, number>();
  return operations.map((op) => {
    const count = seen.get(op.operationId) ?? 0;
    seen.set(op.operationId, count + 1);
    return count === 0 ? op : { ...op, operationId: `${op.operationId}_${count + 1}` };
  });
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
