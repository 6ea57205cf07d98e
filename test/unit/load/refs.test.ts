import { symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePointer } from '../../../src/diagnostics/pointer.js';
import { loadSpec } from '../../../src/load/index.js';
import { HEAD, tempSpecs } from './temp-specs.js';

const OK = `{ 200: { description: OK, schema: { $ref: '#/definitions/Patient' } } }`;

/** Refs that are valid Swagger 2.0 and must load without a diagnostic, with `$ref`s left in place. */
const VALID = `${HEAD}paths:
  /patient:
    get:
      operationId: fetchPatients
      parameters:
        - $ref: '#/parameters/PageSize'
      responses: ${OK}
  /patient/{id}/groups:
    get:
      operationId: fetchPatientGroups
      parameters:
        - { name: id, in: path, required: true, type: string }
      responses:
        200:
          description: OK
          schema: { $ref: '#/definitions/Patient/properties/relationships/properties/groups' }
parameters:
  PageSize: { name: 'page[size]', in: query, type: integer }
definitions:
  Patient:
    type: object
    properties:
      parent: { $ref: '#/definitions/Patient' }
      relationships:
        type: object
        properties:
          groups:
            type: array
            items: { $ref: '#/definitions/Group' }
  Group:
    type: object
    properties:
      members: { type: array, items: { $ref: '#/definitions/Patient' } }
      alias: { $ref: '#/definitions/GroupAlias' }
  GroupAlias: { $ref: '#/definitions/Group' }
`;

describe('valid $refs', () => {
  const specs = tempSpecs();

  it('loads deep and circular refs without diagnostics and keeps every $ref in the document', async () => {
    const { spec, sink } = await loadSpec(specs.write('valid.yaml', VALID), { lenient: false });
    expect(sink.items).toEqual([]);
    const doc = spec?.document;
    expect(resolvePointer(doc, '#/definitions/Patient/properties/parent')).toEqual({ $ref: '#/definitions/Patient' });
    expect(resolvePointer(doc, '#/paths/~1patient/get/parameters/0')).toEqual({ $ref: '#/parameters/PageSize' });
    expect(resolvePointer(doc, '#/paths/~1patient~1{id}~1groups/get/responses/200/schema')).toEqual({
      $ref: '#/definitions/Patient/properties/relationships/properties/groups',
    });
  });

  it('reads JSON with the same positions as YAML', async () => {
    const json = JSON.stringify({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: {}, definitions: { A: { $ref: '#/definitions/B' } } }, null, 2);
    const { spec, sink } = await loadSpec(specs.write('spec.json', json), { lenient: true });
    expect(sink.items.map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([['TC1002', '#/definitions/A', 9, 5]]);
    expect(await spec?.locate('#/info/title')).toEqual({ line: 4, column: 5 });
  });

  it('inlines refs to other local files at the referencing node, resolving their own refs', async () => {
    specs.write('common.yaml', `Pet:\n  type: object\n  properties:\n    owner: { $ref: '#/Owner' }\n    tag: { $ref: 'nested/tag.yaml' }\nOwner:\n  type: string\n`);
    specs.write('nested/tag.yaml', `type: string\nenum: [a, b]\n`);
    const yaml = `${HEAD}paths: {}\ndefinitions:\n  Pet: { $ref: 'common.yaml#/Pet' }\n  Named: { $ref: '#/definitions/Pet' }\n`;
    const { spec, sink } = await loadSpec(specs.write('external.yaml', yaml), { lenient: false });
    expect(sink.items).toEqual([]);
    expect(spec?.document['definitions']).toEqual({
      Pet: {
        type: 'object',
        properties: { owner: { type: 'string' }, tag: { type: 'string', enum: ['a', 'b'] } },
      },
      Named: { $ref: '#/definitions/Pet' },
    });
  });

  it('reports a missing external file and target at the referencing node', async () => {
    const yaml = `${HEAD}paths: {}\ndefinitions:\n  Gone: { $ref: 'gone.yaml#/X' }\n  Wrong: { $ref: 'common.yaml#/Nope' }\n`;
    const { sink } = await loadSpec(specs.write('broken-external.yaml', yaml), { lenient: true });
    expect(sink.items.map((d) => [d.code, d.severity, d.pointer, d.line])).toEqual([
      ['TC1003', 'error', '#/definitions/Gone', 5],
      ['TC1002', 'warning', '#/definitions/Wrong', 6],
    ]);
  });

  it("refuses files outside the spec's folder (TC1005), also through a symlink, and reads none of them", async () => {
    const outside = tempSpecs();
    const secret = outside.write('secret.yaml', 'Token: { type: string, description: npm-token-9c2f }\n');
    specs.write('inner/spec-dir-link-target.yaml', 'X: { type: string }\n');
    symlinkSync(secret, join(specs.dir, 'inner', 'link.yaml'));
    const yaml = `${HEAD}paths: {}\ndefinitions:\n  Abs: { $ref: '${secret}#/Token' }\n  Up: { $ref: '../${basename(outside.dir)}/secret.yaml#/Token' }\n  Link: { $ref: 'link.yaml#/Token' }\n  Fine: { $ref: 'spec-dir-link-target.yaml#/X' }\n`;
    const { spec, sink } = await loadSpec(specs.write('inner/confined.yaml', yaml), { lenient: true });
    expect(sink.items.map((d) => [d.code, d.pointer])).toEqual([
      ['TC1005', '#/definitions/Abs'],
      ['TC1005', '#/definitions/Up'],
      ['TC1005', '#/definitions/Link'],
    ]);
    expect(JSON.stringify(spec?.document)).not.toContain('npm-token-9c2f');
    expect(spec?.document['definitions']).toMatchObject({ Fine: { type: 'string' } });
  });

  it('reads files of a folder the user allowed (allowRefsFrom), and still refuses every other outside file', async () => {
    const common = tempSpecs();
    common.write('errors.yaml', "Error: { type: object, properties: { detail: { $ref: 'detail.yaml#/Detail' } } }\n");
    common.write('detail.yaml', 'Detail: { type: string }\n');
    const secret = tempSpecs().write('secret.yaml', 'Token: { type: string, description: npm-token-41ab }\n');
    symlinkSync(secret, join(common.dir, 'link.yaml'));
    const up = `../${basename(common.dir)}`;
    const yaml = `${HEAD}paths: {}\ndefinitions:\n  Error: { $ref: '${up}/errors.yaml#/Error' }\n  Link: { $ref: '${up}/link.yaml#/Token' }\n  Secret: { $ref: '${secret}#/Token' }\n`;
    const file = specs.write('allowed.yaml', yaml);

    const refused = await loadSpec(file, { lenient: true });
    expect(refused.sink.items.map((d) => [d.code, d.pointer])).toEqual([
      ['TC1005', '#/definitions/Error'],
      ['TC1005', '#/definitions/Link'],
      ['TC1005', '#/definitions/Secret'],
    ]);

    const { spec, sink } = await loadSpec(file, { lenient: true, allowRefsFrom: [{ folder: common.dir }] });
    // The symlink lies in the allowed folder but points out of it: its target is what counts.
    expect(sink.items.map((d) => [d.code, d.pointer])).toEqual([
      ['TC1005', '#/definitions/Link'],
      ['TC1005', '#/definitions/Secret'],
    ]);
    expect(spec?.document['definitions']).toMatchObject({
      Error: { type: 'object', properties: { detail: { type: 'string' } } },
    });
    expect(JSON.stringify(spec?.document)).not.toContain('npm-token-41ab');
  });

  it('refuses a cycle between files (TC1006)', async () => {
    specs.write('ping.yaml', `Ping: { type: object, properties: { pong: { $ref: 'pong.yaml#/Pong' } } }\n`);
    specs.write('pong.yaml', `Pong: { type: object, properties: { ping: { $ref: 'ping.yaml#/Ping' } } }\n`);
    const yaml = `${HEAD}paths: {}\ndefinitions:\n  Ping: { $ref: 'ping.yaml#/Ping' }\n`;
    const { sink } = await loadSpec(specs.write('cycle-external.yaml', yaml), { lenient: true });
    expect(sink.items.map((d) => [d.code, d.pointer])).toEqual([['TC1006', '#/definitions/Ping']]);
  });
});
