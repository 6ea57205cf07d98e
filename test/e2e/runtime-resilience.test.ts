import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiAbortError, ApiConnectionError, ApiTimeoutError, createTransport, InternalServerError, NotFoundError, ParamError, RateLimitError,
  type ClientOptions,
} from '../../src/runtime/index.js';
import { start, type FakeTwine } from '../fake-twine/server.js';
import { CLIENT, DEFAULTS, manualClock, ops } from './runtime-fixtures.js';

let fake: FakeTwine;
beforeEach(async () => { fake = await start({ clients: [CLIENT] }); });
afterEach(async () => { await fake.close(); });

function client(extra: Partial<ClientOptions> = {}) {
  const clock = manualClock();
  const transport = createTransport({ baseUrl: fake.url, auth: { clientId: CLIENT.id, clientSecret: CLIENT.secret }, clock, ...extra }, DEFAULTS);
  return { transport, clock };
}

const patientBody = { data: { type: 'patient', attributes: { first_name: 'Fiona' } } };

describe('retries', () => {
  it('retries a GET after 429 and 503, waiting what Retry-After says', async () => {
    const { transport, clock } = client();
    await transport.tokenId();
    fake.state.faults.add({ kind: 'status', status: 429, retryAfter: '3', path: '/patient' });
    fake.state.faults.add({ kind: 'status', status: 503, path: '/patient' });
    const page = (await transport.call(ops.fetchPatients, { filter: { organization: fake.state.data.organization.id } })) as { data: unknown[] };
    expect(page.data).toHaveLength(10);
    expect(fake.state.count('GET', '/patient')).toBe(3);
    expect(clock.sleeps).toEqual([3000, 750]); // Retry-After, then backoff step 1000 with jitter 0.5
  });

  it('honours an HTTP-date Retry-After', async () => {
    const { transport, clock } = client();
    await transport.tokenId();
    fake.state.faults.add({ kind: 'status', status: 429, retryAfter: new Date(clock.now() + 7000).toUTCString(), path: /^\/patient\// });
    await transport.call(ops.fetchPatient, { id: fake.state.data.patients[0]?.id });
    expect(clock.sleeps).toEqual([7000]);
  });

  it('retries a dropped connection for GET and gives up after the retry budget', async () => {
    const { transport } = client({ retry: { retries: 2 } });
    await transport.tokenId();
    fake.state.faults.add({ kind: 'drop', path: /^\/patient\//, times: 3 });
    const error = await transport.call(ops.fetchPatient, { id: 'p' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as ApiConnectionError).status).toBeUndefined();
    expect(fake.state.count('GET', '/patient/p')).toBe(3);
  });

  it('never retries POST or PATCH', async () => {
    const { transport } = client();
    await transport.tokenId();
    fake.state.faults.add({ kind: 'status', status: 503, method: 'POST', path: '/patient' });
    await expect(transport.call(ops.createPatient, { body: patientBody })).rejects.toBeInstanceOf(InternalServerError);
    fake.state.faults.add({ kind: 'drop', method: 'POST', path: '/patient' });
    await expect(transport.call(ops.createPatient, { body: patientBody })).rejects.toBeInstanceOf(ApiConnectionError);
    const id = fake.state.data.patients[0]?.id;
    fake.state.faults.add({ kind: 'status', status: 429, retryAfter: '1', method: 'PATCH' });
    await expect(transport.call(ops.updatePatient, { id, body: patientBody })).rejects.toBeInstanceOf(RateLimitError);
    expect(fake.state.count('POST', '/patient')).toBe(2);
    expect(fake.state.count('PATCH', `/patient/${id}`)).toBe(1);
    expect(fake.state.data.patients.some((p) => p.attributes['first_name'] === 'Fiona')).toBe(false);
  });

  it('does not wait for a Retry-After beyond maxRetryAfterMs', async () => {
    const { transport, clock } = client({ retry: { maxRetryAfterMs: 10_000 } });
    await transport.tokenId();
    fake.state.faults.add({ kind: 'status', status: 429, retryAfter: '3600', path: /^\/patient\// });
    await expect(transport.call(ops.fetchPatient, { id: 'p' })).rejects.toBeInstanceOf(RateLimitError);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('timeouts and abort', () => {
  it('times out a slow response (per call) without retrying when retries are off', async () => {
    const { transport } = client({ retry: false });
    await transport.tokenId();
    fake.state.faults.add({ kind: 'delay', ms: 5000, path: /^\/patient\// });
    const error = await transport.call(ops.fetchPatient, { id: 'p' }, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as Error).message).toMatch(/timed out after 50 ms: GET http:\/\/127\.0\.0\.1:\d+\/pub\/patient\/p/);
  });

  it('uses the client timeout and retries a timed-out GET', async () => {
    const { transport } = client({ timeoutMs: 50, retry: { retries: 1 } });
    await transport.tokenId();
    fake.state.faults.add({ kind: 'delay', ms: 5000, path: /^\/patient\// });
    const result = (await transport.call(ops.fetchPatient, { id: fake.state.data.patients[0]?.id })) as { data: unknown };
    expect(result.data).toBeDefined();
    expect(fake.state.count('GET', /^\/patient\//)).toBe(2);
  });

  it('times out only the slow one of two calls that share the client timeout', async () => {
    const { transport } = client({ timeoutMs: 100, retry: false });
    await transport.tokenId();
    fake.state.faults.add({ kind: 'delay', ms: 5000, path: '/patient/p' });
    const started = performance.now();
    const [slow, fast] = await Promise.allSettled([
      transport.call(ops.fetchPatient, { id: 'p' }),
      transport.call(ops.fetchPatient, { id: fake.state.data.patients[0]?.id }),
    ]);
    expect(fast.status).toBe('fulfilled');
    expect(slow.status === 'rejected' && slow.reason).toBeInstanceOf(ApiTimeoutError);
    // The shared timeout fires between timeoutMs and timeoutMs plus a tenth.
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('takes an Infinity timeout as none and rejects a negative one before any request', async () => {
    const { transport } = client({ timeoutMs: Number.POSITIVE_INFINITY });
    await transport.tokenId();
    fake.state.faults.add({ kind: 'delay', ms: 30, path: /^\/patient\// });
    await expect(transport.call(ops.fetchPatient, { id: fake.state.data.patients[0]?.id })).resolves.toBeDefined();
    const before = fake.state.requests.length;
    await expect(transport.call(ops.fetchPatient, { id: 'p' }, { timeoutMs: -5 })).rejects.toBeInstanceOf(ParamError);
    expect(fake.state.requests).toHaveLength(before);
    expect(() => client({ timeoutMs: Number.NaN })).toThrow(ParamError);
  });

  it('aborts with the caller signal and does not retry', async () => {
    const { transport } = client();
    await transport.tokenId();
    fake.state.faults.add({ kind: 'delay', ms: 5000, path: /^\/patient\// });
    const controller = new AbortController();
    const pending = transport.call(ops.fetchPatient, { id: 'p' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(ApiAbortError);
    expect(fake.state.count('GET', '/patient/p')).toBe(1);
  });

  it('rejects at once with an already aborted signal, before any request', async () => {
    const { transport } = client();
    await expect(transport.call(ops.fetchPatient, { id: 'p' }, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(ApiAbortError);
    expect(fake.state.requests).toHaveLength(0);
  });
});

describe('requests and errors on the wire', () => {
  it('serialises bracketed query names and path ids exactly', async () => {
    const { transport } = client();
    const [g1, g2] = fake.state.data.groups;
    await transport.call(ops.fetchPatients, { filter: { groups: [g1?.id, g2?.id], archived: false }, page: { size: 5, number: 2 }, include: 'groups' });
    const sent = fake.state.requests.find((r) => r.path === '/patient');
    expect(sent?.query).toBe(`filter[groups]=${g1?.id},${g2?.id}&filter[archived]=false&page[size]=5&page[number]=2&include=groups`);
    await transport.call(ops.fetchPatient, { id: 'a/../b' }).catch(() => undefined);
    expect(fake.state.requests.at(-1)?.path).toBe('/patient/a%2F..%2Fb');
  });

  it('normalises an errors object to an array and reads req_id', async () => {
    const { transport } = client();
    const error = await transport.call(ops.fetchPatient, { id: 'missing' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError;
    expect(notFound.errors).toEqual([{ status: '404', code: 'ResourceNotFound', detail: 'No patient with id missing' }]);
    expect(notFound.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(notFound.message).toBe(`404 Not Found: No patient with id missing (req_id ${notFound.reqId})`);
    expect(notFound.method).toBe('GET');
    expect(notFound.url).toBe(`${fake.url}/patient/missing`);
  });

  it('follows links.next with requestUrl (cursor paging) and refuses another origin', async () => {
    const { transport } = client();
    const first = await transport.send(ops.fetchPatients, { filter: { organization: fake.state.data.organization.id }, page: { limit: 20 } });
    const firstDoc = JSON.parse(first.text) as { data: { id: string }[]; links: { next?: string }; meta: { count: number } };
    expect(firstDoc.meta.count).toBe(25);
    expect(firstDoc.links.next).toMatch(/^\/pub\/patient\?filter\[organization\]=.+&page\[limit\]=20&page\[cursor\]=/);
    const second = JSON.parse((await transport.requestUrl(firstDoc.links.next ?? '', ops.fetchPatients)).text) as { data: { id: string }[]; links: { next?: string } };
    expect(second.data).toHaveLength(5);
    expect(second.links.next).toBeUndefined();
    expect(new Set([...firstDoc.data, ...second.data].map((p) => p.id)).size).toBe(25);
    await expect(transport.requestUrl('http://example.invalid/pub/patient', ops.fetchPatients)).rejects.toThrow(/another origin/);
  });

  it('reports a 400 for mixed paging strategies', async () => {
    const { transport } = client();
    const error = await transport.call(ops.fetchPatients, { filter: { organization: 'o' }, page: { size: 5, limit: 5 } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^400 Bad Request: It is not valid to mix skip-based and cursor-based paging \(req_id /);
  });
});
