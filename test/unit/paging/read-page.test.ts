import { describe, expect, it } from 'vitest';
import type { OperationDescriptor } from '../../../src/runtime/descriptor.js';
import type { RawResponse } from '../../../src/runtime/http.js';
import type { JsonApiLinks, JsonApiMeta } from '../../../src/runtime/jsonapi/types.js';
import { ApiError, InvalidResponseError } from '../../../src/runtime/errors.js';
import { metaCount, nextLink, readPage } from '../../../src/runtime/paging/read-page.js';
import { Redactor } from '../../../src/runtime/redact.js';

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
    { name: 'plain JSON: data as is', op: plainOp, body: { data: [{ n: 1 }], meta: { count: 1 }, links: { next: 'n' } }, want: { data: [{ n: 1 }], meta: { count: 1 }, links: { next: 'n' } } },
    { name: 'plain JSON array', op: plainOp, body: [1, 2], want: { data: [1, 2], meta: {}, links: {} } },
    { name: 'plain JSON, count only', op: plainOp, body: { meta: { count: 4 } }, want: { data: [], meta: { count: 4 }, links: {} } },
    { name: 'plain JSON with junk members', op: plainOp, body: { data: [], meta: [], links: 3 }, want: { data: [], meta: {}, links: {} } },
  ];
  it.each(cases)('$name', ({ op, body, want }) => {
    const page = readPage(response(body), op);
    expect({ data: page.data, meta: page.meta, links: page.links }).toEqual(want);
  });
});

describe('readPage: a success response that is not a page', () => {
  // Read as an empty page, any of these would end an iteration early and look like a complete collection.
  const html = (): RawResponse => ({ ...response(undefined), headers: new Headers({ 'content-type': 'text/html' }), text: '<html>Down for maintenance</html>' });
  const cases: { name: string; op: OperationDescriptor; raw: RawResponse; message: RegExp; pointer?: string }[] = [
    { name: 'HTML page (JSON:API)', op: jsonApiOp, raw: html(), message: /^200: list returned a text\/html body where a JSON:API document was expected$/ },
    { name: 'HTML page (plain)', op: plainOp, raw: html(), message: /returned a text\/html body where a collection was expected/ },
    { name: 'empty body (JSON:API)', op: jsonApiOp, raw: response(undefined), message: /returned an empty body where a JSON:API document/ },
    { name: 'empty body (plain)', op: plainOp, raw: response(undefined), message: /returned an empty body where a collection/ },
    { name: 'JSON null', op: jsonApiOp, raw: response(null), message: /returned JSON null/ },
    { name: 'empty object', op: jsonApiOp, raw: response({}), message: /malformed JSON:API document: the document has no "data"/, pointer: '/data' },
    { name: 'meta without count', op: jsonApiOp, raw: response({ meta: { req_id: 'r1' } }), message: /no "data".*\(req_id r1\)$/, pointer: '/data' },
    { name: 'errors with a 200', op: jsonApiOp, raw: response({ errors: [{ detail: 'Search is unavailable' }], meta: { req_id: 'r2' } }), message: /^200: list returned errors with a success status: Search is unavailable \(req_id r2\)$/ },
    { name: 'one resource', op: jsonApiOp, raw: response({ data: { type: 't', id: '1' } }), message: /returned one resource where a list was expected/, pointer: '/data' },
    { name: 'data null', op: jsonApiOp, raw: response({ data: null }), message: /returned "data": null where a list was expected/, pointer: '/data' },
    { name: 'bad resource', op: jsonApiOp, raw: response({ data: [{ type: 't', id: 7 }] }), message: /needs an "id" string, got a number/, pointer: '/data/0/id' },
    { name: 'plain object without data', op: plainOp, raw: response({ items: [] }), message: /an object without a "data" list/ },
    { name: 'plain data not a list', op: plainOp, raw: response({ data: 'x' }), message: /an object without a "data" list/ },
  ];
  it.each(cases)('$name: InvalidResponseError', ({ op, raw, message, pointer }) => {
    let caught: unknown;
    try {
      readPage(raw, op);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidResponseError);
    expect(caught).toBeInstanceOf(ApiError);
    const error = caught as InvalidResponseError;
    expect(error.message).toMatch(message);
    expect({ status: error.status, method: error.method, url: error.url, pointer: error.pointer }).toEqual({ status: 200, method: 'GET', url: raw.url, pointer });
  });

  it('keeps the errors of a 200 with errors, normalised to an array', () => {
    const raw = response({ errors: { title: 'Partial outage', code: 'E1' } });
    expect(() => readPage(raw, jsonApiOp)).toThrow(expect.objectContaining({ errors: [{ title: 'Partial outage', code: 'E1' }] }));
  });

  it('masks known secrets in what the error shows', () => {
    const redactor = new Redactor();
    redactor.add('tok-123');
    const raw = { ...response({ errors: [{ detail: 'token tok-123 is not valid here' }] }), url: 'http://127.0.0.1/x?access_token=tok-123' };
    let caught: InvalidResponseError | undefined;
    try {
      readPage(raw, jsonApiOp, redactor);
    } catch (error) {
      caught = error as InvalidResponseError;
    }
    expect(JSON.stringify({ m: caught?.message, e: caught?.errors, u: caught?.url, s: String(caught) })).not.toContain('tok-123');
  });

  it("reads a count request's meta-only answer, with or without data", () => {
    expect(readPage(response({ meta: { req_id: 'r' } }), jsonApiOp, undefined, 'any').meta).toEqual({ req_id: 'r' });
    expect(readPage(response({ meta: { count: 3 } }), jsonApiOp).data).toEqual([]);
  });
});

describe('metaCount', () => {
  const cases: { given: unknown; want: number | undefined }[] = [
    { given: 12, want: 12 },
    { given: '12', want: 12 },
    { given: '12a', want: undefined },
    { given: '', want: undefined },
    { given: Number.NaN, want: undefined },
    { given: null, want: undefined },
    { given: undefined, want: undefined },
  ];
  it.each(cases)('$given -> $want', ({ given, want }) => {
    expect(metaCount({ count: given } as JsonApiMeta)).toBe(want);
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
