import { describe, expect, it } from 'vitest';
import {
  JsonApiDocumentError,
  decodeDocument,
  encodeResource,
  type EncodeOptions,
  type JsonApiModel,
  type ResourceDescriptor,
} from '../../../src/runtime/jsonapi/index.js';

const patient: ResourceDescriptor = {
  type: 'patient',
  relationships: { groups: { cardinality: 'many', type: 'group' }, owner: { cardinality: 'one', type: 'coach' }, subject: { cardinality: 'one' } },
};

describe('encodeResource', () => {
  const cases: { name: string; input: object; options?: EncodeOptions; want: unknown }[] = [
    { name: 'attributes only', input: { first_name: 'Fiona', note: null }, want: { data: { type: 'patient', attributes: { first_name: 'Fiona', note: null } } } },
    { name: 'undefined values are left out', input: { first_name: undefined, last_name: 'R', groups: undefined }, want: { data: { type: 'patient', attributes: { last_name: 'R' } } } },
    { name: 'empty input', input: {}, want: { data: { type: 'patient', attributes: {} } } },
    {
      name: 'bare ids take the descriptor type',
      input: { first_name: 'Fiona', groups: [{ id: 'g1' }, { id: 'g2' }], owner: { id: 'c1' } },
      want: {
        data: {
          type: 'patient',
          attributes: { first_name: 'Fiona' },
          relationships: { groups: { data: [{ type: 'group', id: 'g1' }, { type: 'group', id: 'g2' }] }, owner: { data: { type: 'coach', id: 'c1' } } },
        },
      },
    },
    {
      name: 'null to-one, empty to-many',
      input: { owner: null, groups: [] },
      want: { data: { type: 'patient', attributes: {}, relationships: { owner: { data: null }, groups: { data: [] } } } },
    },
    {
      name: 'an explicit type wins (polymorphic relationship)',
      input: { subject: { id: 'x', type: 'coach' } },
      want: { data: { type: 'patient', attributes: {}, relationships: { subject: { data: { type: 'coach', id: 'x' } } } } },
    },
    { name: 'id from the input', input: { id: 'p1', last_name: 'R' }, want: { data: { type: 'patient', id: 'p1', attributes: { last_name: 'R' } } } },
    { name: 'id from the options wins', input: { id: 'p1' }, options: { id: 'p2' }, want: { data: { type: 'patient', id: 'p2', attributes: {} } } },
    { name: 'a matching type key is accepted', input: { type: 'patient', first_name: 'F' }, want: { data: { type: 'patient', attributes: { first_name: 'F' } } } },
    {
      name: 'model objects become identifiers, extra fields dropped',
      input: { owner: { id: 'c1', type: 'coach', first_name: 'Coach', patients: [] } },
      want: { data: { type: 'patient', attributes: {}, relationships: { owner: { data: { type: 'coach', id: 'c1' } } } } },
    },
  ];
  it.each(cases)('$name', ({ input, options, want }) => {
    expect(encodeResource(patient, input, options)).toEqual(want);
  });

  it('round-trips a decoded model, displaced fields included', () => {
    const event: ResourceDescriptor = { type: 'event', relationships: { owner: { cardinality: 'one', type: 'patient' }, type: { cardinality: 'one', type: 'kind' } } };
    const { data } = decodeDocument<JsonApiModel>({
      data: {
        type: 'event',
        id: 'e1',
        attributes: { title: 'T', owner: 'legacy', id: 'x' },
        relationships: { owner: { data: { type: 'patient', id: 'p' } }, type: { data: { type: 'kind', id: 'k' } } },
      },
      included: [{ type: 'patient', id: 'p', attributes: { first_name: 'F' } }],
    });
    expect(encodeResource(event, data)).toEqual({
      data: {
        type: 'event',
        id: 'e1',
        attributes: { title: 'T', owner: 'legacy', id: 'x' },
        relationships: { owner: { data: { type: 'patient', id: 'p' } }, type: { data: { type: 'kind', id: 'k' } } },
      },
    });
  });

  const invalid: { name: string; input: unknown; pointer: string }[] = [
    { name: 'input is not an object', input: 'x', pointer: '/data' },
    { name: 'input is an array', input: [], pointer: '/data' },
    { name: 'to-many given one object', input: { groups: { id: 'g' } }, pointer: '/data/relationships/groups/data' },
    { name: 'to-many given null', input: { groups: null }, pointer: '/data/relationships/groups/data' },
    { name: 'related value without id', input: { groups: [{ id: 'g' }, { name: 'x' }] }, pointer: '/data/relationships/groups/data/1' },
    { name: 'related id is a number', input: { owner: { id: 3 } }, pointer: '/data/relationships/owner/data' },
    { name: 'polymorphic relationship given a bare id', input: { subject: { id: 'x' } }, pointer: '/data/relationships/subject/data' },
    { name: 'type of another resource', input: { type: 'coach' }, pointer: '/data/type' },
    { name: 'numeric id', input: { id: 5 }, pointer: '/data/id' },
    { name: 'displaced relationship the descriptor does not know', input: { $relationships: { nope: null } }, pointer: '/data/relationships/nope/data' },
  ];
  it.each(invalid)('$name throws JsonApiDocumentError at $pointer', ({ input, pointer }) => {
    expect(() => encodeResource(patient, input as object)).toThrow(JsonApiDocumentError);
    expect(() => encodeResource(patient, input as object)).toThrow(expect.objectContaining({ pointer }));
  });
});
