/**
 * The GENERATED client (fixture spec in the real spec's style, and the seed spec) against the fake Twine
 * server: tokens, single-flight, 401 renewal, retries, timeouts and abort, errors. Secrets are searched for
 * in generated-secrets.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError as SourceApiError } from '../../src/runtime/errors.js';
import type { ClientOptions } from '../../src/runtime/options.js';
import { start, type FakeTwine } from '../fake-twine/server.js';
import { generatedClient, type GeneratedApiError, type GeneratedClient } from '../support/generated-client.js';
import { CLIENT, manualClock } from './runtime-fixtures.js';

const fixture = generatedClient('test/fixtures/e2e/twine-e2e.yaml');
const seed = generatedClient('spec/twine.yaml', { lenient: true });

let fake: FakeTwine;
beforeEach(async () => { fake = await start({ clients: [CLIENT] }); });
afterEach(async () => { await fake.close(); });

const auth = { clientId: CLIENT.id, clientSecret: CLIENT.secret };

async function fixtureClient(extra: Partial<ClientOptions> = {}): Promise<GeneratedClient> {
  const { module } = await fixture();
  return module.createClient({ baseUrl: fake.url, auth, ...extra });
}

function firstPatientId(): string {
  const id = fake.state.data.patients[0]?.id;
  if (id === undefined) throw new Error('the fake server has no patients');
  return id;
}

const caught = (promise: Promise<unknown>): Promise<GeneratedApiError> =>
  promise.then(() => { throw new Error('expected a rejection'); }, (error: unknown) => error as GeneratedApiError);

describe('the generated package', () => {
  it('takes its token URL and base URL from the spec', async () => {
    const { module } = await fixture();
    expect(module.clientDefaults).toEqual({ baseUrl: 'https://api.twinehealth.com/pub', tokenUrl: '/oauth/token' });
  });

  it('runs its own runtime copy, not the generator sources', async () => {
    const { module } = await fixture();
    const error = await caught((await fixtureClient()).fetchPatient!({ id: 'missing' }));
    expect(error).toBeInstanceOf(module.NotFoundError);
    expect(error).toBeInstanceOf(module.ApiError);
    expect(error).not.toBeInstanceOf(SourceApiError);
  });
});

describe('tokens', () => {
  it('requests a token on first use (JSON:API body) and sends it as a bearer token', async () => {
    const client = await fixtureClient();
    expect(fake.state.tokens.requests).toHaveLength(0);
    const id = firstPatientId();
    const { data } = await client.fetchPatient!({ id });
    expect(data).toMatchObject({ id, type: 'patient' });
    expect(fake.state.tokens.requests).toEqual([{ contentType: 'application/vnd.api+json', grantType: 'client_credentials', status: 201 }]);
    const tokenRequest = fake.state.requests.find((r) => r.path === '/oauth/token');
    expect(JSON.parse(tokenRequest?.body ?? '')).toEqual({
      data: { type: 'token', attributes: { grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret } },
    });
    const apiRequest = fake.state.requests.find((r) => r.path === `/patient/${id}`);
    expect(apiRequest?.headers.authorization).toMatch(/^Bearer [0-9a-f-]{36}$/);
    expect(apiRequest?.headers.accept).toBe('application/vnd.api+json');
  });

  it('shares exactly one token request among 100 concurrent calls on a cold client', async () => {
    const client = await fixtureClient();
    const id = firstPatientId();
    const results = await Promise.all(Array.from({ length: 100 }, () => client.fetchPatient!({ id })));
    expect(results.map((r) => (r.data as { id: string }).id)).toEqual(Array(100).fill(id));
    expect(fake.state.count('POST', '/oauth/token')).toBe(1);
    expect(fake.state.count('GET', `/patient/${id}`)).toBe(100);
  });

  it('renews with the refresh_token grant shortly before expiry, not earlier', async () => {
    const clock = manualClock();
    const client = await fixtureClient({ clock });
    const id = firstPatientId();
    await client.fetchPatient!({ id });
    clock.advance(3600_000 - 120_000);
    await client.fetchPatient!({ id });
    expect(fake.state.tokens.requests.map((r) => r.grantType)).toEqual(['client_credentials']);
    clock.advance(90_000);
    await client.fetchPatient!({ id });
    expect(fake.state.tokens.requests.map((r) => `${r.grantType}:${r.status}`)).toEqual(['client_credentials:201', 'refresh_token:201']);
  });

  it('on a 401 renews the token once and retries the call once', async () => {
    const client = await fixtureClient();
    const id = firstPatientId();
    await client.fetchPatient!({ id });
    fake.state.expireAllTokens();
    const { data } = await client.fetchPatient!({ id });
    expect(data).toMatchObject({ id });
    expect(fake.state.tokens.requests.map((r) => r.grantType)).toEqual(['client_credentials', 'refresh_token']);
    expect(fake.state.count('GET', `/patient/${id}`)).toBe(3);
  });

  it('surfaces a second 401 as UnauthorizedError', async () => {
    const { module } = await fixture();
    const client = await fixtureClient();
    await client.transport.tokenId();
    fake.state.faults.add({ kind: 'status', status: 401, path: /^\/patient\//, times: 5 });
    const error = await caught(client.fetchPatient!({ id: 'p' }));
    expect(error).toBeInstanceOf(module.UnauthorizedError);
    expect(error.status).toBe(401);
    expect(fake.state.count('GET', '/patient/p')).toBe(2);
  });

  it('reaches the token routes with the token id', async () => {
    const client = await fixtureClient();
    const tokenId = await client.transport.tokenId();
    const groups = await client.fetchTokenGroups!({ id: tokenId });
    expect((groups.data as { type: string }[]).map((g) => g.type)).toEqual(['group', 'group', 'group']);
    expect(groups.meta.count).toBe(3);
    const organization = await client.fetchTokenOrganization!({ id: tokenId });
    expect(organization.data).toMatchObject({ id: fake.state.data.organization.id, type: 'organization', name: 'Fake Health' });
  });
});

describe('retries', () => {
  it('retries a GET after 429 and 503, waiting what Retry-After says, then backoff', async () => {
    const clock = manualClock();
    const client = await fixtureClient({ clock });
    await client.transport.tokenId();
    fake.state.faults.add({ kind: 'status', status: 429, retryAfter: '3', path: '/group' });
    fake.state.faults.add({ kind: 'status', status: 503, path: '/group' });
    const groups = await client.fetchGroups!({ filter: { name: 'Group 2' } });
    expect((groups.data as { name?: unknown }[]).map((g) => g.name)).toEqual(['Group 2']);
    expect(fake.state.count('GET', '/group')).toBe(3);
    expect(clock.sleeps).toEqual([3000, 750]); // Retry-After, then the first backoff step (1000) with jitter 0.5
  });

  it('never retries POST or PATCH', async () => {
    const { module } = await fixture();
    const client = await fixtureClient({ clock: manualClock() });
    await client.transport.tokenId();
    fake.state.faults.add({ kind: 'status', status: 503, method: 'POST', path: '/patient' });
    expect(await caught(client.createPatient!({ body: { first_name: 'Fiona' } }))).toBeInstanceOf(module.InternalServerError);
    fake.state.faults.add({ kind: 'drop', method: 'POST', path: '/patient' });
    expect(await caught(client.createPatient!({ body: { first_name: 'Fiona' } }))).toBeInstanceOf(module.ApiConnectionError);
    const id = firstPatientId();
    fake.state.faults.add({ kind: 'status', status: 429, retryAfter: '1', method: 'PATCH' });
    expect(await caught(client.updatePatient!({ id, body: { last_name: 'Reeves' } }))).toBeInstanceOf(module.RateLimitError);
    expect(fake.state.count('POST', '/patient')).toBe(2);
    expect(fake.state.count('PATCH', `/patient/${id}`)).toBe(1);
    expect(fake.state.data.patients.some((p) => p.attributes['first_name'] === 'Fiona')).toBe(false);
  });
});

describe('timeouts and abort', () => {
  it('times out a slow response per call', async () => {
    const { module } = await fixture();
    const client = await fixtureClient({ retry: false });
    await client.transport.tokenId();
    fake.state.faults.add({ kind: 'delay', ms: 5000, path: /^\/patient\// });
    const error = await caught(client.fetchPatient!({ id: 'p' }, { timeoutMs: 50 }));
    expect(error).toBeInstanceOf(module.ApiTimeoutError);
    expect(error.message).toMatch(/timed out after 50 ms: GET http:\/\/127\.0\.0\.1:\d+\/pub\/patient\/p/);
    expect(fake.state.count('GET', '/patient/p')).toBe(1);
  });

  it('aborts with the caller signal and does not retry', async () => {
    const { module } = await fixture();
    const client = await fixtureClient();
    await client.transport.tokenId();
    fake.state.faults.add({ kind: 'delay', ms: 5000, path: /^\/patient\// });
    const controller = new AbortController();
    const pending = caught(client.fetchPatient!({ id: 'p' }, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toBeInstanceOf(module.ApiAbortError);
    expect(fake.state.count('GET', '/patient/p')).toBe(1);
  });
});

describe('errors', () => {
  it('carries status, errors[] (an array though the body has one object), reqId, method, url and a readable message', async () => {
    const { module } = await fixture();
    const error = await caught((await fixtureClient()).fetchOrganization!({ id: 'nope' }));
    expect(error).toBeInstanceOf(module.NotFoundError);
    const sent = fake.state.requests.find((r) => r.path === '/organization/nope');
    expect(sent).toBeDefined();
    expect(error).toMatchObject({
      status: 404, method: 'GET', url: `${fake.url}/organization/nope`,
      errors: [{ status: '404', code: 'ResourceNotFound', detail: 'No organization with id nope' }],
    });
    expect(error.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toBe(`404 Not Found: No organization with id nope (req_id ${error.reqId})`);
  });

  it('reads an errors array as sent', async () => {
    const { module } = await fixture();
    const client = await fixtureClient({ retry: false });
    await client.transport.tokenId();
    fake.state.faults.add({ kind: 'status', status: 503, path: '/group' });
    const error = await caught(client.fetchGroups!({}));
    expect(error).toBeInstanceOf(module.InternalServerError);
    expect(error.errors).toEqual([{ status: '503', code: 'ServiceUnavailable', detail: 'Injected 503' }]);
    expect(error.message).toMatch(/^503 Service Unavailable: Injected 503 \(req_id [0-9a-f-]{36}\)$/);
  });
});

describe('the client generated from the seed spec (lenient)', () => {
  // The seed has `POST /oauth/token` but no securityDefinitions, so its client knows no token URL (see
  // the last test); these tests pass the seed's documented token path.
  const seedClient = async (): Promise<GeneratedClient> => (await seed()).module.createClient({ baseUrl: fake.url, auth, tokenUrl: '/oauth/token' });

  it('fetches the token groups and organization from the fake server', async () => {
    const client = await seedClient();
    const tokenId = await client.transport.tokenId();
    expect(tokenId).toMatch(/^[0-9a-f]{24}$/);
    // The seed declares neither produces JSON:API nor response schemas: results are the documents as sent.
    const groups = (await client.fetchTokenGroups!({ id: tokenId })) as unknown as { data: { id: string }[]; meta: { count: number } };
    expect(groups.data.map((g) => g.id)).toEqual(fake.state.data.groups.map((g) => g.id));
    expect(groups.meta.count).toBe(3);
    const organization = (await client.fetchTokenOrganization!({ id: tokenId })) as unknown as { data: { id: string } };
    expect(organization.data.id).toBe(fake.state.data.organization.id);
    expect(fake.state.tokens.requests).toEqual([{ contentType: 'application/vnd.api+json', grantType: 'client_credentials', status: 201 }]);
    expect(fake.state.requests.find((r) => r.path.endsWith('/groups'))?.headers.authorization).toMatch(/^Bearer [0-9a-f-]{36}$/);
  });

  it('shares one token request among 100 concurrent calls on a cold client', async () => {
    const client = await seedClient();
    await Promise.all(Array.from({ length: 100 }, async () => client.fetchTokenOrganization!({ id: await client.transport.tokenId() })));
    expect(fake.state.count('POST', '/oauth/token')).toBe(1);
    expect(fake.state.count('GET', /^\/oauth\/token\/[0-9a-f]{24}\/organization$/)).toBe(100);
  });

  it('renews once on a 401; the renewed token has a new id, so the old id is then a 404', async () => {
    const { module } = await seed();
    const client = await seedClient();
    const oldId = await client.transport.tokenId();
    fake.state.expireAllTokens();
    expect(await caught(client.fetchTokenGroups!({ id: oldId }))).toBeInstanceOf(module.NotFoundError);
    expect(fake.state.tokens.requests.map((r) => r.grantType)).toEqual(['client_credentials', 'refresh_token']);
    expect(fake.state.count('GET', `/oauth/token/${oldId}/groups`)).toBe(2);
    const newId = await client.transport.tokenId();
    expect(newId).not.toBe(oldId);
    const groups = (await client.fetchTokenGroups!({ id: newId })) as unknown as { data: unknown[] };
    expect(groups.data).toHaveLength(3);
  });

  it('reports another token id as a 404 NotFoundError with errors[]', async () => {
    const { module } = await seed();
    const error = await caught((await seedClient()).fetchTokenGroups!({ id: 'other-token' }));
    expect(error).toBeInstanceOf(module.NotFoundError);
    expect(error.errors).toEqual([{ status: '404', code: 'ResourceNotFound', detail: 'No token with id other-token' }]);
  });

  // The seed declares no securityDefinitions; its `POST /oauth/token` (createToken) is the token endpoint.
  it('obtains a token with no tokenUrl option (token URL from the POST /oauth/token operation)', async () => {
    const client = (await seed()).module.createClient({ baseUrl: fake.url, auth });
    expect(await client.transport.tokenId()).toMatch(/^[0-9a-f]{24}$/);
  });
});
