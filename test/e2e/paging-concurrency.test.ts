/**
 * What the API's overview (seed 002) says about writes during paging: skip paging shows the last resource of
 * one page again at the top of the next when a resource is created in front; cursor paging does not. In both
 * cases the completeness check against `meta.count` tells the caller something was missed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CountMismatchError, type JsonApiModel } from '../../src/runtime/index.js';
import type { FakeTwine } from '../fake-twine/server.js';
import { connect, duplicatesOf, everyone, fetchPatients, insertInFront, RESOURCES, startFake } from './paging-fixtures.js';

let fake: FakeTwine;
beforeEach(async () => { fake = await startFake(); });
afterEach(async () => { await fake.close(); });

/** Creates one patient in front of the collection just before page 2 is computed. */
function insertBeforeSecondPage(isSecondPage: (query: URLSearchParams) => boolean): string[] {
  const inserted: string[] = [];
  fake.state.beforePage = ({ query }) => {
    if (inserted.length === 0 && isSecondPage(query)) inserted.push(insertInFront(fake, 1));
  };
  return inserted;
}

describe('resources created during an iteration', () => {
  it('skip paging repeats the last resource of page 1 at the top of page 2, and the count check reports it', async () => {
    const { transport, mismatches } = connect(fake);
    const inserted = insertBeforeSecondPage((q) => q.get('page[number]') === '2');
    const pages: JsonApiModel[][] = [];
    for await (const page of fetchPatients.pages(transport, { ...everyone(fake), page: { size: 50 } })) pages.push(page.data);
    const ids = pages.flat().map((p) => p.id);

    expect(inserted).toHaveLength(1);
    expect(duplicatesOf(ids)).toEqual([pages[0]?.at(-1)?.id]);
    expect(pages[1]?.[0]?.id).toBe(pages[0]?.at(-1)?.id);
    expect(ids).not.toContain(inserted[0]);
    expect(ids).toHaveLength(RESOURCES + 1);
    expect(mismatches).toEqual([{ operationId: 'fetchPatients', strategy: 'skip', expected: RESOURCES + 1, fetched: RESOURCES + 1, unique: RESOURCES, duplicates: 1 }]);
  });

  it('cursor paging shows no duplicate; the count check still reports the resource created behind the cursor', async () => {
    const { transport, mismatches } = connect(fake);
    const inserted = insertBeforeSecondPage((q) => q.has('page[cursor]'));
    const ids: string[] = [];
    for await (const patient of fetchPatients.all(transport, { ...everyone(fake), page: { limit: 50 } })) ids.push(patient.id);

    expect(inserted).toHaveLength(1);
    expect(duplicatesOf(ids)).toEqual([]);
    expect(ids).toHaveLength(RESOURCES);
    expect(mismatches).toEqual([{ operationId: 'fetchPatients', strategy: 'cursor', expected: RESOURCES + 1, fetched: RESOURCES, unique: RESOURCES, duplicates: 0 }]);
  });

  it("onCountMismatch: 'throw' rejects after every resource was yielded", async () => {
    const { transport } = connect(fake);
    insertBeforeSecondPage((q) => q.get('page[number]') === '2');
    let yielded = 0;
    const iterate = async (): Promise<void> => {
      for await (const _ of fetchPatients.all(transport, { ...everyone(fake), page: { size: 50 } }, { onCountMismatch: 'throw' })) yielded += 1;
    };
    const error = await iterate().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(CountMismatchError);
    expect(error).toMatchObject({ expected: RESOURCES + 1, unique: RESOURCES, duplicates: 1, method: 'GET' });
    expect(yielded).toBe(RESOURCES + 1);
  });

  it("the client-wide onCountMismatch: 'ignore' turns the check off", async () => {
    const { transport, mismatches } = connect(fake, { onCountMismatch: 'ignore' });
    insertBeforeSecondPage((q) => q.get('page[number]') === '2');
    let yielded = 0;
    for await (const _ of fetchPatients.all(transport, { ...everyone(fake), page: { size: 50 } })) yielded += 1;
    expect(yielded).toBe(RESOURCES + 1);
    expect(mismatches).toEqual([]);
  });
});
