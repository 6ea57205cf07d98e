import { bodyDeltas, finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { BODY_OPERATION } from './examples.js';

export const requestPropertyEnumValueRemoved: Rule = {
  id: 'request-property-enum-value-removed',
  severity: 'breaking',
  description: "A value was removed from a request property's enum: the request side narrowed, calls sending it stop compiling.",
  advice: 'Stop sending the removed value.',
  example: {
    base: `${BODY_OPERATION}
    properties: { gender: { type: string, enum: [male, female, other] } }`,
    head: `${BODY_OPERATION}
    properties: { gender: { type: string, enum: [male, female] } }`,
  },
  *check(ctx) {
    for (const { op, delta } of bodyDeltas(ctx, 'enum-value-removed')) {
      yield finding(op.head, delta.pointer, `value ${delta.detail} was removed from request property '${delta.path}' of ${opName(op.head)}`);
    }
  },
};
