import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { BODY_OPERATION } from './examples.js';

export const requestPropertyEnumValueAdded: Rule = {
  id: 'request-property-enum-value-added',
  severity: 'info',
  description: "A value was added to a request property's enum: the request side widened, existing calls keep working.",
  example: {
    base: `${BODY_OPERATION}
    properties: { gender: { type: string, enum: [male, female] } }`,
    head: `${BODY_OPERATION}
    properties: { gender: { type: string, enum: [male, female, other] } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'enum-value-added')) {
      yield finding(op.head, delta.pointer, `value ${delta.detail} was added to request property '${delta.path}' of ${opName(op.head)}`);
    }
  },
};
