/**
 * `readAhead: true`: a page's successor is requested as soon as the page's links are read, before the page
 * is decoded, so the network works while the runtime decodes and the caller's loop runs (a sequential loop
 * waits for the network once per page). At most one page goes beyond the one the loop holds: a page read
 * while the loop still holds its predecessor requests its own successor only when the loop moves on to it.
 * A loop that stops early (`break`, a throw, the caller's abort) cancels the request under way; its
 * outcome, success or error, is never seen by the caller.
 */
import type { CollectionPage, PageReader } from './page.js';
import type { PageCallOptions } from './types.js';

type PageRequest<TResult, TItem> = Promise<CollectionPage<TResult, TItem> | undefined>;

export class ReadAhead<TResult, TItem> implements PageReader<TResult, TItem> {
  readonly #controller = new AbortController();
  /** The caller's options with the walk's signal: what the requests ahead are sent with. */
  readonly init: PageCallOptions;
  readonly #release: () => void;
  /** The index of the page the loop holds or waits for, and the number of pages read so far. */
  #wanted = 0;
  #read = 0;
  /** The request for the page after the one the loop holds. */
  #requested: PageRequest<TResult, TItem> | undefined;
  /** The page after the one the loop holds, read already; its successor waits until the loop moves on. */
  #readEarly: CollectionPage<TResult, TItem> | undefined;

  /** The caller's signal, when there is one, still cancels the request ahead. */
  constructor(init: PageCallOptions | undefined) {
    const caller = init?.signal;
    const controller = this.#controller;
    const onAbort = (): void => controller.abort(caller?.reason);
    if (caller?.aborted === true) onAbort();
    else caller?.addEventListener('abort', onAbort, { once: true });
    this.#release = () => caller?.removeEventListener('abort', onAbort);
    this.init = { ...init, signal: controller.signal };
  }

  /** Called by each page of the walk once its links are known. */
  onRead(page: CollectionPage<TResult, TItem>): void {
    if (this.#read++ === this.#wanted) this.#request(page);
    else this.#readEarly = page;
  }

  /** The loop moves on from the page it holds: the request for the next one (`undefined` if none was sent). */
  next(): PageRequest<TResult, TItem> | undefined {
    this.#wanted += 1;
    const following = this.#requested;
    this.#requested = undefined;
    if (this.#readEarly !== undefined) this.#request(this.#readEarly);
    this.#readEarly = undefined;
    return following;
  }

  /** Cancels a request still under way and lets go of the caller's signal. */
  stop(): void {
    this.#release();
    this.#controller.abort();
  }

  /**
   * The request is marked handled at once: one that `stop()` cancels, or that fails after the loop has
   * stopped, must not be an unhandled rejection. Awaiting it still throws its error.
   */
  #request(from: CollectionPage<TResult, TItem>): void {
    if (!from.hasNextPage()) return;
    const pending = from.nextPage(undefined, this);
    pending.catch(() => undefined);
    this.#requested = pending;
  }
}
