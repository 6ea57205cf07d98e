import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { BODY_OPERATION } from './examples.js';

export const requestPropertyFormatChanged: Rule = {
  id: 'request-property-format-changed',
  severity: 'warning',
  description: "A request body property's format changed (same type): values may need another shape.",
  advice: 'Check the values you send against the new format.',
  example: {
    base: `${BODY_OPERATION}
    properties: { birth_date: { type: string, format: date-time } }`,
    head: `${BODY_OPERATION}
    properties: { birth_date: { type: string, format: date } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'format-changed')) {
      yield finding(op.head, delta.pointer, `format of request property '${delta.path}' of ${opName(op.head)} changed: ${delta.detail}`);
    }
  },
};
