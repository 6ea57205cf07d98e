import { finding, opName, paramName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterBecameOptional: Rule = {
  id: 'request-parameter-became-optional',
  severity: 'info',
  description: 'A required parameter became optional: existing calls keep working.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'filter[groups]', in: query, type: string, required: true }`,
    head: `${QUERY_OPERATION}
        - { name: 'filter[groups]', in: query, type: string }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const pair of [...op.parameters.same, ...op.parameters.moved, ...op.parameters.renamed]) {
        if (!pair.base.required || pair.head.required) continue;
        yield finding(op.head, pair.head.pointer, `${paramName(pair.head)} of ${opName(op.head)} became optional`);
      }
    }
  },
};
