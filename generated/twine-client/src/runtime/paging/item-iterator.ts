/**
 * Every resource of every page, as `all()` returns it. Written by hand rather than as an async generator: a
 * generator's `yield` costs several promise turns per resource, which was ~4% of iterating a long collection
 * over loopback. Here a resource already fetched is one resolved promise away.
 *
 * It keeps an async generator's contract: calls made while a page is being fetched (`next` or `return`)
 * settle in order after it; an error or an abort ends the iteration, and every later `next` reports done;
 * `return` (what `break` calls) ends it without another request.
 */
import type { CollectionPage } from './page.js';

type Result<TItem> = IteratorResult<TItem, undefined>;

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

export class ItemIterator<TItem> implements AsyncIterableIterator<TItem> {
  readonly #pages: AsyncGenerator<CollectionPage<unknown, TItem>, void, undefined>;
  readonly #checkAbort: (url: string) => void;
  #items: readonly TItem[] = [];
  #index = 0;
  #url = '';
  #done = false;
  /** The last queued call still running; later calls wait for it, as they would on a generator. */
  #tail: Promise<Result<TItem>> | undefined;

  /** `checkAbort` throws when the caller's signal has aborted; it runs before each resource is handed out. */
  constructor(
    pages: AsyncGenerator<CollectionPage<unknown, TItem>, void, undefined>,
    checkAbort: (url: string) => void,
  ) {
    this.#pages = pages;
    this.#checkAbort = checkAbort;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<Result<TItem>> {
    if (this.#tail === undefined) {
      try {
        const ready = this.#take();
        if (ready !== undefined) return Promise.resolve(ready);
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    return this.#enqueue(() => this.#advance());
  }

  return(): Promise<Result<TItem>> {
    return this.#enqueue(async () => {
      await this.#finish();
      return DONE;
    });
  }

  #enqueue(run: () => Promise<Result<TItem>>): Promise<Result<TItem>> {
    const step = this.#tail === undefined ? run() : this.#tail.then(run, run);
    this.#tail = step;
    const settle = (): void => {
      if (this.#tail === step) this.#tail = undefined;
    };
    step.then(settle, settle);
    return step;
  }

  async #advance(): Promise<Result<TItem>> {
    for (;;) {
      const ready = this.#take();
      if (ready !== undefined) return ready;
      let page: IteratorResult<CollectionPage<unknown, TItem>, void>;
      try {
        page = await this.#pages.next();
      } catch (error) {
        // The page generator has ended by throwing; so does the iteration.
        this.#done = true;
        throw error;
      }
      if (page.done === true) {
        this.#done = true;
        return DONE;
      }
      this.#items = page.value.data;
      this.#index = 0;
      this.#url = page.value.url;
    }
  }

  /** The next resource already fetched, `DONE` once ended, `undefined` when a page must be fetched. */
  #take(): Result<TItem> | undefined {
    if (this.#done) return DONE;
    if (this.#index >= this.#items.length) return undefined;
    try {
      this.#checkAbort(this.#url);
    } catch (error) {
      // The page generator is paused at a `yield` with no cleanup of its own, so ending it cannot fail.
      void this.#finish().catch(() => undefined);
      throw error;
    }
    const value = this.#items[this.#index] as TItem;
    this.#index += 1;
    return { done: false, value };
  }

  /** Ends the iteration and lets the page generator finish (no further request, no count check). */
  async #finish(): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    this.#items = [];
    await this.#pages.return(undefined);
  }
}
