import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const operationRemoved: Rule = {
  id: 'operation-removed',
  severity: 'breaking',
  description: 'An operation was removed: its generated function disappears.',
  advice: 'Remove calls to the function, or ask the API owners for its replacement.',
  example: {
    base: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }
    post: { operationId: createPatient, responses: { '201': { description: Created } } }`,
    head: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }`,
  },
  *check(ctx) {
    for (const op of ctx.removedOperations) yield finding(op, op.pointer, `operation ${opName(op)} was removed`);
  },
};
