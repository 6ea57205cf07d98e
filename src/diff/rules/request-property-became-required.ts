import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { BODY_OPERATION } from './examples.js';

export const requestPropertyBecameRequired: Rule = {
  id: 'request-property-became-required',
  severity: 'breaking',
  description: 'An optional request body property became required: calls that omit it stop compiling.',
  advice: 'Set the property in every call.',
  example: {
    base: `${BODY_OPERATION}
    properties: { first_name: { type: string } }`,
    head: `${BODY_OPERATION}
    required: [first_name]
    properties: { first_name: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'became-required')) {
      yield finding(op.head, delta.pointer, `request property '${delta.path}' of ${opName(op.head)} became required`);
    }
  },
};
