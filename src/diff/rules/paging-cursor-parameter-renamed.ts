import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const pagingCursorParameterRenamed: Rule = {
  id: 'paging-cursor-parameter-renamed',
  severity: 'breaking',
  description: "The cursor parameter of cursor paging was renamed (page[cursor] -> page[after]): the client's iterators follow links.next and keep working, but calls that pass the cursor themselves stop compiling.",
  advice: 'Pass the cursor under its new name, or iterate with the generated .all() helper.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'page[limit]', in: query, type: integer }
        - { name: 'page[cursor]', in: query, type: string }`,
    head: `${QUERY_OPERATION}
        - { name: 'page[limit]', in: query, type: integer }
        - { name: 'page[after]', in: query, type: string }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      const before = base.paging?.cursorParam;
      const after = head.paging?.cursorParam;
      if (before === undefined || after === undefined || before === after) continue;
      const pointer = head.parameters.find((p) => p.in === 'query' && p.name === after)?.pointer ?? head.pointer;
      yield finding(head, pointer, `cursor parameter of ${opName(head)} was renamed from '${before}' to '${after}'`);
    }
  },
};
