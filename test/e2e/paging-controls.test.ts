import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiAbortError, ParamError, type FetchLike, type JsonApiModel } from '../../src/runtime/index.js';
import type { FakeTwine } from '../fake-twine/server.js';
import { manualClock } from './runtime-fixtures.js';
import { connect, everyone, rewritingPages, fetchPatients, fetchPatientsSkipOnly, insertInFront, pageQueries, RESOURCES, startFake } from './paging-fixtures.js';

let fake: FakeTwine;
beforeAll(async () => { fake = await startFake(); });
afterAll(async () => { await fake.close(); });
beforeEach(() => { fake.state.requests.length = 0; });
afterEach(() => { fake.state.faults.clear(); vi.restoreAllMocks(); });

describe('count()', () => {
  const cases = [
    { name: 'cursor: one request with page[limit]=0', paged: fetchPatients, page: undefined, want: /page\[limit\]=0$/ },
    { name: 'skip: one request with page[size]=0', paged: fetchPatientsSkipOnly, page: undefined, want: /page\[size\]=0$/ },
    { name: 'caller chose skip: page[size]=0', paged: fetchPatients, page: { size: 20, number: 3 }, want: /page\[size\]=0$/ },
  ];
  it.each(cases)('$name', async ({ paged, page, want }) => {
    const { transport } = connect(fake);
    expect(await paged.count(transport, { ...everyone(fake), ...(page ? { page } : {}) })).toBe(RESOURCES);
    const queries = pageQueries(fake);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(want);
  });

  it('keeps the filters', async () => {
    const { transport } = connect(fake);
    const group = fake.state.data.groups[0]?.id ?? '';
    const inGroup = fake.state.data.patients.filter((p) => JSON.stringify(p.relationships).includes(group)).length;
    expect(await fetchPatients.count(transport, { filter: { groups: group } })).toBe(inGroup);
    expect(inGroup).toBeLessThan(RESOURCES);
  });
});

describe('stopping early', () => {
  it('break after the first resource sends no second page request', async () => {
    const { transport, mismatches } = connect(fake);
    for await (const patient of fetchPatients.all(transport, everyone(fake))) {
      expect(patient.id).toBe(fake.state.data.patients[0]?.id);
      break;
    }
    expect(pageQueries(fake)).toHaveLength(1);
    expect(mismatches).toEqual([]);
  });

  it('an aborted signal stops the iteration between two resources', async () => {
    const { transport } = connect(fake);
    const controller = new AbortController();
    const seen: string[] = [];
    const iterate = async (): Promise<void> => {
      for await (const patient of fetchPatients.all(transport, everyone(fake), { signal: controller.signal })) {
        seen.push(patient.id);
        if (seen.length === 75) controller.abort();
      }
    };
    await expect(iterate()).rejects.toBeInstanceOf(ApiAbortError);
    expect(seen).toHaveLength(75);
    expect(pageQueries(fake)).toHaveLength(2);
  });

  it('an abort during a page request rejects the iteration', async () => {
    const { transport } = connect(fake);
    const controller = new AbortController();
    const pages = fetchPatients.pages(transport, everyone(fake), { signal: controller.signal });
    await pages.next();
    fake.state.faults.add({ kind: 'delay', ms: 5_000, method: 'GET', path: '/patient' });
    const second = pages.next();
    setTimeout(() => controller.abort(), 20);
    await expect(second).rejects.toBeInstanceOf(ApiAbortError);
  });
});

describe('requests refused before they are sent', () => {
  const mixed = [{ limit: 50, size: 50 }, { cursor: 'x', number: 2 }];
  it.each(mixed)('a mixed page object %o is rejected with no request at all', async (page) => {
    const { transport } = connect(fake);
    const params = { ...everyone(fake), page } as never;
    await expect(fetchPatients(transport, params)).rejects.toBeInstanceOf(ParamError);
    await expect(fetchPatients.all(transport, params).next()).rejects.toThrowError(/mixes skip paging .* with cursor paging/);
    await expect(fetchPatients.pages(transport, params).next()).rejects.toBeInstanceOf(ParamError);
    await expect(fetchPatients.count(transport, params)).rejects.toBeInstanceOf(ParamError);
    expect(fake.state.requests).toEqual([]);
  });
});

describe('links.next', () => {
  const rewritingNext = (rewrite: (next: string, pageIndex: number) => string): FetchLike =>
    rewritingPages((doc, index) => {
      const links = doc['links'] as { next?: string } | undefined;
      if (links?.next !== undefined) links.next = rewrite(links.next, index);
      return doc;
    });

  it('a repeated next link stops the iteration', async () => {
    let firstNext = '';
    const { transport, mismatches } = connect(fake, {
      fetch: rewritingNext((next, i) => { if (i === 0) firstNext = next; return i >= 2 ? firstNext : next; }),
    });
    const ids: string[] = [];
    for await (const patient of fetchPatients.all(transport, everyone(fake))) ids.push(patient.id);
    expect(ids).toHaveLength(150);
    expect(pageQueries(fake)).toHaveLength(3);
    expect(mismatches).toMatchObject([{ expected: RESOURCES, unique: 150 }]);
  });

  it("a next link to the page's own URL is no next page", async () => {
    const { transport } = connect(fake, { fetch: rewritingNext(() => `${new URL(fake.url).pathname}/patient?filter[organization]=${fake.state.data.organization.id}&page[limit]=50`) });
    const first = await fetchPatients(transport, everyone(fake));
    expect(first.hasNextPage()).toBe(false);
    const ids: JsonApiModel[] = [];
    for await (const patient of fetchPatients.all(transport, everyone(fake))) ids.push(patient);
    expect(ids).toHaveLength(50);
  });

  it('relative links resolve against the base URL', async () => {
    const { transport } = connect(fake, { fetch: rewritingNext((next) => next.replace(/^\/pub\//, '')) });
    let count = 0;
    for await (const _ of fetchPatients.all(transport, { ...everyone(fake), page: { limit: 2000 } })) count += 1;
    expect(count).toBe(RESOURCES);
    expect(pageQueries(fake)).toHaveLength(5);
  });

  it('a page that fails with 503 is retried like any GET', async () => {
    const clock = manualClock();
    const { transport, mismatches } = connect(fake, { clock });
    let pages = 0;
    let count = 0;
    for await (const page of fetchPatients.pages(transport, { ...everyone(fake), page: { limit: 2500 } })) {
      if (pages === 1) fake.state.faults.add({ kind: 'status', status: 503, method: 'GET', path: '/patient', times: 2 });
      pages += 1;
      count += page.data.length;
    }
    expect(count).toBe(RESOURCES);
    expect(pageQueries(fake)).toHaveLength(4 + 2);
    expect(clock.sleeps).toHaveLength(2);
    expect(mismatches).toEqual([]);
  });
});

describe('the default count mismatch policy', () => {
  it('warns on the console when no hook is set', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { transport } = connect(fake, { hooks: {} });
    let inserted: string | undefined;
    fake.state.beforePage = ({ query }) => { if (query.get('page[number]') === '2') inserted ??= insertInFront(fake, 1); };
    try {
      for await (const _ of fetchPatientsSkipOnly.pages(transport, { ...everyone(fake), page: { size: 50 } })) { /* drain */ }
    } finally {
      // The server is shared by this file's tests: leave its data as it was.
      fake.state.beforePage = undefined;
      const at = fake.state.data.patients.findIndex((p) => p.id === inserted);
      if (at >= 0) fake.state.data.patients.splice(at, 1);
    }
    expect(inserted).toBeDefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^fetchPatients: fetched \d+ distinct resources .* but meta.count is \d+: the collection changed during skip paging/);
  });
});
