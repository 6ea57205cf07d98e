import { finding, isInclude, opName, parameterDeltas, paramName, where } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterEnumValueRemoved: Rule = {
  id: 'request-parameter-enum-value-removed',
  severity: 'breaking',
  description: "A value was removed from a parameter's enum: the request side narrowed, calls passing it stop compiling.",
  advice: 'Stop passing the removed value.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'filter[status]', in: query, type: string, enum: [active, archived] }`,
    head: `${QUERY_OPERATION}
        - { name: 'filter[status]', in: query, type: string, enum: [active] }`,
  },
  *check(ctx) {
    for (const { op, param, delta } of parameterDeltas(ctx, 'enum-value-removed')) {
      if (isInclude(param.head)) continue;
      yield finding(op.head, delta.pointer, `value ${delta.detail} was removed from ${where(delta, paramName(param.head))} of ${opName(op.head)}`);
    }
  },
};
