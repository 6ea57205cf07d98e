/**
 * Independent conformance: Stoplight Prism mocks the newest real spec with request validation on, and every
 * GET operation of the client generated from that spec is called with valid parameters (include, filters and
 * each declared paging strategy). Prism must find nothing wrong with any request the client sends; the
 * OAuth token request is checked too, within what the spec allows.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Operation } from '../../src/ir/types.js';
import { compileSpec } from '../../src/pipeline.js';
import type { FetchLike } from '../../src/runtime/options.js';
import { generatedClient } from '../support/generated-client.js';
import { pageStrategies, validParams } from './prism-params.js';
import { badMockResponse, requestViolations, startPrism, type PrismServer } from './prism-server.js';

const HISTORY = '../shared/specs/twine-history';
const LATEST = `${HISTORY}/${readdirSync(HISTORY).filter((f) => /^\d{3}-.*\.yaml$/.test(f)).sort().at(-1) ?? ''}`;
const latest = generatedClient(LATEST);

interface Exchange {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** What Prism found wrong with the request. */
  readonly violations: string[];
  /** True when Prism's mock response (from the spec's examples) breaks the spec's own schemas. */
  readonly badMockResponse: boolean;
}

let prism: PrismServer;
let gets: Operation[];
beforeAll(async () => {
  const compiled = await compileSpec(LATEST, { lenient: false });
  gets = (compiled.model?.operations ?? []).filter((op) => op.method === 'get');
  prism = await startPrism(LATEST);
});
afterAll(async () => { await prism?.close(); });

/** A `fetch` that notes what Prism thought of each request and of its own mock response. */
function recordingFetch(exchanges: Exchange[]): FetchLike {
  return async (url, init) => {
    const response = await fetch(url, init);
    exchanges.push({
      method: init.method ?? 'GET', url, status: response.status,
      violations: (await requestViolations(response)).map((v) => `${v.location.join('.')}: ${v.message}`),
      badMockResponse: badMockResponse(response),
    });
    return response;
  };
}

it(`Prism finds no request violation in any GET of the client generated from ${LATEST.split('/').at(-1) ?? ''}`, async () => {
  const exchanges: Exchange[] = [];
  const recording = recordingFetch(exchanges);
  const logStart = prism.log.length;
  const log = (): string[] => prism.log.slice(logStart);
  const { module } = await latest();
  // A given bearer token: Prism only checks that one is sent (the token request is checked below).
  const client = module.createClient({ baseUrl: prism.url, auth: { accessToken: 'prism-access-token' }, fetch: recording, retry: false });

  const failures: string[] = [];
  let calls = 0;
  for (const op of gets) {
    const operation = client[op.operationId];
    if (operation === undefined) { failures.push(`${op.operationId}: not on the client`); continue; }
    for (const page of pageStrategies(op)) {
      calls += 1;
      const sent = exchanges.length;
      await operation(validParams(op, page)).catch((error: unknown) => {
        // A mock response that breaks the spec (e.g. its examples lack `type`) may fail decoding; that is the
        // spec's defect, not the client's. Any other failure counts.
        if (!exchanges.slice(sent).some((e) => e.badMockResponse)) failures.push(`${op.operationId} (${page}): ${String(error)}`);
      });
    }
  }

  expect(gets.length).toBeGreaterThan(40);
  expect(exchanges.map((e) => e.method)).toEqual(Array(calls).fill('GET'));
  const queries = exchanges.map((e) => decodeURIComponent(new URL(e.url).search));
  for (const member of ['include=', 'filter[', 'page[size]=5', 'page[limit]=5', 'sort=']) expect(queries.some((q) => q.includes(member))).toBe(true);
  expect(exchanges.filter((e) => e.violations.length > 0).map((e) => `${e.method} ${e.url}: ${e.violations.join('; ')}`)).toEqual([]);
  // Prism logs one verdict per request, every one a pass (its log may trail its responses a little).
  await expect.poll(() => log().filter((line) => line.includes('The request passed the validation rules')).length).toBe(exchanges.length);
  expect(log().filter((line) => line.includes('[VALIDATOR] ✖') && !line.includes('Violation: response.'))).toEqual([]);
  expect(failures).toEqual([]);
});

it('sends a token request Prism accepts but for the security the spec puts on its own token endpoint', async () => {
  const exchanges: Exchange[] = [];
  const { module } = await latest();
  const client = module.createClient({ baseUrl: prism.url, auth: { clientId: 'prism-client', clientSecret: 'prism-secret' }, fetch: recordingFetch(exchanges), retry: false });
  // Spec 098 marks POST /oauth/token itself with `security: OAuth2`, so Prism wants a bearer token there;
  // the client rightly sends none to obtain one, and Prism answers 401.
  await expect(client.transport.tokenId()).rejects.toThrow(/^401 Unauthorized/);
  expect(exchanges.length).toBeGreaterThan(0);
  for (const exchange of exchanges) {
    expect([exchange.method, new URL(exchange.url).pathname, exchange.status]).toEqual(['POST', '/oauth/token', 401]);
    expect(exchange.violations).toEqual(['request: Invalid security scheme used']);
  }
});
