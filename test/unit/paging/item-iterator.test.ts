import { describe, expect, it } from 'vitest';
import type { OperationDescriptor } from '../../../src/runtime/descriptor.js';
import { ApiAbortError, ApiError } from '../../../src/runtime/errors.js';
import { ItemIterator } from '../../../src/runtime/paging/item-iterator.js';
import type { CollectionPage } from '../../../src/runtime/paging/page.js';

const op: OperationDescriptor = { operationId: 'fetchThings', method: 'GET', path: '/things', params: {}, accept: [], jsonApi: true };

/** Pages as `iteratePages` yields them, recording how far the generator was driven and whether it was closed. */
function pages(contents: string[][], failAt?: number) {
  const log = { requested: 0, closed: false };
  async function* generate(): AsyncGenerator<CollectionPage<unknown, string>, void, undefined> {
    try {
      for (let i = 0; i < contents.length; i++) {
        log.requested += 1;
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (i === failAt) throw new ApiError({ message: '503: down', status: 503, method: 'GET', url: `http://x/things?p=${i}` });
        yield { data: contents[i], url: `http://x/things?p=${i}` } as unknown as CollectionPage<unknown, string>;
      }
    } finally {
      log.closed = true;
    }
  }
  return { generator: generate(), log };
}

describe('ItemIterator', () => {
  it('yields every item of every page in order, skipping empty pages', async () => {
    const { generator, log } = pages([['a', 'b'], [], ['c']]);
    const seen: string[] = [];
    for await (const item of new ItemIterator(generator, op, undefined)) seen.push(item);
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(log).toEqual({ requested: 3, closed: true });
  });

  it('concurrent next() calls neither skip nor repeat an item across a page boundary', async () => {
    const { generator } = pages([['a', 'b'], ['c', 'd']]);
    const iterator = new ItemIterator(generator, op, undefined);
    const results = await Promise.all(Array.from({ length: 5 }, () => iterator.next()));
    expect(results.map((r) => r.value)).toEqual(['a', 'b', 'c', 'd', undefined]);
    expect(results[4]?.done).toBe(true);
  });

  it('break closes the page generator and requests nothing more', async () => {
    const { generator, log } = pages([['a', 'b'], ['c']]);
    for await (const item of new ItemIterator(generator, op, undefined)) if (item === 'a') break;
    expect(log).toEqual({ requested: 1, closed: true });
  });

  it('an abort between two items of one page rejects with ApiAbortError and closes the pages', async () => {
    const { generator, log } = pages([['a', 'b', 'c'], ['d']]);
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const item of new ItemIterator(generator, op, controller.signal)) {
        seen.push(item);
        if (item === 'a') controller.abort(new Error('stop'));
      }
    };
    const error = await run().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAbortError);
    expect((error as ApiAbortError).message).toBe('Iteration aborted: fetchThings (http://x/things?p=0)');
    expect(seen).toEqual(['a']);
    expect(log.closed).toBe(true);
  });

  it('a failing page rejects once, after the items before it, and the iterator is then done', async () => {
    const { generator } = pages([['a'], ['b']], 1);
    const iterator = new ItemIterator(generator, op, undefined);
    expect(await iterator.next()).toEqual({ value: 'a', done: false });
    await expect(iterator.next()).rejects.toThrow('503: down');
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});
