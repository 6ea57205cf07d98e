import { describe, expect, it } from 'vitest';
import { analyzeJsonApi } from '../../../src/ir/jsonapi/index.js';
import { IR_VERSION, type ApiModel, type NamedType, type Operation, type Parameter, type Property, type Schema } from '../../../src/ir/types.js';

// Small IR builders: the analysis reads IR, so tests write IR directly.
const str = (extra: Partial<Extract<Schema, { kind: 'primitive' }>> = {}): Schema => ({ kind: 'primitive', type: 'string', ...extra });
const oneOf = (...values: string[]): Schema => str({ enum: values });
const ref = (name: string, pointer?: string): Schema => ({ kind: 'ref', name, ...(pointer === undefined ? {} : { pointer }) });
const arr = (items: Schema): Schema => ({ kind: 'array', items });
const obj = (props: Record<string, Schema>, required: string[] = [], extra: { readOnly?: boolean } = {}): Schema => ({
  kind: 'object',
  properties: Object.entries(props).map(([name, schema]): Property => ({ name, schema, required: required.includes(name) })),
  ...extra,
});
const linkage = (...types: string[]) => obj({ type: oneOf(...types), id: str() }, ['type', 'id']);
const def = (name: string, schema: Schema): NamedType => ({ name, schema, pointer: `#/definitions/${name}` });
const query = (name: string, schema: Schema): Parameter => ({ name, in: 'query', required: false, schema, pointer: `#/p/${name}` });
const op = (operationId: string, path: string, data: Schema | undefined, more: Partial<Operation> = {}): Operation => ({
  operationId,
  method: 'get',
  path,
  tags: [],
  deprecated: false,
  parameters: [],
  responses: data === undefined ? [] : [{ status: '200', schema: obj({ data }), headers: [], pointer: `#/paths/${operationId}/200` }],
  consumes: [],
  produces: [],
  pointer: `#/paths/${operationId}`,
  ...more,
});
const model = (types: NamedType[], operations: Operation[] = []): ApiModel => ({
  irVersion: IR_VERSION,
  info: { title: 't', version: '1' },
  servers: [],
  basePath: '',
  securitySchemes: [],
  security: [],
  tags: [],
  types,
  operations,
  resources: [],
});

const patientResource = obj(
  {
    id: str(),
    type: oneOf('patient'),
    attributes: obj({ first_name: str(), updated_at: str({ readOnly: true }) }, ['first_name']),
    links: obj({ self: str() }),
    relationships: obj(
      {
        groups: obj({ data: arr(linkage('group')) }, ['data']),
        owner: obj({ data: linkage('coach', 'patient') }),
        audit: obj({ data: linkage('user') }, [], { readOnly: true }),
        notes: obj({ links: obj({ related: str() }) }),
      },
      ['groups'],
    ),
  },
  ['type'],
);

describe('analyzeJsonApi: resources', () => {
  const cases: { name: string; given: ApiModel; want: unknown }[] = [
    {
      name: 'attributes, readOnly, required, to-one/to-many and related types',
      given: model([def('PatientResource', patientResource)]),
      want: [
        {
          type: 'patient',
          definition: 'PatientResource',
          attributes: [
            { name: 'first_name', required: true, readOnly: false, schema: str() },
            { name: 'updated_at', required: false, readOnly: true, schema: str({ readOnly: true }) },
          ],
          relationships: [
            { name: 'groups', cardinality: 'many', types: ['group'], readOnly: false, required: true },
            { name: 'owner', cardinality: 'one', types: ['coach', 'patient'], readOnly: false, required: false },
            { name: 'audit', cardinality: 'one', types: ['user'], readOnly: true, required: false },
            { name: 'notes', cardinality: 'one', types: [], readOnly: false, required: false },
          ],
        },
      ],
    },
    {
      name: 'not resources: type without one enum value, or no attributes',
      given: model([
        def('Error', obj({ code: str(), title: str() })),
        def('Identifier', obj({ type: oneOf('group'), id: str() })),
        def('Generic', obj({ type: str(), id: str(), attributes: obj({}) })),
        def('TwoTypes', obj({ type: oneOf('a', 'b'), attributes: obj({}) })),
      ]),
      want: [],
    },
    {
      name: 'attributes through a ref, readOnly on the ref target, sorted by type',
      given: model([
        def('Attrs', obj({ name: str() }, [], { readOnly: true })),
        def('Zeta', obj({ type: oneOf('zeta'), attributes: ref('Attrs') })),
        def('Alpha', obj({ type: oneOf('alpha'), attributes: obj({ when: ref('Stamp') }) })),
        def('Stamp', str({ readOnly: true })),
      ]),
      want: [
        { type: 'alpha', definition: 'Alpha', attributes: [{ name: 'when', required: false, readOnly: true, schema: ref('Stamp') }], relationships: [] },
        { type: 'zeta', definition: 'Zeta', attributes: [{ name: 'name', required: false, readOnly: true, schema: str() }], relationships: [] },
      ],
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(analyzeJsonApi(given).resources).toEqual(want);
  });

  it('merges allOf and prefers the definition responses return for a shared type', () => {
    const create = def('PatientCreateResource', {
      kind: 'allOf',
      allOf: [ref('PatientResource'), obj({ relationships: obj({ groups: obj({ data: arr(linkage('group')) }, ['data']) }, ['groups']) })],
    });
    const given = model([create, def('PatientResource', patientResource)], [op('fetchPatient', '/patient/{id}', ref('PatientResource'))]);
    const { resources } = analyzeJsonApi(given);
    expect(resources.map((r) => r.definition)).toEqual(['PatientResource']);
    // Without a response naming it, the allOf-built definition still loses to the plain one.
    expect(analyzeJsonApi(model([create, def('PatientResource', patientResource)])).resources.map((r) => r.definition)).toEqual(['PatientResource']);
  });

  it('reads members merged from allOf parts', () => {
    const base = def('EventBase', obj({ attributes: obj({ title: str() }), relationships: obj({ owner: obj({ data: linkage('patient') }) }) }));
    const create = def('EventCreate', { kind: 'allOf', allOf: [ref('EventBase'), obj({ type: oneOf('event'), relationships: obj({ owner: obj({}, ['data']) }, ['owner']) })] });
    expect(analyzeJsonApi(model([base, create])).resources).toEqual([
      {
        type: 'event',
        definition: 'EventCreate',
        attributes: [{ name: 'title', required: false, readOnly: false, schema: str() }],
        relationships: [{ name: 'owner', cardinality: 'one', types: ['patient'], readOnly: false, required: true }],
      },
    ]);
  });

  it('infers a type without enum from /<type> and /<type>/{id} paths only', () => {
    const action = def('ActionResource', obj({ type: str(), id: str(), attributes: obj({ title: str() }) }));
    const given = model(
      [action],
      [op('fetchAction', '/action/{id}', ref('ActionResource')), op('fetchActions', '/action', arr(ref('ActionResource'))), op('fetchPlanActions', '/plan/{id}/actions', arr(ref('ActionResource')))],
    );
    expect(analyzeJsonApi(given).resources.map((r) => [r.type, r.definition])).toEqual([['action', 'ActionResource']]);
    const conflicting = model([action], [op('a', '/action', ref('ActionResource')), op('b', '/task', ref('ActionResource'))]);
    expect(analyzeJsonApi(conflicting).resources).toEqual([]);
  });

  it('survives ref cycles and missing refs', () => {
    const given = model([
      def('Loop', { kind: 'allOf', allOf: [ref('Loop')] }),
      def('Dangling', obj({ type: oneOf('d'), attributes: ref('Missing'), relationships: ref('Loop') })),
    ]);
    expect(analyzeJsonApi(given).resources).toEqual([{ type: 'd', definition: 'Dangling', attributes: [], relationships: [] }]);
  });
});

describe('analyzeJsonApi: operations', () => {
  const types = [def('PatientResource', patientResource)];
  const cases: { name: string; given: Operation; want: unknown }[] = [
    {
      name: 'include enum as a string parameter, one resource',
      given: op('fetchPatient', '/patient/{id}', ref('PatientResource'), { parameters: [query('include', oneOf('groups', 'coaches', 'groups'))] }),
      want: { resourceTypes: ['patient'], cardinality: 'one', include: ['coaches', 'groups'] },
    },
    {
      name: 'include enum in array items, sort enum, a collection',
      given: op('fetchPatients', '/patient', arr(ref('PatientResource')), { parameters: [query('include', arr(oneOf('groups'))), query('sort', arr(oneOf('name', '-name')))] }),
      want: { resourceTypes: ['patient'], cardinality: 'many', include: ['groups'], sort: ['-name', 'name'] },
    },
    {
      name: 'inline data with a type enum',
      given: op('fetchThing', '/thing', obj({ type: oneOf('thing'), id: str() })),
      want: { resourceTypes: ['thing'], cardinality: 'one', include: [] },
    },
    {
      name: 'include without an enum, no data',
      given: op('createToken', '/oauth/token', undefined, { parameters: [query('include', str())] }),
      want: undefined,
    },
    {
      name: 'the first 2xx with data wins; non-2xx ignored',
      given: op('createPatient', '/patient', undefined, {
        responses: [
          { status: '201', schema: obj({ data: ref('PatientResource') }), headers: [], pointer: '#/r/201' },
          { status: '202', schema: obj({ data: arr(ref('PatientResource')) }), headers: [], pointer: '#/r/202' },
          { status: 'default', schema: obj({ data: arr(str()) }), headers: [], pointer: '#/r/default' },
        ],
      }),
      want: { resourceTypes: ['patient'], cardinality: 'one', include: [] },
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(analyzeJsonApi(model(types, [given])).operations.get(given.operationId)).toEqual(want);
  });

  it('keys operations in operationId order', () => {
    const ops = [op('zeta', '/z', ref('PatientResource')), op('alpha', '/a', ref('PatientResource')), op('none', '/n', undefined)];
    expect([...analyzeJsonApi(model(types, ops)).operations.keys()]).toEqual(['alpha', 'zeta']);
  });
});

describe('analyzeJsonApi: errors declared as one object', () => {
  const errorTypes = [
    def('Error', obj({ code: str() })),
    def('OneError', obj({ errors: ref('Error', '#/definitions/OneError/properties/errors') })),
    def('ManyErrors', obj({ errors: arr(ref('Error')) })),
  ];
  const withResponses = (id: string, ...names: string[]): Operation =>
    op(id, `/${id}`, undefined, { responses: names.map((name, i) => ({ status: String(400 + i), schema: ref(name), headers: [], pointer: `#/paths/${id}/${400 + i}` })) });

  it('reports TC3001 once per declaration, at its pointer', () => {
    const { diagnostics } = analyzeJsonApi(model(errorTypes, [withResponses('a', 'OneError', 'ManyErrors'), withResponses('b', 'OneError')]));
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([['TC3001', '#/definitions/OneError/properties/errors']]);
  });

  it('falls back to the response pointer for an inline declaration without one', () => {
    const inline = op('c', '/c', undefined, { responses: [{ status: '401', schema: obj({ errors: obj({ code: str() }) }), headers: [], pointer: '#/paths/~1c/get/responses/401' }] });
    expect(analyzeJsonApi(model([], [inline])).diagnostics.map((d) => d.pointer)).toEqual(['#/paths/~1c/get/responses/401/schema/properties/errors']);
  });

  it('says nothing when errors is an array', () => {
    expect(analyzeJsonApi(model(errorTypes, [withResponses('a', 'ManyErrors')])).diagnostics).toEqual([]);
  });
});
