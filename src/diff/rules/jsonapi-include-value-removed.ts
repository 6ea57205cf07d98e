import { includeValues } from '../include-values.js';
import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { INCLUDE_OPERATION } from './examples.js';

export const jsonapiIncludeValueRemoved: Rule = {
  id: 'jsonapi-include-value-removed',
  severity: 'breaking',
  description: 'A relationship can no longer be included: calls asking for it stop compiling, code reading it gets nothing.',
  advice: 'Stop including the relationship; fetch the related resources with their own calls.',
  example: {
    base: `${INCLUDE_OPERATION}
        - { name: include, in: query, type: string, enum: [groups, coaches] }`,
    head: `${INCLUDE_OPERATION}
        - { name: include, in: query, type: string, enum: [groups] }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      const before = includeValues(base);
      const after = includeValues(head);
      if (before === undefined || after === undefined) continue;
      for (const value of before.values) {
        if (!after.values.has(value)) yield finding(head, after.pointer, `include value '${value}' was removed from ${opName(head)}`);
      }
    }
  },
};
