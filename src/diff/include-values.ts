import type { Operation, Schema } from '../ir/types.js';
import { isInclude } from './rule-kit.js';

/**
 * The `include` values an operation allows when it declares an `include` parameter: the JSON:API
 * analysis's list when it ran, else the parameter's enum (on a string or an array of strings).
 */
export function includeValues(op: Operation): { values: ReadonlySet<string>; pointer: string } | undefined {
  const param = op.parameters.find(isInclude);
  // No parameter at all is the parameter rules' business (request-parameter-removed/-added).
  if (param === undefined) return undefined;
  if (op.jsonApi !== undefined) return { values: new Set(op.jsonApi.include), pointer: param.pointer };
  const values = enumOf(param.schema.kind === 'array' ? param.schema.items : param.schema);
  return values === undefined ? undefined : { values: new Set(values), pointer: param.pointer };
}

function enumOf(schema: Schema): string[] | undefined {
  if (schema.kind !== 'primitive' || schema.enum === undefined) return undefined;
  return schema.enum.filter((v): v is string => typeof v === 'string');
}
