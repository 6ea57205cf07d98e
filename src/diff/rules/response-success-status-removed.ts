import { finding, isSuccess, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { STATUS_OPERATION } from './examples.js';

export const responseSuccessStatusRemoved: Rule = {
  id: 'response-success-status-removed',
  severity: 'breaking',
  description: 'A success status was removed: the typed result for it disappears.',
  advice: 'Update code that checks for that status or reads its result.',
  example: {
    base: `${STATUS_OPERATION}
        '200': { description: OK }
        '202': { description: Accepted }`,
    head: `${STATUS_OPERATION}
        '200': { description: OK }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const response of op.removedResponses) {
        if (isSuccess(response)) yield finding(op.head, response.pointer, `response ${response.status} was removed from ${opName(op.head)}`);
      }
    }
  },
};
