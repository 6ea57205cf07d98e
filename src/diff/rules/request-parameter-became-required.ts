import { finding, opName, paramName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterBecameRequired: Rule = {
  id: 'request-parameter-became-required',
  severity: 'breaking',
  description: 'An optional parameter became required: calls that omit it stop compiling.',
  advice: 'Pass the parameter in every call.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'filter[groups]', in: query, type: string }`,
    head: `${QUERY_OPERATION}
        - { name: 'filter[groups]', in: query, type: string, required: true }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const pair of [...op.parameters.same, ...op.parameters.moved, ...op.parameters.renamed]) {
        if (pair.base.required || !pair.head.required) continue;
        yield finding(op.head, pair.head.pointer, `${paramName(pair.head)} of ${opName(op.head)} became required`);
      }
    }
  },
};
