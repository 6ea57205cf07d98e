import { finding, isSuccess, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { STATUS_OPERATION } from './examples.js';

export const responseErrorStatusRemoved: Rule = {
  id: 'response-error-status-removed',
  severity: 'info',
  description: 'An error status was removed from the spec: it still arrives as an ApiError if the server sends it.',
  example: {
    base: `${STATUS_OPERATION}
        '200': { description: OK }
        '404': { description: Not found }`,
    head: `${STATUS_OPERATION}
        '200': { description: OK }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const response of op.removedResponses) {
        if (!isSuccess(response)) yield finding(op.head, response.pointer, `response ${response.status} was removed from ${opName(op.head)}`);
      }
    }
  },
};
