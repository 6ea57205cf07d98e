import { childPointer } from '../../diagnostics/pointer.js';
import type { Finding } from '../finding.js';
import { closest } from './closest.js';
import type { SwaggerNode } from './swagger-walk.js';

/** JSON Schema's types, plus Swagger's `file` (valid in form data and responses; placement is checked later). */
const TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string', 'file'];

/** Swagger 2.0's formats, and formats common enough in JSON Schema tooling to be expected. */
const FORMATS = [
  'int32', 'int64', 'float', 'double', 'byte', 'binary', 'date', 'date-time', 'password',
  'email', 'idn-email', 'uuid', 'uri', 'uri-reference', 'iri', 'url', 'hostname', 'ipv4', 'ipv6',
  'time', 'duration', 'regex', 'json-pointer',
];

const TYPED_KINDS = new Set(['schema', 'items', 'parameter', 'header']);

/**
 * TC2003: a `type` outside JSON Schema's types (`boolen`); TC2002: a `format` nobody defines (`dateTime`).
 * Both are reported at the keyword itself, in the object where it is written (not where it is used).
 */
export function checkSchemaKeywords(nodes: readonly SwaggerNode[]): Finding[] {
  const findings: Finding[] = [];
  const unknownFormats = new Map<string, string[]>();
  for (const { kind, node, pointer } of nodes) {
    if (!TYPED_KINDS.has(kind)) continue;
    const type = node['type'];
    if (type !== undefined && !isKnownType(type)) {
      const at = childPointer(pointer, 'type');
      findings.push({ code: 'TC2003', pointer: at, message: typeMessage(type), fix: { op: 'remove', at } });
    }
    const format = node['format'];
    if (typeof format === 'string' && !FORMATS.includes(format)) {
      const uses = unknownFormats.get(format) ?? [];
      unknownFormats.set(format, [...uses, childPointer(pointer, 'format')]);
    }
  }
  return [...findings, ...formatFindings(unknownFormats)];
}

/**
 * One warning per unknown format, at its first use: the real Twine spec writes `dateTime` forty times, and
 * forty identical lines would bury everything else.
 */
function formatFindings(unknownFormats: ReadonlyMap<string, readonly string[]>): Finding[] {
  return [...unknownFormats].map(([format, [first = '#', ...others]]) => {
    const more = others.length === 0 ? '' : ` (used ${others.length + 1} times, first here)`;
    const message = `format ${JSON.stringify(format)} is not a known format${suggestion(format, FORMATS)}${more}; such values are typed by their type alone`;
    return { code: 'TC2002', pointer: first, message };
  });
}

function isKnownType(type: unknown): boolean {
  if (Array.isArray(type)) return type.every((t) => typeof t === 'string' && TYPES.includes(t));
  return typeof type === 'string' && TYPES.includes(type);
}

function typeMessage(type: unknown): string {
  if (typeof type !== 'string') return `type must be one of ${TYPES.join(', ')}, not ${JSON.stringify(type)}`;
  return `type ${JSON.stringify(type)} is not a JSON Schema type${suggestion(type, TYPES)}`;
}

function suggestion(value: string, known: readonly string[]): string {
  const near = closest(value, known);
  return near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
}
