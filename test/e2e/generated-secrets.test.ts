/**
 * The generated client never shows the client secret or a token: every face of every error (message,
 * String, JSON.stringify, inspect, stack) and every hook payload is searched for the secret values.
 */
import { inspect } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ClientOptions, FetchLike, Hooks } from '../../src/runtime/options.js';
import { start, type FakeTwine } from '../fake-twine/server.js';
import { generatedClient } from '../support/generated-client.js';
import { CLIENT, manualClock } from './runtime-fixtures.js';

const fixture = generatedClient('test/fixtures/e2e/twine-e2e.yaml');

let fake: FakeTwine;
beforeEach(async () => { fake = await start({ clients: [CLIENT] }); });
afterEach(async () => { await fake.close(); });

/** Every text a user could print: hook payloads as a logger writes them, and each error in all its forms. */
class Capture {
  readonly texts: string[] = [];
  readonly hooks: Hooks = {
    onRequest: (info) => this.texts.push(JSON.stringify(info)),
    onResponse: (info) => this.texts.push(JSON.stringify(info)),
    onError: (info) => this.texts.push(JSON.stringify(info), inspect(info, { depth: 6 })),
  };

  readonly error = (error: unknown): void => {
    const e = error as Error;
    this.texts.push(e.message, String(e), e.toString(), JSON.stringify(e), inspect(e, { depth: 6 }), e.stack ?? '');
  };
}

it('keeps the client secret, access and refresh tokens out of errors and hook payloads', async () => {
  const { module } = await fixture();
  const capture = new Capture();
  const base: ClientOptions = { baseUrl: fake.url, auth: { clientId: CLIENT.id, clientSecret: CLIENT.secret }, hooks: capture.hooks, clock: manualClock() };
  const client = module.createClient(base);
  const tokenId = await client.transport.tokenId();
  await client.fetchTokenGroups!({ id: tokenId });

  await client.fetchPatient!({ id: 'missing' }).catch(capture.error);
  fake.state.expireAllTokens(); // a refresh request carries the refresh token
  await client.fetchOrganization!({ id: fake.state.data.organization.id });
  fake.state.faults.add({ kind: 'status', status: 401, path: /^\/patient\//, times: 2 });
  await client.fetchPatient!({ id: 'x' }).catch(capture.error);
  fake.state.faults.add({ kind: 'drop', path: /^\/patient\//, times: 3 });
  await client.fetchPatient!({ id: 'x' }).catch(capture.error);
  fake.state.faults.add({ kind: 'delay', ms: 5000, path: /^\/patient\// });
  await client.fetchPatient!({ id: 'x' }, { timeoutMs: 30, retry: false }).catch(capture.error);
  await client.fetchPatient!({ id: 'x' }, { signal: AbortSignal.abort() }).catch(capture.error);
  await client.createPatient!({ body: { first_name: 'Fiona', groups: [{ id: 'g1' }] } });

  const wrongSecret = `${CLIENT.secret}-wrong`;
  const refused = module.createClient({ ...base, auth: { clientId: CLIENT.id, clientSecret: wrongSecret } });
  await refused.fetchPatient!({ id: 'x' }).catch(capture.error);

  // A server that echoes the credentials back in an error body and a link.
  const [issued] = [...fake.state.tokens.tokens.values()];
  const echo: FetchLike = async (url, init) => {
    const detail = `got ${new Headers(init.headers).get('authorization') ?? ''} secret ${CLIENT.secret} refresh ${issued?.refreshToken ?? ''} at ${url}`;
    return new Response(JSON.stringify({ errors: { detail, meta: { client_secret: CLIENT.secret } } }), { status: 409, headers: { 'content-type': 'application/vnd.api+json' } });
  };
  const echoing = module.createClient({ ...base, fetch: echo, auth: { accessToken: issued?.accessToken ?? '', refreshToken: issued?.refreshToken ?? '', clientId: CLIENT.id, clientSecret: CLIENT.secret } });
  await echoing.fetchPatient!({ id: 'x' }).catch(capture.error);

  const text = capture.texts.join('\n');
  expect(capture.texts.length).toBeGreaterThan(40);
  expect(text).toContain('404 Not Found: No patient with id missing');
  expect(text).toContain('401 Unauthorized: Invalid client credentials');
  expect(text).toContain('timed out after 30 ms');
  expect(text).toContain('Bearer [REDACTED]');
  const tokens = [...fake.state.tokens.tokens.values()].flatMap((t) => [t.accessToken, t.refreshToken]);
  expect(tokens.length).toBeGreaterThanOrEqual(4); // client_credentials, refresh, 401 renewal
  expect(fake.state.tokens.requests.map((r) => r.grantType)).toContain('refresh_token');
  for (const secret of [CLIENT.secret, wrongSecret, ...tokens]) expect(text).not.toContain(secret);
});
