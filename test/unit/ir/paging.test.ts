import { describe, expect, it } from 'vitest';
import { analyzePaging } from '../../../src/ir/paging.js';
import type { Operation, OperationPaging } from '../../../src/ir/types.js';

const op = (method: Operation['method'], query: string[]): Operation => ({
  operationId: 'op',
  method,
  path: '/patient',
  tags: [],
  deprecated: false,
  parameters: query.map((name) => ({ name, in: 'query', required: false, schema: { kind: 'unknown' }, pointer: '#' })),
  responses: [],
  consumes: [],
  produces: [],
  pointer: '#',
});

describe('analyzePaging', () => {
  const cases: { name: string; given: Operation; cardinality?: 'one' | 'many'; want: OperationPaging | undefined }[] = [
    { name: 'skip declared', given: op('get', ['page[size]', 'page[number]']), want: { skip: true, cursor: false } },
    { name: 'cursor declared, named page[after]', given: op('get', ['page[limit]', 'page[after]']), want: { skip: false, cursor: true, cursorParam: 'page[after]' } },
    { name: 'both declared', given: op('get', ['page[size]', 'page[limit]', 'page[cursor]']), want: { skip: true, cursor: true, cursorParam: 'page[cursor]' } },
    // The overview: every GET collection endpoint pages, skip by default, whatever the spec declares.
    { name: 'a JSON:API list GET that declares nothing pages by skip', given: op('get', ['filter[groups]']), cardinality: 'many', want: { skip: true, cursor: false } },
    { name: 'a single-resource GET does not page', given: op('get', []), cardinality: 'one', want: undefined },
    { name: 'a GET whose data is unknown does not page', given: op('get', []), want: undefined },
    { name: 'a POST never pages', given: op('post', ['page[size]']), cardinality: 'many', want: undefined },
  ];
  it.each(cases)('$name', ({ given, cardinality, want }) => {
    expect(analyzePaging(given, cardinality)).toEqual(want);
  });
});
