import { finding, opName, paramName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterAddedOptional: Rule = {
  id: 'request-parameter-added-optional',
  severity: 'info',
  description: 'A new optional parameter: existing calls keep working.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'page[size]', in: query, type: integer }`,
    head: `${QUERY_OPERATION}
        - { name: 'page[size]', in: query, type: integer }
        - { name: 'filter[archived]', in: query, type: boolean }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const p of op.parameters.added) {
        if (!p.required) yield finding(op.head, p.pointer, `optional ${paramName(p)} was added to ${opName(op.head)}`);
      }
    }
  },
};
