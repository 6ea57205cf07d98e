/**
 * The one registry of diagnostic codes. Codes are stable: tests, users' CI filters and docs refer to them,
 * so a code is never renumbered or reused. `recoverable` codes become warnings under `--lenient` and the
 * affected part is typed `unknown`; all others always stop generation.
 */
export interface DiagnosticCodeInfo {
  readonly title: string;
  readonly recoverable: boolean;
  /**
   * Always a warning, even in strict mode: the document is valid Swagger 2.0 but the generator cannot use
   * the detail (an unknown `format` is allowed by the spec, which calls `format` open-ended).
   */
  readonly advisory?: boolean;
}

export const DIAGNOSTIC_CODES = {
  // 1xxx: reading and resolving the document
  TC1001: { title: 'YAML or JSON syntax error', recoverable: false },
  TC1002: { title: 'missing $ref target', recoverable: true },
  TC1003: { title: 'cannot read spec', recoverable: false },
  TC1004: { title: 'unsupported spec version', recoverable: false },
  TC1005: { title: 'external $ref refused', recoverable: false },
  TC1006: { title: 'circular $ref', recoverable: false },
  TC1007: { title: 'spec is not an object', recoverable: false },
  // 2xxx: the document does not follow Swagger 2.0
  TC2000: { title: 'invalid Swagger 2.0 document', recoverable: false },
  TC2001: { title: 'parameter without type', recoverable: true },
  TC2002: { title: 'unknown format', recoverable: true, advisory: true },
  TC2003: { title: 'schema type outside JSON Schema', recoverable: true },
  TC2004: { title: 'property not allowed here', recoverable: true },
  TC2005: { title: 'duplicate operationId', recoverable: true },
  TC2006: { title: 'missing operationId', recoverable: true, advisory: true },
  TC2007: { title: 'path parameter not in path template', recoverable: false },
  TC2008: { title: 'path parameter not marked required', recoverable: true },
  TC2009: { title: 'invalid security scheme', recoverable: true },
  TC2010: { title: 'info.version is not a string', recoverable: true },
  // 3xxx: the spec contradicts JSON:API or the API's documented behaviour
  TC3001: { title: 'JSON:API errors declared as one object', recoverable: true, advisory: true },
  TC3002: { title: 'unsupported feature', recoverable: true },
} as const satisfies Record<string, DiagnosticCodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
