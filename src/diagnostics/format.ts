import type { Diagnostic } from './diagnostic.js';

/**
 * One line per diagnostic, like a compiler:
 * `spec/twine.yaml:42:9 error TC1002 missing $ref target #/definitions/holder (at #/paths/...)`.
 * Messages are single-line by construction; line breaks from spec text are flattened here as a last guard.
 */
export function formatDiagnostic(d: Diagnostic, paint: Painter = plain): string {
  const where =
    d.file === undefined ? '' : d.line === undefined ? `${d.file} ` : `${d.file}:${d.line}:${d.column ?? 1} `;
  const severity = d.severity === 'error' ? paint.error('error') : paint.warning('warning');
  const message = d.message.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return `${where}${severity} ${paint.dim(d.code)} ${message} (at ${d.pointer})`;
}

export interface Painter {
  error(text: string): string;
  warning(text: string): string;
  dim(text: string): string;
}

const identity = (text: string): string => text;
export const plain: Painter = { error: identity, warning: identity, dim: identity };
