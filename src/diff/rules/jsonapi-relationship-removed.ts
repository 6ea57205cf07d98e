import { pairResources } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { GROUP_RESOURCE } from './examples.js';

export const jsonapiRelationshipRemoved: Rule = {
  id: 'jsonapi-relationship-removed',
  severity: 'breaking',
  description: 'A relationship was removed from a resource: code reading or setting it stops compiling.',
  advice: 'Stop using the relationship.',
  example: {
    base: `${GROUP_RESOURCE}
      type: { type: string, enum: [group] }
      attributes: { type: object, properties: { name: { type: string } } }
      relationships: { type: object, properties: { organization: { type: object }, coaches: { type: object } } }`,
    head: `${GROUP_RESOURCE}
      type: { type: string, enum: [group] }
      attributes: { type: object, properties: { name: { type: string } } }
      relationships: { type: object, properties: { organization: { type: object } } }`,
  },
  *check(ctx) {
    for (const { base, head } of pairResources(ctx)) {
      for (const [name, rel] of base.relationships) {
        if (!head.relationships.has(name)) yield { pointer: rel.pointer, message: `relationship '${name}' was removed from resource '${base.type}' (${base.definition})` };
      }
    }
  },
};
