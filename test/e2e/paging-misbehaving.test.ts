/**
 * Paging against servers that misbehave as real ones do: success statuses without a collection, links that
 * cycle, leave the origin or spell one page two ways, and callers that start mid-collection or pass junk.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, InvalidResponseError, ParamError, type CountMismatchPolicy, type Page } from '../../src/runtime/index.js';
import { encodeCursor } from '../fake-twine/paging.js';
import type { FakeTwine } from '../fake-twine/server.js';
import { connect, everyone, fetchPatients, fetchPatientsSkipOnly, pageQueries, RESOURCES, rewritingPages, startFake } from './paging-fixtures.js';

let fake: FakeTwine;
beforeAll(async () => { fake = await startFake(); });
afterAll(async () => { await fake.close(); });
beforeEach(() => { fake.state.requests.length = 0; });
afterEach(() => { vi.restoreAllMocks(); });

const orgQuery = (): string => `filter[organization]=${fake.state.data.organization.id}`;
const pathPrefix = (): string => new URL(fake.url).pathname;

async function drain<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

describe('a success status without a collection fails the iteration, after what came before it', () => {
  const bodies: { name: string; body: unknown; message: RegExp }[] = [
    { name: 'an HTML maintenance page', body: '<html><body>Down for maintenance</body></html>', message: /returned a text\/html body where a JSON:API document was expected/ },
    { name: 'an empty object', body: {}, message: /the document has no "data"/ },
    { name: 'errors with a 200', body: { errors: [{ detail: 'Search backend unavailable' }], meta: { req_id: 'req-9' } }, message: /returned errors with a success status: Search backend unavailable \(req_id req-9\)/ },
  ];
  const cases = [false, true].flatMap((readAhead) => bodies.map((b) => ({ ...b, readAhead })));
  it.each(cases)('$name on page 2 (readAhead: $readAhead)', async ({ body, message, readAhead }) => {
    const { transport, mismatches } = connect(fake, { fetch: rewritingPages((doc, i) => (i === 1 ? body : doc)) });
    const { items, error } = await drain(fetchPatients.all(transport, everyone(fake), { readAhead }));
    expect(items).toHaveLength(50);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as InvalidResponseError).message).toMatch(message);
    expect((error as InvalidResponseError).status).toBe(200);
    expect((error as InvalidResponseError).url).toContain('/patient?');
    expect(mismatches).toEqual([]);
  });

  it('the first page call rejects the same way', async () => {
    const { transport } = connect(fake, { fetch: rewritingPages(() => '<html></html>') });
    await expect(fetchPatients(transport, everyone(fake))).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

describe('links.next that must not be followed as given', () => {
  let other: Server;
  let otherUrl = '';
  let otherHits = 0;
  beforeAll(async () => {
    other = createServer((_req, res) => { otherHits += 1; res.end('{}'); });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://localhost:${(other.address() as AddressInfo).port}`;
  });
  afterAll(async () => { await new Promise((resolve) => other.close(resolve)); });

  it('a link to another origin is an InvalidResponseError, and the other host gets no request', async () => {
    const { transport } = connect(fake, { fetch: rewritingPages((doc) => ({ ...doc, links: { next: `${otherUrl}/pub/patient?page[cursor]=x` } })) });
    const first = await fetchPatients(transport, everyone(fake));
    expect(first.hasNextPage()).toBe(true);
    await expect(first.nextPage()).rejects.toThrowError(/links\.next outside http:\/\/127\.0\.0\.1:\d+; it is not followed/);
    const { items, error } = await drain(fetchPatients.all(transport, everyone(fake)));
    expect(items).toHaveLength(50);
    expect(error).toBeInstanceOf(InvalidResponseError);
    // With readAhead the refusal comes at the same point: after the page's resources, with no request sent.
    const ahead = await drain(fetchPatients.all(transport, everyone(fake), { readAhead: true }));
    expect(ahead.items).toHaveLength(50);
    expect(ahead.error).toBeInstanceOf(InvalidResponseError);
    expect(otherHits).toBe(0);
  });

  it('a manual nextPage() loop ends when the links cycle (A -> B -> A)', async () => {
    const first = `${pathPrefix()}/patient?${orgQuery()}&page[limit]=50`;
    let second = '';
    const { transport } = connect(fake, {
      fetch: rewritingPages((doc, i) => {
        const links = doc['links'] as { next: string };
        if (i === 0) second = links.next;
        return { ...doc, links: { next: i === 0 ? second : first } };
      }),
    });
    let page: Page<unknown, unknown> = await fetchPatients(transport, everyone(fake));
    let fetched = 1;
    while (page.hasNextPage() && fetched < 10) {
      page = (await page.nextPage())!;
      fetched += 1;
    }
    expect(fetched).toBe(2);
    expect(pageQueries(fake)).toHaveLength(2);
  });

  const spellings: { name: string; rewrite: (url: string) => string }[] = [
    { name: 'with a fragment', rewrite: (url) => `${url}#again` },
    { name: 'with escaped brackets', rewrite: (url) => url.replace(/\[/g, '%5B').replace(/\]/g, '%5D') },
    { name: 'with its query parameters reordered', rewrite: (url) => `${url.slice(0, url.indexOf('?'))}?${url.slice(url.indexOf('?') + 1).split('&').reverse().join('&')}` },
    { name: 'with an empty query parameter', rewrite: (url) => url.replace('&', '&&') },
  ];
  it.each(spellings)("a next link to the page's own URL $name is no next page", async ({ rewrite }) => {
    const own = `${pathPrefix()}/patient?${orgQuery()}&page[limit]=50`;
    const { transport } = connect(fake, { fetch: rewritingPages((doc) => ({ ...doc, links: { next: rewrite(own) } })) });
    const first = await fetchPatients(transport, everyone(fake));
    expect(first.hasNextPage()).toBe(false);
  });

  it("a query-only link keeps the page's path", async () => {
    const { transport } = connect(fake, {
      fetch: rewritingPages((doc) => {
        const links = doc['links'] as { next?: string };
        return links.next === undefined ? doc : { ...doc, links: { next: links.next.slice(links.next.indexOf('?')) } };
      }),
    });
    const { items, error } = await drain(fetchPatients.all(transport, { ...everyone(fake), page: { limit: 2500 } }));
    expect(error).toBeUndefined();
    expect(items).toHaveLength(RESOURCES);
    expect(pageQueries(fake)).toHaveLength(4);
  });
});

describe('the count check runs only for walks from the first page', () => {
  const starts: { name: string; paged: typeof fetchPatients; page: Record<string, unknown> }[] = [
    { name: 'skip from page 190', paged: fetchPatientsSkipOnly, page: { size: 50, number: 190 } },
    { name: 'cursor after a given resource', paged: fetchPatients, page: { limit: 2500, cursor: '' } },
  ];
  it.each(starts)('$name: no mismatch is reported', async ({ paged, page }) => {
    const after = encodeCursor(fake.state.data.patients[4999]?.id ?? '');
    const { transport, mismatches } = connect(fake, { onCountMismatch: 'throw' });
    const params = { ...everyone(fake), page: 'cursor' in page ? { ...page, cursor: after } : page };
    const { items, error } = await drain(paged.all(transport, params as never));
    expect(error).toBeUndefined();
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(RESOURCES);
    expect(mismatches).toEqual([]);
  });
});

describe('caller input refused before any request', () => {
  const pages: { name: string; page: unknown; message: RegExp }[] = [
    { name: 'size 0 in .all()', page: { size: 0 }, message: /page size 0 asks the API for meta.count only.*use \.count\(\)/ },
    { name: 'limit 0 in .all()', page: { limit: 0 }, message: /page size 0/ },
    { name: 'a negative limit', page: { limit: -1 }, message: /page\.limit must be a whole number of at least 0 \(got -1\)/ },
    { name: 'a fractional size', page: { size: 1.5 }, message: /page\.size must be a whole number/ },
    { name: 'NaN', page: { limit: Number.NaN }, message: /page\.limit must be a whole number/ },
    { name: 'a string number', page: { limit: '50' }, message: /page\.limit must be a whole number of at least 0 \(got string\)/ },
    { name: 'page number 0', page: { size: 10, number: 0 }, message: /page\.number must be a whole number of at least 1/ },
    { name: 'page as a string', page: 'x', message: /`page` must be an object/ },
    { name: 'page as an array', page: [50], message: /`page` must be an object/ },
  ];
  it.each(pages)('$name', async ({ page, message }) => {
    const { transport } = connect(fake);
    const { error } = await drain(fetchPatients.all(transport, { ...everyone(fake), page } as never));
    expect(error).toBeInstanceOf(ParamError);
    expect((error as Error).message).toMatch(message);
    expect(fake.state.requests).toEqual([]);
  });

  it('a misspelt onCountMismatch', async () => {
    const { transport } = connect(fake, { onCountMismatch: 'error' as CountMismatchPolicy });
    const { error } = await drain(fetchPatients.all(transport, everyone(fake)));
    expect(error).toBeInstanceOf(ParamError);
    expect((error as Error).message).toMatch(/onCountMismatch must be 'warn', 'throw' or 'ignore' \(got error\)/);
    expect(fake.state.requests).toEqual([]);
  });
});

it('count() reads a meta.count sent as a string of digits', async () => {
  const { transport } = connect(fake, {
    fetch: rewritingPages((doc) => ({ ...doc, meta: { ...(doc['meta'] as object), count: String(RESOURCES) } })),
  });
  expect(await fetchPatients.count(transport, everyone(fake))).toBe(RESOURCES);
});
