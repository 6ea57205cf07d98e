import { finding, opName, pagingStrategies } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const pagingRemoved: Rule = {
  id: 'paging-removed',
  severity: 'breaking',
  description: 'An operation no longer supports a paging strategy (skip or cursor): the paging options and helpers for it disappear.',
  advice: 'Page with the remaining strategy, or fetch without paging.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'page[number]', in: query, type: integer }
        - { name: 'page[size]', in: query, type: integer }`,
    head: `${QUERY_OPERATION}
        - { name: 'filter[groups]', in: query, type: string }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      const remaining = pagingStrategies(head);
      for (const strategy of pagingStrategies(base)) {
        if (!remaining.includes(strategy)) yield finding(head, head.pointer, `${strategy} paging was removed from ${opName(head)}`);
      }
    }
  },
};
