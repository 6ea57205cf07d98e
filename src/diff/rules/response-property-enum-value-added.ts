import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { RESPONSE_OPERATION } from './examples.js';

export const responsePropertyEnumValueAdded: Rule = {
  id: 'response-property-enum-value-added',
  severity: 'warning',
  description: "A value was added to a response property's enum: the response side widened, exhaustive switches miss the new value.",
  advice: 'Handle the new value where you switch on the property.',
  example: {
    base: `${RESPONSE_OPERATION}
    properties: { gender: { type: string, enum: [male, female] } }`,
    head: `${RESPONSE_OPERATION}
    properties: { gender: { type: string, enum: [male, female, other] } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'enum-value-added')) {
      yield finding(op.head, delta.pointer, `value ${delta.detail} was added to response property '${delta.path}' (${response.status}) of ${opName(op.head)}`);
    }
  },
};
