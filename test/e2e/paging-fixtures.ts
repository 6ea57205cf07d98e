/** Shared set-up for the paging e2e tests: a fake Twine with 10,000 patients and paged descriptors. */
import type { OperationDescriptor } from '../../src/runtime/descriptor.js';
import { createTransport, pagedOperation, type ClientOptions, type FetchLike, type CountMismatchInfo, type JsonApiModel } from '../../src/runtime/index.js';
import { makeId, makePatient } from '../fake-twine/data.js';
import { start, type FakeTwine } from '../fake-twine/server.js';
import { CLIENT, DEFAULTS, ops } from './runtime-fixtures.js';

export const RESOURCES = 10_000;

export const cursorAndSkip: OperationDescriptor = { ...ops.fetchPatients, paging: { skip: true, cursor: true, cursorParam: 'page[cursor]' } };
export const skipOnly: OperationDescriptor = { ...ops.fetchPatients, paging: { skip: true, cursor: false } };

export interface PatientParams {
  readonly filter: { readonly organization?: string; readonly groups?: string };
  readonly page?: { readonly limit?: number; readonly cursor?: string } | { readonly size?: number; readonly number?: number };
}

export const fetchPatients = /* @__PURE__ */ pagedOperation<PatientParams, unknown, JsonApiModel>(cursorAndSkip);
export const fetchPatientsSkipOnly = /* @__PURE__ */ pagedOperation<PatientParams, unknown, JsonApiModel>(skipOnly);

export function startFake(): Promise<FakeTwine> {
  return start({ clients: [CLIENT], patients: RESOURCES });
}

/** A transport that records count mismatches instead of printing them. */
export function connect(fake: FakeTwine, extra: Partial<ClientOptions> = {}) {
  const mismatches: CountMismatchInfo[] = [];
  const transport = createTransport({
    baseUrl: fake.url, auth: { clientId: CLIENT.id, clientSecret: CLIENT.secret },
    hooks: { onCountMismatch: (info) => { mismatches.push(info); } }, ...extra,
  }, DEFAULTS);
  return { transport, mismatches };
}

export function everyone(fake: FakeTwine): PatientParams {
  return { filter: { organization: fake.state.data.organization.id } };
}

/** GET /patient requests the fake server saw, as their query strings. */
export function pageQueries(fake: FakeTwine): string[] {
  return fake.state.requests.filter((r) => r.method === 'GET' && r.path === '/patient').map((r) => decodeURIComponent(r.query));
}

/** A patient whose id sorts before every seeded one, so it lands in front of any paging position. */
export function insertInFront(fake: FakeTwine, n: number): string {
  const id = makeId('00000000', n);
  fake.state.data.patients.push(makePatient(id, n, fake.state.data.groups));
  return id;
}

export function duplicatesOf(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/**
 * A fetch that lets a test misbehave like a real server: each collection response's parsed body goes
 * through `rewrite` (with the page's index); a string it returns is sent as an HTML body instead.
 */
export function rewritingPages(rewrite: (doc: Record<string, unknown>, pageIndex: number) => unknown): FetchLike {
  let index = 0;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!/\/patient\?/.test(input) || !response.ok) return response;
    const out = rewrite((await response.json()) as Record<string, unknown>, index);
    index += 1;
    if (typeof out === 'string') return new Response(out, { status: 200, headers: { 'content-type': 'text/html' } });
    return new Response(JSON.stringify(out), { status: response.status, headers: response.headers });
  };
}
