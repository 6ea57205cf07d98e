import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { RESPONSE_OPERATION } from './examples.js';

export const responsePropertyFormatChanged: Rule = {
  id: 'response-property-format-changed',
  severity: 'warning',
  description: "A success response property's format changed (same type): values arrive in another shape.",
  advice: 'Check parsing of the property.',
  example: {
    base: `${RESPONSE_OPERATION}
    properties: { updated_at: { type: string, format: dateTime } }`,
    head: `${RESPONSE_OPERATION}
    properties: { updated_at: { type: string, format: date-time } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'format-changed')) {
      yield finding(op.head, delta.pointer, `format of response property '${delta.path}' (${response.status}) of ${opName(op.head)} changed: ${delta.detail}`);
    }
  },
};
