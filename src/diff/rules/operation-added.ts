import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const operationAdded: Rule = {
  id: 'operation-added',
  severity: 'info',
  description: 'A new operation: a new generated function.',
  example: {
    base: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }`,
    head: `paths:
  /patient:
    get: { operationId: fetchPatients, responses: { '200': { description: OK } } }
    post: { operationId: createPatient, responses: { '201': { description: Created } } }`,
  },
  *check(ctx) {
    for (const op of ctx.addedOperations) yield finding(op, op.pointer, `operation ${opName(op)} was added`);
  },
};
