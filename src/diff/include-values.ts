import type { Operation, Schema } from '../ir/types.js';
import { isInclude } from './rule-kit.js';

/**
 * The `include` values an operation allows: the JSON:API analysis's list when it ran, else the enum of the
 * `include` query parameter (a string or an array of strings).
 */
export function includeValues(op: Operation): { values: ReadonlySet<string>; pointer: string } | undefined {
  const param = op.parameters.find(isInclude);
  if (op.jsonApi !== undefined) return { values: new Set(op.jsonApi.include), pointer: param?.pointer ?? op.pointer };
  if (param === undefined) return undefined;
  const values = enumOf(param.schema.kind === 'array' ? param.schema.items : param.schema);
  return values === undefined ? undefined : { values: new Set(values), pointer: param.pointer };
}

function enumOf(schema: Schema): string[] | undefined {
  if (schema.kind !== 'primitive' || schema.enum === undefined) return undefined;
  return schema.enum.filter((v): v is string => typeof v === 'string');
}
