import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeId, makePatient } from './data.js';
import { DEFAULT_CLIENT, start, type FakeTwine } from './server.js';

let fake: FakeTwine;
let bearer: string;
beforeAll(async () => {
  fake = await start({ patients: 23 });
  const res = await fetch(`${fake.url}/oauth/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: DEFAULT_CLIENT.id, client_secret: DEFAULT_CLIENT.secret }),
  });
  bearer = ((await res.json()) as { data: { attributes: { access_token: string } } }).data.attributes.access_token;
});
afterAll(async () => { await fake.close(); });

async function get(pathAndQuery: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${fake.url}${pathAndQuery}`, { headers: { authorization: `Bearer ${bearer}` } });
  return { status: res.status, body: await res.json() };
}

const org = (): string => `filter[organization]=${fake.state.data.organization.id}`;

describe('fake Twine paging', () => {
  it('skip paging: links first/last/prev/next and meta.count', async () => {
    const { body } = await get(`/patient?${org()}&page[size]=10&page[number]=2`);
    expect(body.meta.count).toBe(23);
    expect(body.data).toHaveLength(10);
    expect(body.links).toEqual({
      self: `/pub/patient?${org()}&page[number]=2&page[size]=10`, first: `/pub/patient?${org()}&page[number]=1&page[size]=10`,
      last: `/pub/patient?${org()}&page[number]=3&page[size]=10`, prev: `/pub/patient?${org()}&page[number]=1&page[size]=10`,
      next: `/pub/patient?${org()}&page[number]=3&page[size]=10`,
    });
  });

  it.each(['page[size]=0', 'page[limit]=0'])('%s returns only the count', async (page) => {
    const { body } = await get(`/patient?${org()}&${page}`);
    expect(body).toMatchObject({ data: [], meta: { count: 23 } });
  });

  it.each([
    { query: 'page[size]=5&page[limit]=5', detail: /mix/ },
    { query: 'page[size]=51', detail: /page\[size\]/ },
    { query: 'page[cursor]=bm9wZQ', detail: /cursor/ },
  ])('400 for $query', async ({ query, detail }) => {
    const { status, body } = await get(`/patient?${org()}&${query}`);
    expect(status).toBe(400);
    expect(body.errors[0].detail).toMatch(detail);
  });

  it('cursor paging sees a resource inserted mid-iteration exactly once, accepting page[after] too', async () => {
    const seen: string[] = [];
    let link: string | undefined = `/patient?${org()}&page[limit]=10`;
    let inserted = false;
    fake.state.beforePage = () => {
      if (seen.length === 10 && !inserted) {
        inserted = true;
        fake.state.data.patients.push(makePatient(makeId('58163112', 999), 0, fake.state.data.groups));
      }
    };
    while (link) {
      const { body } = await get(link.replace(/^\/pub/, '').replace('page[cursor]', seen.length > 10 ? 'page[after]' : 'page[cursor]'));
      seen.push(...body.data.map((p: { id: string }) => p.id));
      link = body.links.next;
    }
    fake.state.beforePage = undefined;
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
  });

  it('sends errors as one object for a missing resource, as the spec declares', async () => {
    const { status, body } = await get('/patient/nope');
    expect(status).toBe(404);
    expect(Array.isArray(body.errors)).toBe(false);
    expect(body.errors.code).toBe('ResourceNotFound');
  });

  it('403 for a token request with another content type; 401 without a bearer token', async () => {
    const res = await fetch(`${fake.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(res.status).toBe(403);
    expect((await fetch(`${fake.url}/group`)).status).toBe(401);
  });
});
