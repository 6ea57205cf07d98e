import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { RESPONSE_OPERATION } from './examples.js';

export const responsePropertyTypeChanged: Rule = {
  id: 'response-property-type-changed',
  severity: 'breaking',
  description: "A success response property's type changed: code reading it no longer type-checks.",
  advice: 'Update code that reads the property to the new type.',
  example: {
    base: `${RESPONSE_OPERATION}
    properties: { birth_year: { type: string } }`,
    head: `${RESPONSE_OPERATION}
    properties: { birth_year: { type: integer } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'type-changed')) {
      yield finding(op.head, delta.pointer, `type of response property '${delta.path}' (${response.status}) of ${opName(op.head)} changed: ${delta.detail}`);
    }
  },
};
