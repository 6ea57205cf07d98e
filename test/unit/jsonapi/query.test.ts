import { describe, expect, it } from 'vitest';
import { JsonApiDocumentError, fieldsPairs, jsonApiQueryPairs, serializeInclude, serializeSort, type JsonApiQuery } from '../../../src/runtime/jsonapi/index.js';

describe('jsonApiQueryPairs', () => {
  const cases: { name: string; given: JsonApiQuery; want: [string, string][] }[] = [
    { name: 'nothing', given: {}, want: [] },
    { name: 'include joined with commas', given: { include: ['groups', 'coaches.groups'] }, want: [['include', 'groups,coaches.groups']] },
    { name: 'empty include asks for none', given: { include: [] }, want: [['include', '']] },
    { name: 'fields per type in key order', given: { fields: { patient: ['first_name', 'last_name'], group: ['name'] } }, want: [['fields[patient]', 'first_name,last_name'], ['fields[group]', 'name']] },
    { name: 'sort keeps the descending sign', given: { sort: ['-start_at', 'name'] }, want: [['sort', '-start_at,name']] },
    {
      name: 'include, fields, sort in that order',
      given: { sort: ['name'], fields: { patient: ['a'] }, include: ['groups'] },
      want: [['include', 'groups'], ['fields[patient]', 'a'], ['sort', 'name']],
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(jsonApiQueryPairs(given)).toEqual(want);
  });

  it('has single-member helpers', () => {
    expect(serializeInclude(['a', 'b'])).toBe('a,b');
    expect(serializeSort(['-a'])).toBe('-a');
    expect(fieldsPairs({ t: [] })).toEqual([['fields[t]', '']]);
  });

  const invalid: { name: string; given: unknown }[] = [
    { name: 'a comma inside an include', given: { include: ['a,b'] } },
    { name: 'an empty sort member', given: { sort: [''] } },
    { name: 'include as a string', given: { include: 'groups' } },
    { name: 'a non-string member', given: { include: [1] } },
    { name: 'a bracket in a fields type', given: { fields: { 'a]': ['x'] } } },
  ];
  it.each(invalid)('rejects $name', ({ given }) => {
    expect(() => jsonApiQueryPairs(given as JsonApiQuery)).toThrow(JsonApiDocumentError);
  });
});
