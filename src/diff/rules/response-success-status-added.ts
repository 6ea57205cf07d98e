import { finding, isSuccess, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { STATUS_OPERATION } from './examples.js';

export const responseSuccessStatusAdded: Rule = {
  id: 'response-success-status-added',
  severity: 'warning',
  description: 'A new success status: the result type gains a case that existing code does not handle.',
  advice: 'Handle the new result case.',
  example: {
    base: `${STATUS_OPERATION}
        '200': { description: OK }`,
    head: `${STATUS_OPERATION}
        '200': { description: OK }
        '202': { description: Accepted }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const response of op.addedResponses) {
        if (isSuccess(response)) yield finding(op.head, response.pointer, `response ${response.status} was added to ${opName(op.head)}`);
      }
    }
  },
};
