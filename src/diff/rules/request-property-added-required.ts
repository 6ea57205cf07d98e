import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { BODY_OPERATION } from './examples.js';

export const requestPropertyAddedRequired: Rule = {
  id: 'request-property-added-required',
  severity: 'breaking',
  description: 'A new required property in a request body: existing calls do not send it and stop compiling.',
  advice: 'Send the new property in every call.',
  example: {
    base: `${BODY_OPERATION}
    properties: { first_name: { type: string } }`,
    head: `${BODY_OPERATION}
    required: [email]
    properties: { first_name: { type: string }, email: { type: string } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'property-added')) {
      if (delta.required !== true) continue;
      yield finding(op.head, delta.pointer, `required request property '${delta.path}' was added to ${opName(op.head)}`);
    }
  },
};
