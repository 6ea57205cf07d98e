import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { RESPONSE_OPERATION } from './examples.js';

export const responsePropertyRemoved: Rule = {
  id: 'response-property-removed',
  severity: 'breaking',
  description: 'A property was removed from a success response: code reading it stops compiling.',
  advice: 'Stop reading the property; find the data elsewhere.',
  example: {
    base: `${RESPONSE_OPERATION}
    properties: { first_name: { type: string }, nickname: { type: string } }`,
    head: `${RESPONSE_OPERATION}
    properties: { first_name: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'property-removed')) {
      yield finding(op.head, delta.pointer, `response property '${delta.path}' (${response.status}) was removed from ${opName(op.head)}`);
    }
  },
};
