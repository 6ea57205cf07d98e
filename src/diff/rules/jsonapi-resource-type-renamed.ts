import { pairResources } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { GROUP_RESOURCE } from './examples.js';

export const jsonapiResourceTypeRenamed: Rule = {
  id: 'jsonapi-resource-type-renamed',
  severity: 'breaking',
  description: "A resource definition's JSON:API type value changed: documents the old client sends or expects carry the old type.",
  advice: 'Regenerate the client; update code that compares or sets the type member.',
  example: {
    base: `${GROUP_RESOURCE}
      type: { type: string, enum: [group] }
      attributes: { type: object, properties: { name: { type: string } } }`,
    head: `${GROUP_RESOURCE}
      type: { type: string, enum: [care_group] }
      attributes: { type: object, properties: { name: { type: string } } }`,
  },
  *check(ctx) {
    for (const { base, head } of pairResources(ctx)) {
      if (base.type === head.type) continue;
      yield { pointer: head.typePointer, message: `resource '${head.definition}' changed its type from '${base.type}' to '${head.type}'` };
    }
  },
};
