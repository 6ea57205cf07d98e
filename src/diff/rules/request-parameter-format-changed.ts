import { finding, opName, parameterDeltas, paramName, where } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterFormatChanged: Rule = {
  id: 'request-parameter-format-changed',
  severity: 'warning',
  description: "A parameter's format changed (same type): values may need another shape, such as a date instead of a date-time.",
  advice: 'Check the values you pass against the new format.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'filter[since]', in: query, type: string, format: date-time }`,
    head: `${QUERY_OPERATION}
        - { name: 'filter[since]', in: query, type: string, format: date }`,
  },
  *check(ctx) {
    for (const { op, param, delta } of parameterDeltas(ctx, 'format-changed')) {
      yield finding(op.head, delta.pointer, `format of ${where(delta, paramName(param.head))} of ${opName(op.head)} changed: ${delta.detail}`);
    }
  },
};
