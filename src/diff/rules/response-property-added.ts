import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { RESPONSE_OPERATION } from './examples.js';

export const responsePropertyAdded: Rule = {
  id: 'response-property-added',
  severity: 'info',
  description: 'A new property in a success response: more data, existing code keeps working.',
  example: {
    base: `${RESPONSE_OPERATION}
    properties: { first_name: { type: string } }`,
    head: `${RESPONSE_OPERATION}
    properties: { first_name: { type: string }, email: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'property-added')) {
      yield finding(op.head, delta.pointer, `response property '${delta.path}' (${response.status}) was added to ${opName(op.head)}`);
    }
  },
};
