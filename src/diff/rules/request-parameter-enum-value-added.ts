import { finding, isInclude, opName, parameterDeltas, paramName, where } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterEnumValueAdded: Rule = {
  id: 'request-parameter-enum-value-added',
  severity: 'info',
  description: "A value was added to a parameter's enum: the request side widened, existing calls keep working.",
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'filter[status]', in: query, type: string, enum: [active] }`,
    head: `${QUERY_OPERATION}
        - { name: 'filter[status]', in: query, type: string, enum: [active, archived] }`,
  },
  *check(ctx) {
    for (const { op, param, delta } of parameterDeltas(ctx, 'enum-value-added')) {
      if (isInclude(param.head)) continue;
      yield finding(op.head, delta.pointer, `value ${delta.detail} was added to ${where(delta, paramName(param.head))} of ${opName(op.head)}`);
    }
  },
};
