/**
 * `readAhead: true`: the next page's request is sent as soon as a page has been read, so it travels while
 * the caller works through that page (a sequential loop waits for the network once per page). At most one
 * page is requested ahead. A loop that stops early (`break`, a throw, the caller's abort) cancels the
 * request ahead; its outcome, success or error, is never seen by the caller.
 */
import type { PageCallOptions } from './types.js';

export class ReadAhead {
  readonly #controller = new AbortController();
  readonly #init: PageCallOptions;
  readonly #release: () => void;

  /** The caller's signal, when there is one, still cancels the request ahead. */
  constructor(init: PageCallOptions | undefined) {
    const caller = init?.signal;
    const controller = this.#controller;
    const onAbort = (): void => controller.abort(caller?.reason);
    if (caller?.aborted === true) onAbort();
    else caller?.addEventListener('abort', onAbort, { once: true });
    this.#release = () => caller?.removeEventListener('abort', onAbort);
    this.#init = { ...init, signal: controller.signal };
  }

  /**
   * Starts `request` with the walk's signal. The returned promise is marked handled at once: a request
   * that `stop()` cancels, or that fails after the loop has stopped, must not be an unhandled rejection.
   * Awaiting it still throws its error.
   */
  start<T>(request: (init: PageCallOptions) => Promise<T>): Promise<T> {
    const pending = request(this.#init);
    pending.catch(() => undefined);
    return pending;
  }

  /** Cancels a request still under way (none is once the loop has awaited it) and lets go of the caller's signal. */
  stop(): void {
    this.#release();
    this.#controller.abort();
  }
}
