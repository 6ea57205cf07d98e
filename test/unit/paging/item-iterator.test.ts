import { describe, expect, it } from 'vitest';
import { ItemIterator } from '../../../src/runtime/paging/item-iterator.js';
import type { CollectionPage } from '../../../src/runtime/paging/page.js';

type Page = CollectionPage<unknown, string>;

/** A page generator over fixed pages that records what happened to it; `gate` holds page `n` back until released. */
function pageSource(pages: string[][], options: { failAt?: number; gate?: Promise<void> } = {}) {
  const log: string[] = [];
  async function* generate(): AsyncGenerator<Page, void, undefined> {
    try {
      for (let n = 0; n < pages.length; n++) {
        log.push(`fetch ${n}`);
        if (n === 1 && options.gate) await options.gate;
        if (options.failAt === n) throw new Error(`page ${n} failed`);
        yield { data: pages[n], url: `/p/${n}` } as unknown as Page;
      }
      log.push('end');
    } finally {
      log.push('closed');
    }
  }
  return { pages: generate(), log };
}

const noAbort = (): void => undefined;

async function drain(iterator: AsyncIterableIterator<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of iterator) out.push(item);
  return out;
}

describe('ItemIterator', () => {
  it('yields every item of every page, skipping empty pages, then reports done for good', async () => {
    const source = pageSource([['a', 'b'], [], ['c']]);
    const iterator = new ItemIterator(source.pages, noAbort);
    expect(await drain(iterator)).toEqual(['a', 'b', 'c']);
    expect(source.log).toEqual(['fetch 0', 'fetch 1', 'fetch 2', 'end', 'closed']);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('break after the first item fetches no further page and closes the page source', async () => {
    const source = pageSource([['a', 'b'], ['c']]);
    for await (const item of new ItemIterator(source.pages, noAbort)) {
      expect(item).toBe('a');
      break;
    }
    expect(source.log).toEqual(['fetch 0', 'closed']);
  });

  it('settles calls made while a page is in flight in call order, as a generator does', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const source = pageSource([['a'], ['b', 'c']], { gate });
    const iterator = new ItemIterator(source.pages, noAbort);
    expect(await iterator.next()).toEqual({ done: false, value: 'a' });
    const order: string[] = [];
    const calls = [iterator.next(), iterator.next(), iterator.next(), iterator.next()].map((p, i) =>
      p.then((r) => {
        order.push(`${i}:${r.done === true ? 'done' : r.value}`);
        return r;
      }),
    );
    release();
    await Promise.all(calls);
    expect(order).toEqual(['0:b', '1:c', '2:done', '3:done']);
  });

  it('a return() queued behind a pending next() ends the iteration after it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const source = pageSource([['a'], ['b', 'c'], ['d']], { gate });
    const iterator = new ItemIterator(source.pages, noAbort);
    await iterator.next();
    const pending = iterator.next();
    const returned = iterator.return();
    release();
    expect(await pending).toEqual({ done: false, value: 'b' });
    expect(await returned).toEqual({ done: true, value: undefined });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(source.log).toEqual(['fetch 0', 'fetch 1', 'closed']);
  });

  it('a failed page rejects that call and ends the iteration', async () => {
    const source = pageSource([['a'], ['b']], { failAt: 1 });
    const iterator = new ItemIterator(source.pages, noAbort);
    expect(await iterator.next()).toEqual({ done: false, value: 'a' });
    await expect(iterator.next()).rejects.toThrow('page 1 failed');
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('checks for an abort before each item, between two items of one page, and stops there', async () => {
    const source = pageSource([['a', 'b', 'c'], ['d']]);
    let aborted = false;
    const seenUrls: string[] = [];
    const iterator = new ItemIterator(source.pages, (url) => {
      seenUrls.push(url);
      if (aborted) throw new Error('aborted');
    });
    expect(await iterator.next()).toEqual({ done: false, value: 'a' });
    aborted = true;
    await expect(iterator.next()).rejects.toThrow('aborted');
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(seenUrls).toEqual(['/p/0', '/p/0']);
    await Promise.resolve();
    expect(source.log).toEqual(['fetch 0', 'closed']);
  });
});
