import { finding, isCursorRename, opName, paramName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterRenamed: Rule = {
  id: 'request-parameter-renamed',
  severity: 'breaking',
  description: 'A parameter was replaced by one of the same location and type under another name: calls must use the new name.',
  advice: 'Rename the parameter in every call.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'filter[group]', in: query, type: string }`,
    head: `${QUERY_OPERATION}
        - { name: 'filter[groups]', in: query, type: string }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const pair of op.parameters.renamed) {
        if (isCursorRename(op, pair)) continue;
        yield finding(op.head, pair.head.pointer, `${paramName(pair.base)} of ${opName(op.head)} was renamed to '${pair.head.name}'`);
      }
    }
  },
};
