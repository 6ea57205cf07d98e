import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bindPaged } from '../../src/runtime/index.js';
import type { FakeTwine } from '../fake-twine/server.js';
import { connect, duplicatesOf, everyone, fetchPatients, fetchPatientsSkipOnly, pageQueries, RESOURCES, startFake } from './paging-fixtures.js';

let fake: FakeTwine;
beforeAll(async () => { fake = await startFake(); });
afterAll(async () => { await fake.close(); });
beforeEach(() => { fake.state.requests.length = 0; });

describe('every resource exactly once', () => {
  const cases = [
    { name: 'cursor, chosen by the client (page[limit]=50)', paged: fetchPatients, page: undefined, pages: 200, first: /page\[limit\]=50$/ },
    { name: 'cursor, chosen by the caller', paged: fetchPatients, page: { limit: 40 }, pages: 250, first: /page\[limit\]=40$/ },
    { name: 'skip, chosen by the caller', paged: fetchPatients, page: { size: 50, number: 1 }, pages: 200, first: /page\[size\]=50&page\[number\]=1$/ },
    { name: 'skip, the only strategy (server default size 10)', paged: fetchPatientsSkipOnly, page: undefined, pages: 1000, first: /organization\]=[0-9a-f]+$/ },
  ];
  it.each(cases)('$name', async ({ paged, page, pages, first }) => {
    const { transport, mismatches } = connect(fake, { onCountMismatch: 'throw' });
    const ids: string[] = [];
    for await (const patient of paged.all(transport, { ...everyone(fake), ...(page ? { page } : {}) })) ids.push(patient.id);
    expect(ids).toHaveLength(RESOURCES);
    expect(new Set(ids)).toEqual(new Set(fake.state.data.patients.map((p) => p.id)));
    expect(duplicatesOf(ids)).toEqual([]);
    expect(mismatches).toEqual([]);
    const queries = pageQueries(fake);
    expect(queries).toHaveLength(pages);
    expect(queries[0]).toMatch(first);
  });

  it('decodes pages into models and exposes meta, links, hasNextPage and nextPage', async () => {
    const { transport } = connect(fake);
    const client = { fetchPatients: bindPaged(transport, fetchPatients) };
    const first = await client.fetchPatients({ ...everyone(fake), include: ['groups'] } as never);
    expect(first.data).toHaveLength(50);
    expect(first.data[0]).toMatchObject({ type: 'patient', id: fake.state.data.patients[0]?.id, first_name: 'Patient1', groups: [{ type: 'group', name: 'Group 1' }] });
    expect(first.meta.count).toBe(RESOURCES);
    expect(first.links['next']).toMatch(/^\/pub\/patient\?.*page\[cursor\]=/);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.nextPage();
    expect(second?.data[0]?.id).toBe(fake.state.data.patients[50]?.id);
    expect(pageQueries(fake)[1]).toContain('include=groups');
  });

  it('pages() yields pages, the last without a next page', async () => {
    const { transport } = connect(fake);
    const sizes: number[] = [];
    let last;
    for await (const page of fetchPatients.pages(transport, { ...everyone(fake), page: { limit: 1000 } })) {
      sizes.push(page.data.length);
      last = page;
    }
    expect(sizes).toEqual(Array.from({ length: 10 }, () => 1000));
    expect(last?.hasNextPage()).toBe(false);
    expect(await last?.nextPage()).toBeUndefined();
  });

  it('an empty collection ends after one request', async () => {
    const { transport, mismatches } = connect(fake);
    const ids: string[] = [];
    for await (const patient of fetchPatients.all(transport, { filter: { groups: 'no-such-group' } })) ids.push(patient.id);
    expect(ids).toEqual([]);
    expect(pageQueries(fake)).toHaveLength(1);
    expect(mismatches).toEqual([]);
  });
});
