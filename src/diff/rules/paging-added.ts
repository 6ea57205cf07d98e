import { finding, opName, pagingStrategies } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const pagingAdded: Rule = {
  id: 'paging-added',
  severity: 'info',
  description: 'An operation gained a paging strategy (skip or cursor): new paging options and helpers.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'filter[groups]', in: query, type: string }`,
    head: `${QUERY_OPERATION}
        - { name: 'filter[groups]', in: query, type: string }
        - { name: 'page[limit]', in: query, type: integer }
        - { name: 'page[cursor]', in: query, type: string }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      const before = pagingStrategies(base);
      for (const strategy of pagingStrategies(head)) {
        if (!before.includes(strategy)) yield finding(head, head.pointer, `${strategy} paging was added to ${opName(head)}`);
      }
    }
  },
};
