import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTransport, type ClientOptions, type Hooks } from '../../src/runtime/index.js';
import { start, type FakeTwine } from '../fake-twine/server.js';
import { CLIENT, DEFAULTS, manualClock, ops } from './runtime-fixtures.js';

let fake: FakeTwine;
beforeEach(async () => { fake = await start({ clients: [CLIENT] }); });
afterEach(async () => { await fake.close(); });

/** Everything a user could print: hook payloads as a logger would write them, and every error's faces. */
function captureAll() {
  const lines: string[] = [];
  const hooks: Hooks = {
    onRequest: (info) => lines.push(`request ${JSON.stringify(info)}`),
    onResponse: (info) => lines.push(`response ${JSON.stringify(info)}`),
    onError: (info) => lines.push(`error ${JSON.stringify(info)} ${String(info.error)} ${inspect(info.error)}`),
  };
  const record = (error: unknown): void => {
    lines.push(String(error), JSON.stringify(error), inspect(error, { depth: 5 }), (error as Error).stack ?? '');
  };
  return { lines, hooks, record };
}

function secretsSeen(): string[] {
  const tokens = [...fake.state.tokens.tokens.values()].flatMap((t) => [t.accessToken, t.refreshToken]);
  return [CLIENT.secret, ...tokens];
}

describe('secrets never leak', () => {
  it('keeps the client secret and every token out of errors, hook payloads and log lines', async () => {
    const { lines, hooks, record } = captureAll();
    const base: ClientOptions = { baseUrl: fake.url, auth: { clientId: CLIENT.id, clientSecret: CLIENT.secret }, hooks, clock: manualClock() };
    const transport = createTransport(base, DEFAULTS);
    const tokenId = await transport.tokenId();
    await transport.call(ops.fetchTokenGroups, { id: tokenId });

    // Server errors, a surfaced 401, a dropped connection, a timeout.
    await transport.call(ops.fetchPatient, { id: 'missing' }).catch(record);
    fake.state.faults.add({ kind: 'status', status: 401, path: /^\/patient\//, times: 2 });
    await transport.call(ops.fetchPatient, { id: 'x' }).catch(record);
    fake.state.faults.add({ kind: 'drop', path: /^\/patient\//, times: 3 });
    await transport.call(ops.fetchPatient, { id: 'x' }).catch(record);
    fake.state.faults.add({ kind: 'delay', ms: 5000, path: /^\/patient\// });
    await transport.call(ops.fetchPatient, { id: 'x' }, { timeoutMs: 30, retry: false }).catch(record);

    // Wrong secret: the token endpoint refuses.
    const wrongSecret = `${CLIENT.secret}-wrong`;
    const refused = createTransport({ ...base, auth: { clientId: CLIENT.id, clientSecret: wrongSecret } }, DEFAULTS);
    await refused.call(ops.fetchPatient, { id: 'x' }).catch(record);

    // A server that echoes secrets back in an error detail and a query string.
    const [issued] = [...fake.state.tokens.tokens.values()];
    const echo: ClientOptions['fetch'] = async (url, init) => {
      const auth = new Headers(init.headers).get('authorization') ?? '';
      const detail = `bad ${auth} for secret ${CLIENT.secret} refresh ${issued?.refreshToken ?? ''}`;
      return new Response(JSON.stringify({ errors: { detail, client_secret: CLIENT.secret } }), { status: 409, headers: { 'content-type': 'application/vnd.api+json' } });
    };
    const echoing = createTransport({ ...base, auth: { accessToken: issued?.accessToken ?? '', refreshToken: issued?.refreshToken ?? '', clientId: CLIENT.id, clientSecret: CLIENT.secret }, fetch: echo }, DEFAULTS);
    await echoing.call(ops.fetchPatient, { id: 'x' }).catch(record);
    await echoing.requestUrl(`/pub/patient?access_token=${issued?.accessToken ?? ''}`, ops.fetchPatients).catch(record);

    const captured = lines.join('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(captured).toContain('[REDACTED]');
    expect(captured).toContain('404 Not Found: No patient with id missing');
    expect(captured).toContain('401 Unauthorized: Invalid client credentials');
    for (const secret of [...secretsSeen(), wrongSecret]) expect(captured).not.toContain(secret);
  });
});
