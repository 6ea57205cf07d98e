import { getEventListeners } from 'node:events';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiAbortError, NotFoundError, type ErrorInfo, type FetchLike } from '../../src/runtime/index.js';
import type { FakeTwine } from '../fake-twine/server.js';
import { connect, duplicatesOf, everyone, fetchPatients, fetchPatientsSkipOnly, pageQueries, RESOURCES, startFake } from './paging-fixtures.js';

let fake: FakeTwine;
beforeAll(async () => { fake = await startFake(); });
afterAll(async () => { await fake.close(); });
beforeEach(() => { fake.state.requests.length = 0; });
afterEach(() => { fake.state.faults.clear(); });

const isPageRequest = (url: string): boolean => url.includes('/patient?');

/**
 * The global fetch, remembering every page request's URL and signal; the page request numbered `stall`
 * (0-based) never answers and only ends when its signal aborts, so a test sees whether it was cancelled.
 */
function recordingFetch(stall?: number): { fetch: FetchLike; sent: { url: string; signal: AbortSignal | undefined }[] } {
  const sent: { url: string; signal: AbortSignal | undefined }[] = [];
  return {
    sent,
    fetch: (input, init) => {
      if (!isPageRequest(input)) return fetch(input, init);
      const signal = init.signal ?? undefined;
      sent.push({ url: input, signal });
      if (sent.length - 1 !== stall) return fetch(input, init);
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true }));
    },
  };
}

describe('readAhead: true', () => {
  const strategies = [
    { name: 'cursor', paged: fetchPatients },
    { name: 'skip', paged: fetchPatientsSkipOnly },
  ];
  it.each(strategies)('$name paging: every resource once, in order, with the same requests as without it', async ({ paged }) => {
    const { transport, mismatches } = connect(fake);
    const expected: string[] = [];
    for await (const patient of paged.all(transport, everyone(fake))) expected.push(patient.id);
    const sequential = pageQueries(fake);
    fake.state.requests.length = 0;

    const ids: string[] = [];
    for await (const patient of paged.all(transport, everyone(fake), { readAhead: true })) ids.push(patient.id);
    expect(ids).toHaveLength(RESOURCES);
    expect(duplicatesOf(ids)).toEqual([]);
    expect(ids).toEqual(expected);
    expect(pageQueries(fake)).toEqual(sequential);
    expect(mismatches).toEqual([]);
  });

  it('requests the next page before the current one is handed out, and never more than one page ahead', async () => {
    const { transport } = connect(fake);
    const pages = fetchPatients.pages(transport, everyone(fake), { readAhead: true });
    const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));
    const first = await pages.next();
    expect(first.value?.data).toHaveLength(50);
    // Nothing more is asked of the iterator, yet the second page is on its way; the third is not.
    await vi.waitFor(() => expect(pageQueries(fake)).toHaveLength(2));
    await settle();
    expect(pageQueries(fake)).toHaveLength(2);
    const second = await pages.next();
    expect(second.value?.data[0]?.id).toBe(fake.state.data.patients[50]?.id);
    await vi.waitFor(() => expect(pageQueries(fake)).toHaveLength(3));
    await settle();
    expect(pageQueries(fake)).toHaveLength(3);
    await pages.return?.(undefined);
  });

  it('a break cancels the request ahead and sends nothing more', async () => {
    const { fetch, sent } = recordingFetch(1);
    const errors: ErrorInfo[] = [];
    const { transport, mismatches } = connect(fake, { fetch, hooks: { onError: (info) => { errors.push(info); } } });
    for await (const patient of fetchPatients.all(transport, everyone(fake), { readAhead: true })) {
      expect(patient.id).toBe(fake.state.data.patients[0]?.id);
      expect(sent).toHaveLength(2); // the second page was requested before the first resource came out
      break;
    }
    expect(sent[1]?.signal?.aborted).toBe(true);
    expect(mismatches).toEqual([]); // a break is not a full iteration
    expect(errors.map((e) => [e.error.constructor.name, e.willRetry])).toEqual([['ApiAbortError', false]]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(2);
  });

  it("the caller's signal still cancels the request ahead, and is let go of afterwards", async () => {
    const { fetch, sent } = recordingFetch(1);
    const { transport } = connect(fake, { fetch });
    const controller = new AbortController();
    const pages = fetchPatients.pages(transport, everyone(fake), { readAhead: true, signal: controller.signal });
    await pages.next();
    expect(sent).toHaveLength(2);
    const second = pages.next();
    controller.abort(new Error('shutting down'));
    const failure = await second.then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiAbortError);
    expect((failure as ApiAbortError).cause).toEqual(new Error('shutting down'));
    expect(sent[1]?.signal?.aborted).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it("a complete iteration leaves no listener on the caller's signal", async () => {
    // No timeout: the client's shared timers keep a listener on a caller's signal until they end (deadline.ts).
    const { transport } = connect(fake, { timeoutMs: 0 });
    const signal = new AbortController().signal;
    let count = 0;
    for await (const _ of fetchPatients.all(transport, { ...everyone(fake), page: { limit: 2500 } }, { readAhead: true, signal })) count += 1;
    expect(count).toBe(RESOURCES);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it("a request ahead that fails surfaces only after the current page's resources, as without readAhead", async () => {
    // Page 3's request fails; with readAhead it is sent, and fails, while page 2 is being iterated.
    const answered: number[] = [];
    const failing: FetchLike = async (input, init) => {
      if (!isPageRequest(input)) return fetch(input, init);
      const pageIndex = answered.length;
      answered.push(pageIndex);
      if (pageIndex === 2) return new Response('{"errors":[{"status":"404"}]}', { status: 404, headers: { 'content-type': 'application/vnd.api+json' } });
      return fetch(input, init);
    };
    const { transport: broken } = connect(fake, { fetch: failing });
    const ids: string[] = [];
    const iterate = async (): Promise<void> => {
      for await (const patient of fetchPatients.all(broken, everyone(fake), { readAhead: true })) {
        ids.push(patient.id);
        if (ids.length === 75) await vi.waitFor(() => expect(answered).toHaveLength(3)); // page 3 has failed by now
      }
    };
    await expect(iterate()).rejects.toBeInstanceOf(NotFoundError);
    expect(ids).toHaveLength(100);
  });

  it("a page the walk handed out fetches its next page by hand after the walk stopped (the walk's signal stays the walk's)", async () => {
    const { transport } = connect(fake);
    const pages = fetchPatients.pages(transport, everyone(fake), { readAhead: true });
    await pages.next();
    const second = (await pages.next()).value;
    await pages.return?.(undefined); // aborts the walk's own signal, which sent the second page
    expect((await pages.next()).done).toBe(true);
    const third = await second?.nextPage();
    expect(third?.data[0]?.id).toBe(fake.state.data.patients[100]?.id);
  });

  it('the client-wide readAhead applies to every iteration, and a call can turn it off', async () => {
    const { transport } = connect(fake, { readAhead: true });
    const on = fetchPatients.pages(transport, everyone(fake));
    await on.next();
    await vi.waitFor(() => expect(pageQueries(fake)).toHaveLength(2));
    await on.return?.(undefined);

    fake.state.requests.length = 0;
    for await (const _ of fetchPatients.all(transport, everyone(fake), { readAhead: false })) break;
    expect(pageQueries(fake)).toHaveLength(1);
  });
});
