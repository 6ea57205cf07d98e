/**
 * JSON:API through the GENERATED client (fixture spec) against the fake server: relationships resolved from
 * `included`, identity-mapped, missing includes left as identifiers, meta/links/raw reachable, create bodies
 * encoded as JSON:API documents; and the package's types checked by tsc over a usage file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JsonApiModel } from '../../src/runtime/jsonapi/index.js';
import type { Resource } from '../fake-twine/data.js';
import { start, type FakeTwine } from '../fake-twine/server.js';
import { generatedClient, type GeneratedClient } from '../support/generated-client.js';
import { typecheck } from '../support/tsc.js';
import { CLIENT } from './runtime-fixtures.js';

const fixture = generatedClient('test/fixtures/e2e/twine-e2e.yaml');

let fake: FakeTwine;
let client: GeneratedClient;
beforeEach(async () => {
  fake = await start({ clients: [CLIENT] });
  client = (await fixture()).module.createClient({ baseUrl: fake.url, auth: { clientId: CLIENT.id, clientSecret: CLIENT.secret } });
});
afterEach(async () => { await fake.close(); });

type Model = JsonApiModel & Record<string, unknown>;

function dataset(): { patient: Resource; groups: Resource[]; organizationId: string } {
  const [patient] = fake.state.data.patients;
  if (patient === undefined) throw new Error('the fake server has no patients');
  return { patient, groups: fake.state.data.groups, organizationId: fake.state.data.organization.id };
}

/** A patient in two groups and one organization, with an attribute named `type`. */
function richPatient(): { patient: Resource; groupIds: string[]; organizationId: string } {
  const { patient, groups, organizationId } = dataset();
  const groupIds = groups.slice(0, 2).map((g) => g.id);
  patient.attributes = { ...patient.attributes, type: 'vip' };
  patient.relationships = {
    groups: { data: groupIds.map((id) => ({ type: 'group', id })) },
    organization: { data: { type: 'organization', id: organizationId } },
  };
  return { patient, groupIds, organizationId };
}

describe('responses', () => {
  it('resolves relationships from included, identity-mapped, and leaves linkage to what was not included as { id, type }', async () => {
    const { patient, groupIds, organizationId } = richPatient();
    const result = await client.fetchPatient!({ id: patient.id, include: ['groups'] });
    expect(fake.state.requests.at(-1)?.query).toBe('include=groups');
    const data = result.data as Model;
    const groups = data['groups'] as Model[];
    expect(groups.map((g) => [g.id, g['name']])).toEqual(groupIds.map((id, i) => [id, `Group ${i + 1}`]));
    expect(result.included).toHaveLength(2);
    expect(groups[0]).toBe(result.included?.[0]);
    // Organization was not included: the patient's and every group's link stay bare identifiers.
    expect(data['organization']).toEqual({ id: organizationId, type: 'organization' });
    expect(groups[0]?.['organization']).toEqual({ id: organizationId, type: 'organization' });
  });

  it('gives one object per included resource however often it is referenced', async () => {
    const { patient, organizationId } = richPatient();
    const result = await client.fetchPatient!({ id: patient.id, include: ['groups', 'organization'] });
    expect(fake.state.requests.at(-1)?.query).toBe('include=groups,organization');
    const data = result.data as Model;
    const organization = data['organization'] as Model;
    expect(organization).toMatchObject({ id: organizationId, type: 'organization', name: 'Fake Health' });
    const groups = data['groups'] as Model[];
    expect(groups).toHaveLength(2);
    for (const group of groups) expect(group['organization']).toBe(organization);
  });

  it('keeps the identity members and moves an attribute named `type` to $attributes', async () => {
    const { patient } = richPatient();
    const { data } = await client.fetchPatient!({ id: patient.id });
    expect(data).toMatchObject({ id: patient.id, type: 'patient', first_name: 'Patient1', $attributes: { type: 'vip' } });
  });

  it('without include, every relationship stays an identifier', async () => {
    const { patient, groups } = dataset();
    const { data, included } = await client.fetchPatient!({ id: patient.id });
    expect(included).toBeUndefined();
    expect((data as Model)['groups']).toEqual([{ id: groups[0]?.id, type: 'group' }]);
  });

  it('exposes meta (req_id, count), links and the raw document', async () => {
    const { patient } = dataset();
    const single = await client.fetchPatient!({ id: patient.id });
    expect(single.meta.req_id).toMatch(/^[0-9a-f-]{36}$/);
    expect((single.raw['data'] as { attributes: Record<string, unknown> }).attributes).toEqual(patient.attributes);

    const groups = await client.fetchGroups!({ filter: { name: 'Group 2' } });
    expect(fake.state.requests.at(-1)?.query).toBe('filter[name]=Group%202');
    expect((groups.data as Model[]).map((g) => g['name'])).toEqual(['Group 2']);
    expect(groups.meta.count).toBe(1);
    expect(groups.links['self']).toMatch(/^\/pub\/group\?filter\[name\]=Group(%20|\+)2&/);
    expect(groups.links['last']).toBe(groups.links['first']);
  });
});

describe('requests', () => {
  it('encodes a create input as a JSON:API document with the JSON:API content type', async () => {
    const [g1, g2] = fake.state.data.groups;
    const { data: model } = await client.fetchOrganization!({ id: fake.state.data.organization.id });
    expect(model).toMatchObject({ type: 'organization' });
    const group = (await client.fetchGroups!({ filter: { name: g2?.attributes['name'] } })).data as Model[];
    const created = await client.createPatient!({ body: { first_name: 'Fiona', archived: false, groups: [{ id: g1?.id }, group[0]] } });

    const sent = fake.state.requests.find((r) => r.method === 'POST' && r.path === '/patient');
    expect(sent?.headers['content-type']).toBe('application/vnd.api+json');
    expect(sent?.headers.accept).toBe('application/vnd.api+json');
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      data: {
        type: 'patient',
        attributes: { first_name: 'Fiona', archived: false },
        relationships: { groups: { data: [{ type: 'group', id: g1?.id }, { type: 'group', id: g2?.id }] } },
      },
    });
    expect(created.data).toMatchObject({ type: 'patient', first_name: 'Fiona', archived: false });
    expect(fake.state.data.patients.at(-1)?.attributes['first_name']).toBe('Fiona');
  });

  it('encodes an update with the path id and only the given attributes', async () => {
    const { patient } = dataset();
    const updated = await client.updatePatient!({ id: patient.id, body: { last_name: 'Reeves' } });
    const sent = fake.state.requests.find((r) => r.method === 'PATCH');
    expect(sent?.path).toBe(`/patient/${patient.id}`);
    expect(JSON.parse(sent?.body ?? '')).toEqual({ data: { type: 'patient', attributes: { last_name: 'Reeves' } } });
    expect(updated.data).toMatchObject({ id: patient.id, last_name: 'Reeves', first_name: 'Patient1' });
  });
});

describe('types of the generated package', () => {
  const usage = readFileSync(new URL('../fixtures/e2e/client-usage.ts.txt', import.meta.url), 'utf8');
  // `// misuse TS2322: ...` tags the line tsc must reject, with the error it must give.
  const misuse = usage.split('\n').flatMap((line, index) => {
    const code = /\/\/ misuse (TS\d+): /.exec(line)?.[1];
    return code === undefined ? [] : [`${index + 1} ${code}`];
  });

  it('compiles the usage file, so every @ts-expect-error line is an error', async () => {
    const { dir } = await fixture();
    writeFileSync(join(dir, 'src', 'client-usage.ts'), usage);
    expect(misuse).toHaveLength(5);
    expect(typecheck(dir)).toEqual({ status: 0, output: '' });
  });

  it('reports an error on exactly the misuse lines once their directives are removed', async () => {
    const { dir } = await fixture();
    // Blanking the directive lines keeps line numbers, so errors can be matched to the misuse lines.
    writeFileSync(join(dir, 'src', 'client-usage.ts'), usage.replace(/^\s*\/\/ @ts-expect-error\s*$/gm, ''));
    const { status, output } = typecheck(dir);
    expect(status).not.toBe(0);
    const errors = [...output.matchAll(/client-usage\.ts\((\d+),\d+\): error (TS\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(errors).toEqual(misuse);
  });
});
