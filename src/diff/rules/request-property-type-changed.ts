import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { BODY_OPERATION } from './examples.js';

export const requestPropertyTypeChanged: Rule = {
  id: 'request-property-type-changed',
  severity: 'breaking',
  description: "A request body property's type changed: the values callers set no longer type-check.",
  advice: 'Send values of the new type.',
  example: {
    base: `${BODY_OPERATION}
    properties: { birth_year: { type: string } }`,
    head: `${BODY_OPERATION}
    properties: { birth_year: { type: integer } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'type-changed')) {
      yield finding(op.head, delta.pointer, `type of request property '${delta.path}' of ${opName(op.head)} changed: ${delta.detail}`);
    }
  },
};
