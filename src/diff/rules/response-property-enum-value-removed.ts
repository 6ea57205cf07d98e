import { finding, opName, responseDeltas } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { RESPONSE_OPERATION } from './examples.js';

export const responsePropertyEnumValueRemoved: Rule = {
  id: 'response-property-enum-value-removed',
  severity: 'info',
  description: "A value was removed from a response property's enum: the response side narrowed, existing code keeps working.",
  example: {
    base: `${RESPONSE_OPERATION}
    properties: { gender: { type: string, enum: [male, female, other] } }`,
    head: `${RESPONSE_OPERATION}
    properties: { gender: { type: string, enum: [male, female] } }`,
  },
  *check(ctx) {
    for (const { op, response, delta } of responseDeltas(ctx, 'enum-value-removed')) {
      yield finding(op.head, delta.pointer, `value ${delta.detail} was removed from response property '${delta.path}' (${response.status}) of ${opName(op.head)}`);
    }
  },
};
