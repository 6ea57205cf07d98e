import { finding, opName, paramName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { QUERY_OPERATION } from './examples.js';

export const requestParameterLocationChanged: Rule = {
  id: 'request-parameter-location-changed',
  severity: 'breaking',
  description: 'A parameter moved (for example from query to header): old clients send it where the server no longer reads it.',
  advice: 'Regenerate the client.',
  example: {
    base: `${QUERY_OPERATION}
        - { name: 'X-Org', in: query, type: string }`,
    head: `${QUERY_OPERATION}
        - { name: 'X-Org', in: header, type: string }`,
  },
  *check(ctx) {
    for (const op of ctx.operations) {
      for (const pair of op.parameters.moved) {
        yield finding(op.head, pair.head.pointer, `${paramName(pair.base)} of ${opName(op.head)} moved to ${pair.head.in}`);
      }
    }
  },
};
