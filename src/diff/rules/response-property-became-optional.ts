import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { RESPONSE_OPERATION } from './examples.js';

export const responsePropertyBecameOptional: Rule = {
  id: 'response-property-became-optional',
  severity: 'breaking',
  description: 'A required response property became optional: its type gains undefined, code using it unguarded stops compiling.',
  advice: 'Handle the property being absent.',
  example: {
    base: `${RESPONSE_OPERATION}
    required: [first_name]
    properties: { first_name: { type: string } }`,
    head: `${RESPONSE_OPERATION}
    properties: { first_name: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'became-optional')) {
      yield finding(op.head, delta.pointer, `response property '${delta.path}' (${response.status}) of ${opName(op.head)} became optional`);
    }
  },
};
