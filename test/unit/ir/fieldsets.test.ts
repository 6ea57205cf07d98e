import { describe, expect, it } from 'vitest';
import { fieldsetsOf } from '../../../src/ir/jsonapi/fieldsets.js';
import type { JsonApiResource, Operation, OperationJsonApi } from '../../../src/ir/types.js';

const unknown = { kind: 'unknown' } as const;
const resource = (type: string, attributes: string[], relationships: [string, string[]][] = []): JsonApiResource => ({
  type,
  definition: `${type}Resource`,
  attributes: attributes.map((name) => ({ name, required: false, readOnly: false, schema: unknown })),
  relationships: relationships.map(([name, types]) => ({ name, cardinality: 'many', types, readOnly: false, required: false })),
});
const resources = new Map(
  [resource('patient', ['last_name', 'first_name'], [['groups', ['group']], ['coaches', ['coach']]]), resource('group', ['name']), resource('coach', ['email'])].map(
    (r) => [r.type, r],
  ),
);
const op = (method: Operation['method'], parameters: string[] = []): Operation => ({
  operationId: 'op',
  method,
  path: '/patient',
  tags: [],
  deprecated: false,
  parameters: parameters.map((name) => ({ name, in: 'query', required: false, schema: unknown, pointer: '#' })),
  responses: [],
  consumes: [],
  produces: [],
  pointer: '#',
});
const facts = (include: string[]): OperationJsonApi => ({ resourceTypes: ['patient'], cardinality: 'many', include });

describe('fieldsetsOf', () => {
  it.each([
    ['primary type only without include', op('get'), facts([]), [{ type: 'patient', fields: ['coaches', 'first_name', 'groups', 'last_name'] }]],
    [
      'adds the types of includable relationships',
      op('get'),
      facts(['groups']),
      [
        { type: 'group', fields: ['name'] },
        { type: 'patient', fields: ['coaches', 'first_name', 'groups', 'last_name'] },
      ],
    ],
    ['none for a write', op('post'), facts([]), undefined],
    ['none when the spec declares fields itself', op('get', ['fields[patient]']), facts([]), undefined],
    ['none for an unmodelled type', op('get'), { resourceTypes: ['other'], include: [] }, undefined],
  ] as const)('%s', (_, operation, given, want) => {
    expect(fieldsetsOf(operation, given, resources)).toEqual(want);
  });
});
