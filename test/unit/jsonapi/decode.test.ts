import { describe, expect, it } from 'vitest';
import {
  DISPLACED_ATTRIBUTES_KEY,
  DISPLACED_RELATIONSHIPS_KEY,
  JsonApiDocumentError,
  decodeDocument,
  relationshipSource,
  resourceLinks,
  resourceMeta,
  type JsonApiModel,
} from '../../../src/runtime/jsonapi/index.js';

const patient = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'patient', id, attributes: { first_name: `P${id}` }, ...extra });
const rel = (data: unknown, more: Record<string, unknown> = {}) => ({ data, ...more });

describe('decodeDocument: data shapes', () => {
  const cases: { name: string; given: unknown; want: unknown }[] = [
    { name: 'one resource', given: { data: patient('1') }, want: { id: '1', type: 'patient', first_name: 'P1' } },
    { name: 'many resources', given: { data: [patient('1'), patient('2')] }, want: [{ id: '1', type: 'patient', first_name: 'P1' }, { id: '2', type: 'patient', first_name: 'P2' }] },
    { name: 'empty collection', given: { data: [] }, want: [] },
    { name: 'null data', given: { data: null }, want: null },
    { name: 'meta-only document', given: { meta: { count: 3 } }, want: null },
    { name: 'no attributes', given: { data: { type: 'group', id: 'g' } }, want: { id: 'g', type: 'group' } },
    {
      name: 'null to-one stays null, empty to-many stays []',
      given: { data: patient('1', { relationships: { owner: rel(null), groups: rel([]) } }) },
      want: { id: '1', type: 'patient', first_name: 'P1', owner: null, groups: [] },
    },
    {
      name: 'relationship with links only is left off the model',
      given: { data: patient('1', { relationships: { groups: { links: { related: '/patient/1/groups' } } } }) },
      want: { id: '1', type: 'patient', first_name: 'P1' },
    },
    {
      name: 'linkage to a resource not included stays an identifier',
      given: { data: patient('1', { relationships: { owner: rel({ type: 'coach', id: 'c9' }) } }) },
      want: { id: '1', type: 'patient', first_name: 'P1', owner: { id: 'c9', type: 'coach' } },
    },
    {
      name: 'included resources are resolved, missing ones are identifiers',
      given: {
        data: patient('1', { relationships: { groups: rel([{ type: 'group', id: 'g1' }, { type: 'group', id: 'g2' }]) } }),
        included: [{ type: 'group', id: 'g1', attributes: { name: 'One' } }],
      },
      want: { id: '1', type: 'patient', first_name: 'P1', groups: [{ id: 'g1', type: 'group', name: 'One' }, { id: 'g2', type: 'group' }] },
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(decodeDocument(given).data).toEqual(want);
  });
});

describe('decodeDocument: name collisions', () => {
  const cases: { name: string; given: unknown; want: unknown }[] = [
    {
      name: 'attribute named like a relationship moves to $attributes',
      given: { data: { type: 'event', id: 'e', attributes: { owner: 'legacy', title: 'T' }, relationships: { owner: rel({ type: 'patient', id: 'p' }) } } },
      want: { id: 'e', type: 'event', title: 'T', owner: { id: 'p', type: 'patient' }, [DISPLACED_ATTRIBUTES_KEY]: { owner: 'legacy' } },
    },
    {
      name: 'attributes named id and type move to $attributes',
      given: { data: { type: 'metric', id: 'm', attributes: { type: 'weight', id: 'x-1' } } },
      want: { id: 'm', type: 'metric', [DISPLACED_ATTRIBUTES_KEY]: { type: 'weight', id: 'x-1' } },
    },
    {
      name: 'relationship named type moves to $relationships',
      given: { data: { type: 'metric', id: 'm', relationships: { type: rel({ type: 'kind', id: 'k' }) } } },
      want: { id: 'm', type: 'metric', [DISPLACED_RELATIONSHIPS_KEY]: { type: { id: 'k', type: 'kind' } } },
    },
    {
      name: '__proto__ attribute is kept as data, not as a prototype',
      given: JSON.parse('{"data":{"type":"t","id":"1","attributes":{"__proto__":{"polluted":true}}}}'),
      want: { id: '1', type: 't', [DISPLACED_ATTRIBUTES_KEY]: JSON.parse('{"__proto__":{"polluted":true}}') },
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    const data = decodeDocument(given).data as JsonApiModel;
    expect(data).toEqual(want);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect((data as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('decodeDocument: identity and cycles', () => {
  it('maps one included resource to one object however often it is referenced', () => {
    const group = { type: 'group', id: 'g1', attributes: { name: 'G' } };
    const { data, included } = decodeDocument<JsonApiModel[]>({
      data: [
        patient('1', { relationships: { groups: rel([{ type: 'group', id: 'g1' }]) } }),
        patient('2', { relationships: { groups: rel([{ type: 'group', id: 'g1' }]), primary: rel({ type: 'group', id: 'g1' }) } }),
      ],
      included: [group],
    });
    const [a, b] = data;
    expect((a!.groups as unknown[])[0]).toBe((b!.groups as unknown[])[0]);
    expect(b!.primary).toBe((b!.groups as unknown[])[0]);
    expect(included![0]).toBe(b!.primary);
  });

  it('shares one identifier object per missing resource', () => {
    const { data } = decodeDocument<JsonApiModel[]>({
      data: [patient('1', { relationships: { owner: rel({ type: 'coach', id: 'c' }) } }), patient('2', { relationships: { owner: rel({ type: 'coach', id: 'c' }) } })],
    });
    expect(data[0]!.owner).toBe(data[1]!.owner);
  });

  it('wires cycles between primary data and included as object references', () => {
    const { data } = decodeDocument<JsonApiModel>({
      data: patient('1', { relationships: { coach: rel({ type: 'coach', id: 'c' }) } }),
      included: [{ type: 'coach', id: 'c', relationships: { patients: rel([{ type: 'patient', id: '1' }]), self: rel({ type: 'coach', id: 'c' }) } }],
    });
    const coach = data.coach as JsonApiModel;
    expect((coach.patients as unknown[])[0]).toBe(data);
    expect(coach.self).toBe(coach);
  });

  it('decodes a 100,000-long chain without recursion', () => {
    const length = 100_000;
    const included = Array.from({ length }, (_, i) => ({ type: 'node', id: String(i), relationships: { next: rel(i + 1 < length ? { type: 'node', id: String(i + 1) } : null) } }));
    const { data } = decodeDocument<JsonApiModel>({ data: { type: 'node', id: 'head', relationships: { next: rel({ type: 'node', id: '0' }) } }, included });
    let node: JsonApiModel | null = data;
    let steps = 0;
    while (node !== null) {
      node = node.next as JsonApiModel | null;
      steps++;
    }
    expect(steps).toBe(length + 1);
  });

  it('keeps the first occurrence when a resource appears twice', () => {
    const { data, included } = decodeDocument<JsonApiModel>({
      data: patient('1'),
      included: [{ type: 'patient', id: '1', attributes: { first_name: 'Other' } }],
    });
    expect(data.first_name).toBe('P1');
    expect(included![0]).toBe(data);
  });
});

describe('decodeDocument: members beside the data', () => {
  it('exposes top-level meta, links, errors and the raw document', () => {
    const raw = { data: [], meta: { count: 7, req_id: 'r1' }, links: { next: '/patient?page[after]=x' }, jsonapi: { version: '1.0' } };
    const decoded = decodeDocument(raw);
    expect(decoded).toEqual({ data: [], meta: { count: 7, req_id: 'r1' }, links: { next: '/patient?page[after]=x' }, raw });
    expect(decoded.raw).toBe(raw);
  });

  it('defaults meta and links to empty objects and normalises a lone error object', () => {
    expect(decodeDocument({ errors: { code: 'Unauthorized' } })).toEqual({ data: null, meta: {}, links: {}, errors: [{ code: 'Unauthorized' }], raw: { errors: { code: 'Unauthorized' } } });
  });

  it('keeps resource and relationship links/meta beside the model, not in its fields', () => {
    const { data } = decodeDocument<JsonApiModel>({
      data: {
        type: 'patient',
        id: '1',
        attributes: { links: 'an attribute', meta: 'another' },
        links: { self: '/patient/1' },
        meta: { score: 3 },
        relationships: { coaches: rel([{ type: 'coach', id: 'c', meta: { primary: true } }], { links: { related: '/patient/1/coaches' } }) },
      },
    });
    expect(data.links).toBe('an attribute');
    expect(data.meta).toBe('another');
    expect(resourceLinks(data)).toEqual({ self: '/patient/1' });
    expect(resourceMeta(data)).toEqual({ score: 3 });
    expect(relationshipSource(data, 'coaches')).toEqual({ data: [{ type: 'coach', id: 'c', meta: { primary: true } }], links: { related: '/patient/1/coaches' } });
    expect(relationshipSource(data, 'constructor')).toBeUndefined();
    expect(Object.keys(data)).toEqual(['id', 'type', 'links', 'meta', 'coaches']);
  });

  it('links a model to its source invisibly: a plain object, no extra own keys, copies drop the link', () => {
    const { data } = decodeDocument<JsonApiModel>({
      data: { type: 'patient', id: '1', attributes: { name: 'Ann' }, links: { self: '/patient/1' } },
    });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Reflect.ownKeys(data)).toEqual(['id', 'type', 'name']);
    expect(JSON.stringify(data)).toBe('{"id":"1","type":"patient","name":"Ann"}');
    expect(structuredClone(data)).toEqual({ id: '1', type: 'patient', name: 'Ann' });
    // A copy is the caller's own object, not the decoded resource: it has no source.
    expect(resourceLinks({ ...data })).toBeUndefined();
    expect(resourceLinks(structuredClone(data))).toBeUndefined();
    expect(resourceLinks(data)).toEqual({ self: '/patient/1' });
    // Plain JavaScript may pass anything: no source, no throw.
    for (const value of ['patient', 1, null, undefined]) expect(resourceLinks(value as unknown as object)).toBeUndefined();
  });
});

describe('decodeDocument: malformed documents', () => {
  const cases: { name: string; given: unknown; pointer: string; options?: { requireData: boolean } }[] = [
    { name: 'not an object', given: 'nope', pointer: '' },
    { name: 'an array', given: [], pointer: '' },
    { name: 'null', given: null, pointer: '' },
    { name: 'data is a string', given: { data: 'x' }, pointer: '/data' },
    { name: 'data missing when required', given: { meta: {} }, pointer: '/data', options: { requireData: true } },
    { name: 'resource without type', given: { data: { id: '1' } }, pointer: '/data/type' },
    { name: 'resource with empty type', given: { data: [{ type: '', id: '1' }] }, pointer: '/data/0/type' },
    { name: 'resource without id', given: { data: [patient('1'), { type: 'patient' }] }, pointer: '/data/1/id' },
    { name: 'numeric id', given: { data: { type: 'patient', id: 1 } }, pointer: '/data/id' },
    { name: 'resource is a number', given: { data: [1] }, pointer: '/data/0' },
    { name: 'attributes is an array', given: { data: { type: 't', id: '1', attributes: [] } }, pointer: '/data/attributes' },
    { name: 'relationships is a string', given: { data: { type: 't', id: '1', relationships: 's' } }, pointer: '/data/relationships' },
    { name: 'relationship is null', given: { data: { type: 't', id: '1', relationships: { owner: null } } }, pointer: '/data/relationships/owner' },
    { name: 'linkage is a string', given: { data: { type: 't', id: '1', relationships: { owner: { data: 'p' } } } }, pointer: '/data/relationships/owner/data' },
    { name: 'linkage without id', given: { included: [], data: [{ type: 't', id: '1', relationships: { 'a/b': { data: [{ type: 'x' }] } } }] }, pointer: '/data/0/relationships/a~1b/data/0/id' },
    { name: 'included is an object', given: { data: null, included: {} }, pointer: '/included' },
    { name: 'included resource without type', given: { data: null, included: [{ id: '1' }] }, pointer: '/included/0/type' },
    { name: 'included relationship linkage broken', given: { data: null, included: [{ type: 't', id: '1', relationships: { x: { data: [null] } } }] }, pointer: '/included/0/relationships/x/data/0' },
    { name: 'meta is a string', given: { data: null, meta: 's' }, pointer: '/meta' },
    { name: 'links is an array', given: { data: null, links: [] }, pointer: '/links' },
  ];
  it.each(cases)('$name throws JsonApiDocumentError at "$pointer"', ({ given, pointer, options }) => {
    let caught: unknown;
    try {
      decodeDocument(given, options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JsonApiDocumentError);
    expect((caught as JsonApiDocumentError).pointer).toBe(pointer);
  });

  it('never puts document values in the message', () => {
    const secret = 'c1b83534-76c1-4a27-b1d4-8140e24dd7c6';
    expect(() => decodeDocument({ data: { type: 'token', id: secret.length, attributes: { access_token: secret } } })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secret) }),
    );
    expect(() => decodeDocument({ data: secret })).toThrow(expect.objectContaining({ message: expect.not.stringContaining(secret) }));
  });
});
