import { includeValues } from '../include-values.js';
import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { INCLUDE_OPERATION } from './examples.js';

export const jsonapiIncludeValueAdded: Rule = {
  id: 'jsonapi-include-value-added',
  severity: 'info',
  description: 'A relationship can now be included: a new option, existing calls keep working.',
  example: {
    base: `${INCLUDE_OPERATION}
        - { name: include, in: query, type: string, enum: [groups] }`,
    head: `${INCLUDE_OPERATION}
        - { name: include, in: query, type: string, enum: [groups, coaches] }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      const before = includeValues(base);
      const after = includeValues(head);
      if (before === undefined || after === undefined) continue;
      for (const value of after.values) {
        if (!before.values.has(value)) yield finding(head, after.pointer, `include value '${value}' was added to ${opName(head)}`);
      }
    }
  },
};
