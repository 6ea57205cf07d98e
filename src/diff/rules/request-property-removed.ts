import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { BODY_OPERATION } from './examples.js';

export const requestPropertyRemoved: Rule = {
  id: 'request-property-removed',
  severity: 'breaking',
  description: 'A request body property was removed (or is no longer sent): calls that set it stop compiling.',
  advice: 'Stop setting the property.',
  example: {
    base: `${BODY_OPERATION}
    properties: { first_name: { type: string }, nickname: { type: string } }`,
    head: `${BODY_OPERATION}
    properties: { first_name: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'property-removed')) {
      yield finding(op.head, delta.pointer, `request property '${delta.path}' was removed from ${opName(op.head)}`);
    }
  },
};
