import { pairResources } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { GROUP_RESOURCE } from './examples.js';

export const jsonapiAttributeBecameReadOnly: Rule = {
  id: 'jsonapi-attribute-became-read-only',
  severity: 'breaking',
  description: 'An attribute became readOnly: it leaves the create and update types, calls that set it stop compiling.',
  advice: 'Stop setting the attribute; the server now decides its value.',
  example: {
    base: `${GROUP_RESOURCE}
      type: { type: string, enum: [group] }
      attributes: { type: object, properties: { name: { type: string }, code: { type: string } } }`,
    head: `${GROUP_RESOURCE}
      type: { type: string, enum: [group] }
      attributes: { type: object, properties: { name: { type: string }, code: { type: string, readOnly: true } } }`,
  },
  *check(ctx) {
    for (const { base, head } of pairResources(ctx)) {
      for (const [name, attribute] of head.attributes) {
        const before = base.attributes.get(name);
        if (before === undefined || before.readOnly || !attribute.readOnly) continue;
        yield { pointer: attribute.pointer, message: `attribute '${name}' of resource '${head.type}' (${head.definition}) became readOnly` };
      }
    }
  },
};
