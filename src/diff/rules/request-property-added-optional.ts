import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { BODY_OPERATION } from './examples.js';

export const requestPropertyAddedOptional: Rule = {
  id: 'request-property-added-optional',
  severity: 'info',
  description: 'A new optional property in a request body: existing calls keep working.',
  example: {
    base: `${BODY_OPERATION}
    properties: { first_name: { type: string } }`,
    head: `${BODY_OPERATION}
    properties: { first_name: { type: string }, email: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'property-added')) {
      if (delta.required === true) continue;
      yield finding(op.head, delta.pointer, `optional request property '${delta.path}' was added to ${opName(op.head)}`);
    }
  },
};
