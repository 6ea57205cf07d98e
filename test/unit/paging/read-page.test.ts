import { describe, expect, it } from 'vitest';
import type { OperationDescriptor } from '../../../src/runtime/descriptor.js';
import type { RawResponse } from '../../../src/runtime/http.js';
import type { JsonApiLinks } from '../../../src/runtime/jsonapi/types.js';
import { nextLink, readPage } from '../../../src/runtime/paging/read-page.js';

const base = { operationId: 'list', method: 'GET', path: '/x', params: {} } as const;
const jsonApiOp: OperationDescriptor = { ...base, accept: ['application/vnd.api+json'], jsonApi: true };
const plainOp: OperationDescriptor = { ...base, accept: ['application/json'], jsonApi: false };

function response(body: unknown): RawResponse {
  return {
    method: 'GET', url: 'http://127.0.0.1/x', status: 200, statusText: 'OK',
    headers: new Headers({ 'content-type': 'application/json' }), text: body === undefined ? '' : JSON.stringify(body),
  };
}

describe('readPage', () => {
  it('decodes a JSON:API document into models, with meta, links and included', () => {
    const doc = {
      meta: { count: 2 }, links: { next: '/x?page[cursor]=b' },
      data: [
        { type: 'patient', id: 'p1', attributes: { first_name: 'A' }, relationships: { groups: { data: [{ type: 'group', id: 'g1' }] } } },
        { type: 'patient', id: 'p2', attributes: { first_name: 'B' } },
      ],
      included: [{ type: 'group', id: 'g1', attributes: { name: 'G' } }],
    };
    const page = readPage(response(doc), jsonApiOp);
    expect(page.data).toEqual([
      { id: 'p1', type: 'patient', first_name: 'A', groups: [{ id: 'g1', type: 'group', name: 'G' }] },
      { id: 'p2', type: 'patient', first_name: 'B' },
    ]);
    expect(page.included).toEqual([{ id: 'g1', type: 'group', name: 'G' }]);
    expect({ meta: page.meta, links: page.links, raw: page.raw }).toEqual({ meta: doc.meta, links: doc.links, raw: doc });
  });

  const cases: { name: string; op: OperationDescriptor; body: unknown; want: { data: unknown[]; meta: unknown; links: unknown } }[] = [
    { name: 'JSON:API, count only', op: jsonApiOp, body: { meta: { count: 9 } }, want: { data: [], meta: { count: 9 }, links: {} } },
    { name: 'JSON:API, one resource', op: jsonApiOp, body: { data: { type: 't', id: '1' } }, want: { data: [{ type: 't', id: '1' }], meta: {}, links: {} } },
    { name: 'plain JSON: data as is', op: plainOp, body: { data: [{ n: 1 }], meta: { count: 1 }, links: { next: 'n' } }, want: { data: [{ n: 1 }], meta: { count: 1 }, links: { next: 'n' } } },
    { name: 'plain JSON array', op: plainOp, body: [1, 2], want: { data: [1, 2], meta: {}, links: {} } },
    { name: 'empty body', op: plainOp, body: undefined, want: { data: [], meta: {}, links: {} } },
    { name: 'plain JSON with junk members', op: plainOp, body: { data: 'x', meta: [], links: 3 }, want: { data: [], meta: {}, links: {} } },
  ];
  it.each(cases)('$name', ({ op, body, want }) => {
    const page = readPage(response(body), op);
    expect({ data: page.data, meta: page.meta, links: page.links }).toEqual(want);
  });
});

describe('nextLink', () => {
  const cases: { given: JsonApiLinks; want: string | undefined }[] = [
    { given: { next: '/pub/patient?page[cursor]=x' }, want: '/pub/patient?page[cursor]=x' },
    { given: { next: { href: 'patient?page[number]=2' } }, want: 'patient?page[number]=2' },
    { given: { next: null }, want: undefined },
    { given: { next: '' }, want: undefined },
    { given: { self: '/pub/patient' }, want: undefined },
  ];
  it.each(cases)('$given -> $want', ({ given, want }) => {
    expect(nextLink(given)).toBe(want);
  });
});
