import type { JsonApiResource, Operation, OperationJsonApi } from '../types.js';

/**
 * Sparse fieldsets for a JSON:API GET: the primary resource types, plus the types its includable
 * relationships point to, each with its attribute and relationship names.
 * @see https://jsonapi.org/format/1.0/#fetching-sparse-fieldsets
 */
export function fieldsetsOf(
  operation: Operation,
  facts: OperationJsonApi,
  resources: ReadonlyMap<string, JsonApiResource>,
): OperationJsonApi['fieldsets'] {
  if (operation.method !== 'get' || operation.parameters.some((p) => p.name === 'fields' || p.name.startsWith('fields['))) return undefined;
  const types = new Set(facts.resourceTypes);
  for (const primary of facts.resourceTypes) {
    for (const relationship of resources.get(primary)?.relationships ?? []) {
      if (facts.include.includes(relationship.name)) relationship.types.forEach((t) => types.add(t));
    }
  }
  const fieldsets = [...types]
    .sort()
    .flatMap((type) => {
      const resource = resources.get(type);
      if (resource === undefined) return [];
      const fields = [...new Set([...resource.attributes.map((a) => a.name), ...resource.relationships.map((r) => r.name)])].sort();
      return fields.length === 0 ? [] : [{ type, fields }];
    });
  return fieldsets.length === 0 ? undefined : fieldsets;
}
