/**
 * Valid parameters for an operation, read from the IR, in the shape the generated client takes them:
 * bracketed JSON:API names as nested objects (`filter[identifier][system]` -> `filter.identifier.system`),
 * `include`/`sort` as arrays of enum values, `page` per paging strategy.
 */
import type { Operation, Parameter, Schema } from '../../src/ir/types.js';

export type PageStrategy = 'skip' | 'cursor' | 'none';

const SAMPLE_ID = '5817a24d0000000000000001';
const LIST_PARAMS = new Set(['include', 'sort']);

/** The paging strategies an operation declares (`none` when it does not page), each worth one call. */
export function pageStrategies(op: Operation): PageStrategy[] {
  if (op.paging === undefined) return ['none'];
  return [...(op.paging.skip ? ['skip' as const] : []), ...(op.paging.cursor ? ['cursor' as const] : [])];
}

export function validParams(op: Operation, page: PageStrategy): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const parameter of op.parameters) {
    const path = wirePath(parameter.name);
    if (path[0] === 'page') continue;
    const value = parameter.in === 'path' ? SAMPLE_ID : sampleParam(parameter);
    if (value !== undefined) setPath(params, path, value);
  }
  if (page === 'skip') params['page'] = { size: 5, number: 1 };
  if (page === 'cursor') params['page'] = { limit: 5 };
  return params;
}

function sampleParam(parameter: Parameter): unknown {
  const value = sample(parameter.schema);
  return LIST_PARAMS.has(parameter.name) && value !== undefined ? [value] : value;
}

function sample(schema: Schema): unknown {
  if (schema.kind === 'array') {
    const item = sample(schema.items);
    return item === undefined ? undefined : [item];
  }
  if (schema.kind !== 'primitive') return undefined;
  if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum[0];
  switch (schema.type) {
    case 'boolean': return true;
    case 'integer':
    case 'number': return Math.max(schema.minimum ?? 1, 1);
    case 'string': return sampleString(schema.format);
    default: return undefined;
  }
}

function sampleString(format: string | undefined): string {
  if (format === 'date') return '2019-06-11';
  if (format !== undefined && /date-?time/i.test(format)) return '2019-06-11T12:00:00.000Z';
  return SAMPLE_ID;
}

/** `filter[identifier][system]` -> `['filter', 'identifier', 'system']`. */
function wirePath(name: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]+\])*)$/.exec(name);
  if (match?.[1] === undefined) return [name];
  return [match[1], ...[...(match[2] ?? '').matchAll(/\[([^[\]]+)\]/g)].map((m) => m[1] ?? '')];
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (node[key] = {}) as Record<string, unknown>;
  }
  node[path.at(-1) ?? ''] = value;
}
