import { describe, expect, it } from 'vitest';
import type { OperationDescriptor, ParamDescriptor } from '../../../src/runtime/descriptor.js';
import { ParamError } from '../../../src/runtime/errors.js';
import { buildBody, buildHeaderParams, buildPath, buildQuery } from '../../../src/runtime/serialize.js';

function op(params: Record<string, ParamDescriptor>, extra: Partial<OperationDescriptor> = {}): OperationDescriptor {
  return { operationId: 'testOp', method: 'GET', path: '/patient/{id}', params, accept: ['application/vnd.api+json'], jsonApi: true, ...extra };
}

describe('buildQuery', () => {
  const filter: ParamDescriptor = { in: 'query', name: 'filter', nested: true };
  const cases: { name: string; params: Record<string, ParamDescriptor>; given: Record<string, unknown>; want: string }[] = [
    { name: 'nested csv', params: { filter }, given: { filter: { groups: ['a', 'b'] } }, want: 'filter[groups]=a,b' },
    { name: 'two levels', params: { filter }, given: { filter: { identifier: { system: 'x', value: '1 2' } } }, want: 'filter[identifier][system]=x&filter[identifier][value]=1%202' },
    { name: 'page numbers', params: { page: { in: 'query', name: 'page', nested: true } }, given: { page: { size: 10, number: 2 } }, want: 'page[size]=10&page[number]=2' },
    { name: 'boolean', params: { filter }, given: { filter: { archived: false } }, want: 'filter[archived]=false' },
    { name: 'undefined skipped', params: { filter, include: { in: 'query', name: 'include' } }, given: { filter: { groups: undefined, organization: 'o' }, include: undefined }, want: 'filter[organization]=o' },
    { name: 'comma inside an item stays one item', params: { include: { in: 'query', name: 'include' } }, given: { include: ['a,b', 'c'] }, want: 'include=a%2Cb,c' },
    { name: 'multi repeats', params: { tag: { in: 'query', name: 'tag', format: 'multi' } }, given: { tag: ['x', 'y'] }, want: 'tag=x&tag=y' },
    { name: 'pipes', params: { tag: { in: 'query', name: 'tag', format: 'pipes' } }, given: { tag: ['x', 'y'] }, want: 'tag=x|y' },
    { name: 'ssv', params: { tag: { in: 'query', name: 'tag', format: 'ssv' } }, given: { tag: ['x', 'y'] }, want: 'tag=x%20y' },
    { name: 'flat bracketed wire name', params: { pageSize: { in: 'query', name: 'page[size]' } }, given: { pageSize: 0 }, want: 'page[size]=0' },
    { name: 'a nested key that needs encoding', params: { filter }, given: { filter: { 'a b&c=': 'x', 'ok_key-1.~': 'y' } }, want: 'filter[a%20b%26c%3D]=x&filter[ok_key-1.~]=y' },
    { name: 'reserved characters encoded', params: { q: { in: 'query', name: 'q' } }, given: { q: 'a&b=c#d' }, want: 'q=a%26b%3Dc%23d' },
    { name: 'date as ISO', params: { since: { in: 'query', name: 'since' } }, given: { since: new Date(Date.UTC(2017, 10, 1)) }, want: 'since=2017-11-01T00%3A00%3A00.000Z' },
    { name: 'path and header params ignored', params: { id: { in: 'path', name: 'id' }, h: { in: 'header', name: 'X-H' } }, given: { id: '1', h: 'v' }, want: '' },
    { name: 'fields per type', params: { fields: { in: 'query', name: 'fields', nested: true } }, given: { fields: { patient: ['first_name', 'last_name'] } }, want: 'fields[patient]=first_name,last_name' },
  ];
  it.each(cases)('$name', ({ params, given, want }) => {
    expect(buildQuery(op(params), given)).toBe(want);
  });
});

describe('buildPath', () => {
  const id: ParamDescriptor = { in: 'path', name: 'id' };
  const cases: { given: unknown; want: string }[] = [
    { given: '57b3', want: '/patient/57b3' },
    { given: 'a/../b', want: '/patient/a%2F..%2Fb' },
    { given: '../admin', want: '/patient/..%2Fadmin' },
    { given: 'a b?c#d', want: '/patient/a%20b%3Fc%23d' },
    { given: 42, want: '/patient/42' },
  ];
  it.each(cases)('$given -> $want', ({ given, want }) => {
    expect(buildPath(op({ id }), { id: given })).toBe(want);
  });

  const rejected: { given: unknown }[] = [{ given: undefined }, { given: '' }, { given: null }, { given: '..' }, { given: '.' }, { given: '%2e%2E' }];
  it.each(rejected)('rejects $given before any request', ({ given }) => {
    expect(() => buildPath(op({ id }), { id: given })).toThrow(ParamError);
  });

  it('uses the wire name when the params key differs', () => {
    expect(buildPath(op({ patientId: id }), { patientId: 'x' })).toBe('/patient/x');
  });
});

describe('buildHeaderParams and buildBody', () => {
  it('writes header params as strings and skips absent ones', () => {
    const descriptor = op({ a: { in: 'header', name: 'X-A' }, b: { in: 'header', name: 'X-B' }, c: { in: 'header', name: 'X-C' } });
    expect(buildHeaderParams(descriptor, { a: 1, b: ['x', 'y'] })).toEqual({ 'X-A': '1', 'X-B': 'x,y' });
  });

  const cases: { name: string; extra: Partial<OperationDescriptor>; body: unknown; want: { contentType: string; body: string } | undefined }[] = [
    { name: 'JSON:API', extra: { body: { contentTypes: ['application/json'], required: true } }, body: { data: { type: 'patient' } }, want: { contentType: 'application/vnd.api+json', body: '{"data":{"type":"patient"}}' } },
    { name: 'plain JSON uses first content type', extra: { jsonApi: false, body: { contentTypes: ['application/json', 'text/plain'], required: false } }, body: { a: 1 }, want: { contentType: 'application/json', body: '{"a":1}' } },
    { name: 'optional absent', extra: { body: { contentTypes: [], required: false } }, body: undefined, want: undefined },
  ];
  it.each(cases)('$name', ({ extra, body, want }) => {
    expect(buildBody(op({}, extra), { body })).toEqual(want);
  });

  it('rejects a missing required body', () => {
    expect(() => buildBody(op({}, { body: { contentTypes: [], required: true } }), {})).toThrow(/body is required/);
  });

  it('encodes formData fields', () => {
    const descriptor = op({ a: { in: 'formData', name: 'a' }, b: { in: 'formData', name: 'b', format: 'multi' } });
    expect(buildBody(descriptor, { a: 'x y', b: ['1', '2'] })).toEqual({ contentType: 'application/x-www-form-urlencoded', body: 'a=x+y&b=1&b=2' });
  });
});
