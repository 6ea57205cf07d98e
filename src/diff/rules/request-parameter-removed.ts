import { finding, opName, paramName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterRemoved: Rule = {
  id: 'request-parameter-removed',
  severity: 'breaking',
  description: 'A parameter was removed: calls that pass it stop compiling (and the server would ignore it).',
  advice: 'Stop passing the parameter; check whether the filtering it did moved elsewhere.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'filter[group]', in: query, type: string }
        - { name: 'page[size]', in: query, type: integer }`,
    head: `${QUERY_OPERATION}
        - { name: 'page[size]', in: query, type: integer }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const p of op.parameters.removed) yield finding(op.head, p.pointer, `${paramName(p)} was removed from ${opName(op.head)}`);
    }
  },
};
