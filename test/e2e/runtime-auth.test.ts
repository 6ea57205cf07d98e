import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTransport } from '../../src/runtime/index.js';
import { UnauthorizedError } from '../../src/runtime/errors.js';
import { start, type FakeTwine } from '../fake-twine/server.js';
import { CLIENT, DEFAULTS, manualClock, ops } from './runtime-fixtures.js';

let fake: FakeTwine;
beforeEach(async () => { fake = await start({ clients: [CLIENT] }); });
afterEach(async () => { await fake.close(); });

const auth = { clientId: CLIENT.id, clientSecret: CLIENT.secret };

describe('tokens', () => {
  it('requests a token on first use with the JSON:API body and sends it as a bearer token', async () => {
    const transport = createTransport({ baseUrl: fake.url, auth }, DEFAULTS);
    expect(fake.state.tokens.requests).toHaveLength(0);
    const patient = (await transport.call(ops.fetchPatient, { id: fake.state.data.patients[0]?.id })) as { data: { id: string } };
    expect(patient.data.id).toBe(fake.state.data.patients[0]?.id);
    expect(fake.state.tokens.requests).toEqual([{ contentType: 'application/vnd.api+json', grantType: 'client_credentials', status: 201 }]);
    const tokenRequest = fake.state.requests.find((r) => r.path === '/oauth/token');
    expect(JSON.parse(tokenRequest?.body ?? '')).toEqual({ data: { type: 'token', attributes: { grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret } } });
    const apiRequest = fake.state.requests.find((r) => r.path.startsWith('/patient/'));
    expect(apiRequest?.headers.authorization).toMatch(/^Bearer [0-9a-f-]{36}$/);
    expect(apiRequest?.headers.accept).toBe('application/vnd.api+json');
  });

  it('shares one token request among 100 concurrent calls on a cold client', async () => {
    const transport = createTransport({ baseUrl: fake.url, auth }, DEFAULTS);
    const id = fake.state.data.patients[1]?.id;
    const results = await Promise.all(Array.from({ length: 100 }, () => transport.call(ops.fetchPatient, { id })));
    expect(results).toHaveLength(100);
    expect(fake.state.count('POST', '/oauth/token')).toBe(1);
    expect(fake.state.count('GET', `/patient/${id}`)).toBe(100);
  });

  it('renews with the refresh_token grant shortly before expiry', async () => {
    const clock = manualClock();
    const transport = createTransport({ baseUrl: fake.url, auth, clock }, DEFAULTS);
    const id = fake.state.data.patients[0]?.id;
    await transport.call(ops.fetchPatient, { id });
    clock.advance(3600_000 - 120_000);
    await transport.call(ops.fetchPatient, { id });
    expect(fake.state.tokens.requests.map((r) => r.grantType)).toEqual(['client_credentials']);
    clock.advance(90_000); // within the last minute of the token's life
    await transport.call(ops.fetchPatient, { id });
    expect(fake.state.tokens.requests.map((r) => r.grantType)).toEqual(['client_credentials', 'refresh_token']);
    const refreshBody = JSON.parse(fake.state.requests.filter((r) => r.path === '/oauth/token')[1]?.body ?? '') as { data: { attributes: Record<string, string> } };
    expect(refreshBody.data.attributes).toMatchObject({ grant_type: 'refresh_token', client_id: CLIENT.id });
    expect(refreshBody.data.attributes['client_secret']).toBeUndefined();
  });

  it('falls back to client_credentials once when the refresh is refused', async () => {
    const clock = manualClock();
    const transport = createTransport({ baseUrl: fake.url, auth, clock }, DEFAULTS);
    const id = fake.state.data.patients[0]?.id;
    await transport.call(ops.fetchPatient, { id });
    for (const token of fake.state.tokens.tokens.values()) token.revoked = true; // refresh tokens die with it
    clock.advance(3600_000);
    await transport.call(ops.fetchPatient, { id });
    expect(fake.state.tokens.requests.map((r) => `${r.grantType}:${r.status}`)).toEqual(['client_credentials:201', 'refresh_token:401', 'client_credentials:201']);
  });

  it('on 401 refreshes once and retries once', async () => {
    const transport = createTransport({ baseUrl: fake.url, auth }, DEFAULTS);
    const id = fake.state.data.patients[0]?.id;
    await transport.call(ops.fetchPatient, { id });
    fake.state.expireAllTokens();
    await transport.call(ops.fetchPatient, { id });
    expect(fake.state.tokens.requests.map((r) => r.grantType)).toEqual(['client_credentials', 'refresh_token']);
    expect(fake.state.count('GET', `/patient/${id}`)).toBe(3);
  });

  it('surfaces a second 401 as UnauthorizedError', async () => {
    const transport = createTransport({ baseUrl: fake.url, auth }, DEFAULTS);
    await transport.tokenId();
    fake.state.faults.add({ kind: 'status', status: 401, path: /^\/patient/, times: 5 });
    const error = await transport.call(ops.fetchPatient, { id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(fake.state.count('GET', '/patient/x')).toBe(2);
    expect(fake.state.count('POST', '/oauth/token')).toBe(2);
  });

  it('falls back to the flat application/json body when the server refuses the JSON:API form', async () => {
    await fake.close();
    fake = await start({ clients: [CLIENT], tokenContentTypes: ['application/json'] });
    const transport = createTransport({ baseUrl: fake.url, auth }, DEFAULTS);
    await transport.call(ops.fetchPatient, { id: fake.state.data.patients[0]?.id });
    fake.state.expireAllTokens();
    await transport.call(ops.fetchPatient, { id: fake.state.data.patients[0]?.id });
    expect(fake.state.tokens.requests.map((r) => `${r.contentType}:${r.status}`)).toEqual([
      'application/vnd.api+json:403', 'application/json:201', 'application/json:201',
    ]);
    const flat = fake.state.requests.filter((r) => r.path === '/oauth/token')[1];
    expect(JSON.parse(flat?.body ?? '')).toEqual({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret });
  });

  it('uses a given access token, and a token function with forceRefresh after a 401', async () => {
    const seed = createTransport({ baseUrl: fake.url, auth }, DEFAULTS);
    const tokenId = await seed.tokenId();
    const [issued] = [...fake.state.tokens.tokens.values()];
    const given = createTransport({ baseUrl: fake.url, auth: { accessToken: issued?.accessToken ?? '' } }, DEFAULTS);
    const groups = (await given.call(ops.fetchTokenGroups, { id: tokenId })) as { data: unknown[] };
    expect(groups.data).toHaveLength(3);

    const asked: boolean[] = [];
    const provider = createTransport({
      baseUrl: fake.url,
      auth: async ({ forceRefresh }) => { asked.push(forceRefresh); return forceRefresh ? (issued?.accessToken ?? '') : 'stale-token'; },
    }, DEFAULTS);
    await provider.call(ops.fetchTokenOrganization, { id: tokenId });
    expect(asked).toEqual([false, true]);
  });

  it('sends no bearer token to the token endpoint itself', async () => {
    const transport = createTransport({ baseUrl: fake.url, auth }, DEFAULTS);
    const body = { data: { type: 'token', attributes: { grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret } } };
    const created = (await transport.call(ops.createToken, { body })) as { data: { type: string } };
    expect(created.data.type).toBe('token');
    expect(fake.state.requests).toHaveLength(1);
    expect(fake.state.requests[0]?.headers.authorization).toBeUndefined();
  });
});
