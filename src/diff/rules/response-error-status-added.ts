import { finding, isSuccess, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { STATUS_OPERATION } from './examples.js';

export const responseErrorStatusAdded: Rule = {
  id: 'response-error-status-added',
  severity: 'info',
  description: 'A new error status is documented: it arrives as an ApiError like any other.',
  example: {
    base: `${STATUS_OPERATION}
        '200': { description: OK }`,
    head: `${STATUS_OPERATION}
        '200': { description: OK }
        '404': { description: Not found }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const response of op.addedResponses) {
        if (!isSuccess(response)) yield finding(op.head, response.pointer, `response ${response.status} was added to ${opName(op.head)}`);
      }
    }
  },
};
