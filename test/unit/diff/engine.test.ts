import { describe, expect, it } from 'vitest';
import { diffModels } from '../../../src/diff/engine.js';
import { modelOf } from './model.js';

const BASE = `paths:
  /patient:
    get:
      operationId: fetchPatients
      summary: List patients
      parameters:
        - { name: 'filter[groups]', in: query, type: string, description: Group ids }
        - { name: 'page[size]', in: query, type: integer }
      responses: { '200': { description: OK, schema: { $ref: '#/definitions/FetchPatientsResponse' } } }
    post:
      operationId: createPatient
      parameters: [{ name: body, in: body, required: true, schema: { $ref: '#/definitions/CreatePatientRequest' } }]
      responses: { '201': { description: Created, schema: { $ref: '#/definitions/CreatePatientRequest' } } }
definitions:
  Patient:
    type: object
    required: [type]
    properties:
      type: { type: string, enum: [patient] }
      attributes:
        type: object
        properties:
          first_name: { type: string, example: Fiona }
          gender: { type: string, enum: [male, female] }
      parent: { $ref: '#/definitions/Patient' }
  FetchPatientsResponse:
    type: object
    properties:
      data: { type: array, items: { $ref: '#/definitions/Patient' } }
  CreatePatientRequest:
    type: object
    properties:
      data: { $ref: '#/definitions/Patient' }`;

/** Same contract, written differently: refs inlined/extracted, keys and operations reordered, docs edited. */
const REFACTORED = `definitions:
  PatientAttributes:
    description: Renamed helper type the old spec inlined
    type: object
    properties:
      gender: { type: string, enum: [male, female], description: Gender }
      first_name: { type: string, example: Andrew }
  Patient:
    required: [type]
    type: object
    properties:
      attributes: { $ref: '#/definitions/PatientAttributes' }
      type: { enum: [patient], type: string }
      parent: { $ref: '#/definitions/Patient' }
  FetchPatientsResponse:
    type: object
    properties:
      data: { type: array, items: { allOf: [{ $ref: '#/definitions/Patient' }] } }
  CreatePatientRequest:
    type: object
    properties:
      data: { $ref: '#/definitions/Patient' }
paths:
  /patient:
    post:
      operationId: createPatient
      parameters: [{ name: payload, in: body, required: true, schema: { $ref: '#/definitions/CreatePatientRequest' } }]
      responses: { '201': { description: Created!, schema: { $ref: '#/definitions/CreatePatientRequest' } } }
    get:
      operationId: fetchPatients
      summary: List the patients
      parameters:
        - { name: 'page[size]', in: query, type: integer }
        - { name: 'filter[groups]', in: query, type: string, description: Comma-separated group ids }
      responses: { '200': { description: Fine, schema: { $ref: '#/definitions/FetchPatientsResponse' } } }`;

describe('diffModels', () => {
  it('treats a $ref refactor, reordering and description edits as no change to callers', () => {
    const changes = diffModels(modelOf(BASE), modelOf(REFACTORED));
    expect(changes.filter((c) => c.severity !== 'info')).toEqual([]);
    expect(changes.map((c) => c.rule)).toEqual(['operation-documentation-changed']);
  });

  it('follows recursive types without looping and finds a change beneath the cycle', () => {
    const head = BASE.replace('gender: { type: string, enum: [male, female] }', 'gender: { type: string, enum: [male] }');
    const changes = diffModels(modelOf(BASE), modelOf(head));
    // Request side narrowed (breaking) for createPatient; response side narrowed (info) for both operations.
    expect(changes.map((c) => [c.rule, c.operationId, c.pointer])).toEqual([
      ['request-property-enum-value-removed', 'createPatient', '#/definitions/Patient/properties/attributes/properties/gender'],
      ['response-property-enum-value-removed', 'createPatient', '#/definitions/Patient/properties/attributes/properties/gender'],
      ['response-property-enum-value-removed', 'fetchPatients', '#/definitions/Patient/properties/attributes/properties/gender'],
    ]);
  });

  it.each([
    // given: an edit to BASE; want: [rule, operationId, pointer] of the non-info changes
    {
      name: 'a rename with a new operationId at the same site is a rename, not remove + add',
      edit: (s: string) => s.replace('operationId: fetchPatients', 'operationId: listPatients'),
      want: [['operation-renamed', 'listPatients', '#/paths/~1patient/get']],
    },
    {
      name: 'an attribute turning readOnly is reported once, by the JSON:API rule, not as a request removal',
      edit: (s: string) => s.replace('first_name: { type: string, example: Fiona }', 'first_name: { type: string, readOnly: true }'),
      want: [['jsonapi-attribute-became-read-only', undefined, '#/definitions/Patient/properties/attributes/properties/first_name']],
    },
    {
      name: 'a removed response property breaks readers of every operation returning it',
      edit: (s: string) => s.replace('          first_name: { type: string, example: Fiona }\n', ''),
      want: [
        ['request-property-removed', 'createPatient', '#/definitions/Patient/properties/attributes/properties/first_name'],
        ['response-property-removed', 'createPatient', '#/definitions/Patient/properties/attributes/properties/first_name'],
        ['response-property-removed', 'fetchPatients', '#/definitions/Patient/properties/attributes/properties/first_name'],
      ],
    },
    {
      name: 'a parameter moved to another location with the same name is a move, not a rename',
      edit: (s: string) => s.replace("{ name: 'page[size]', in: query", "{ name: 'page[size]', in: header"),
      want: [
        ['paging-removed', 'fetchPatients', '#/paths/~1patient/get'],
        ['request-parameter-location-changed', 'fetchPatients', '#/paths/~1patient/get/parameters/1'],
      ],
    },
  ])('$name', ({ edit, want }) => {
    const changes = diffModels(modelOf(BASE), modelOf(edit(BASE)));
    expect(changes.filter((c) => c.severity !== 'info').map((c) => [c.rule, c.operationId, c.pointer])).toEqual(want);
  });

  it('sorts breaking first and is deterministic', () => {
    const head = BASE.replace('operationId: createPatient', 'operationId: addPatient').replace("'page[size]'", "'page[limit]'");
    const changes = diffModels(modelOf(BASE), modelOf(head));
    const ranks = changes.map((c) => ['breaking', 'warning', 'info'].indexOf(c.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(diffModels(modelOf(BASE), modelOf(head))).toEqual(changes);
  });
});
