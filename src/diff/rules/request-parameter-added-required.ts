import { finding, opName, paramName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterAddedRequired: Rule = {
  id: 'request-parameter-added-required',
  severity: 'breaking',
  description: 'A new required parameter: existing calls do not pass it and stop compiling.',
  advice: 'Pass the new parameter in every call.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'page[size]', in: query, type: integer }`,
    head: `${QUERY_OPERATION}
        - { name: 'page[size]', in: query, type: integer }
        - { name: 'filter[groups]', in: query, type: string, required: true }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const p of op.parameters.added) {
        if (p.required) yield finding(op.head, p.pointer, `required ${paramName(p)} was added to ${opName(op.head)}`);
      }
    }
  },
};
