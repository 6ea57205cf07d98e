import { finding, isSuccess, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const responseSuccessStatusRemoved: Rule = {
  id: 'response-success-status-removed',
  severity: 'breaking',
  description: 'A success status was removed: the typed result for it disappears.',
  advice: 'Update code that checks for that status or reads its result.',
  example: {
    base: `paths:
  /patient/{id}:
    get:
      operationId: fetchPatient
      parameters: [{ name: id, in: path, required: true, type: string }]
      responses:
        '200': { description: OK }
        '202': { description: Accepted }`,
    head: `paths:
  /patient/{id}:
    get:
      operationId: fetchPatient
      parameters: [{ name: id, in: path, required: true, type: string }]
      responses:
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
