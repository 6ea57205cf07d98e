import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { RESPONSE_OPERATION } from './examples.js';

export const responsePropertyBecameRequired: Rule = {
  id: 'response-property-became-required',
  severity: 'info',
  description: 'An optional response property became required: code guarding against its absence keeps working.',
  example: {
    base: `${RESPONSE_OPERATION}
    properties: { first_name: { type: string } }`,
    head: `${RESPONSE_OPERATION}
    required: [first_name]
    properties: { first_name: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'became-required')) {
      yield finding(op.head, delta.pointer, `response property '${delta.path}' (${response.status}) of ${opName(op.head)} became required`);
    }
  },
};
