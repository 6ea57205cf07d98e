import type { DiagnosticInput } from '../diagnostics/diagnostic.js';

/**
 * The document must be a mapping declaring `swagger: "2.0"`. Anything else cannot be read as Swagger 2.0,
 * so the loader stops after this diagnostic (TC1007 for a non-object, TC1004 for another version).
 */
export function checkVersion(data: unknown): DiagnosticInput | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const found = data === null ? 'null' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    return { code: 'TC1007', pointer: '#', message: `the spec must be a YAML/JSON object at the top level, not ${found}` };
  }
  const document = data as Record<string, unknown>;
  const openapi = document['openapi'];
  if (openapi !== undefined) {
    const message = `OpenAPI ${String(openapi)} is not supported: this tool reads Swagger 2.0 (swagger: "2.0")`;
    return { code: 'TC1004', pointer: '#/openapi', message };
  }
  const swagger = document['swagger'];
  if (swagger === undefined) {
    return { code: 'TC1004', pointer: '#', message: 'no swagger version: this tool reads Swagger 2.0 documents, which start with swagger: "2.0"' };
  }
  if (swagger !== '2.0') {
    // `swagger: 2.0` unquoted is the number 2 in YAML; the schema requires the string.
    const hint = swagger === 2 ? ' (quote it: swagger: "2.0")' : '';
    return { code: 'TC1004', pointer: '#/swagger', message: `swagger ${JSON.stringify(swagger)} is not supported: this tool reads Swagger "2.0"${hint}` };
  }
  return undefined;
}
