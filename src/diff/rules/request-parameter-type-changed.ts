import { finding, opName, parameterDeltas, paramName, where } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterTypeChanged: Rule = {
  id: 'request-parameter-type-changed',
  severity: 'breaking',
  description: "A parameter's type changed: the values callers pass no longer type-check.",
  advice: 'Pass values of the new type.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'page[cursor]', in: query, type: integer }`,
    head: `${QUERY_OPERATION}
        - { name: 'page[cursor]', in: query, type: string }`,
  },
  *check(ctx) {
    for (const { op, param, delta } of parameterDeltas(ctx, 'type-changed')) {
      yield finding(op.head, delta.pointer, `type of ${where(delta, paramName(param.head))} of ${opName(op.head)} changed: ${delta.detail}`);
    }
  },
};
