/**
 * The client-wide per-attempt timeout, shared by requests that start close together.
 *
 * Cancelling a `fetch` needs an `AbortSignal`. A fresh `AbortController` and timer for every request cost
 * about 5% of a loopback request in Node 20, so requests join a *slot*: one controller and one timer for up
 * to `MAX_SHARERS` requests that start within one window. Requests that bring the same caller signal share
 * slots of their own, which that signal also aborts (one listener per slot, not per request); requests
 * without a signal share the client's. The slot's timer
 * fires `timeoutMs + window` after the slot opened, so every request in it gets at least `timeoutMs` and at
 * most `timeoutMs` plus the window (a tenth of the timeout, at most a second). When it fires, the requests
 * still running are aborted and report the timeout; those already done are not touched.
 *
 * The sharer cap matters: `fetch` implementations attach a listener per request to the signal and may keep
 * it until the request is garbage-collected (undici does), so a signal shared without a bound collects
 * thousands of listeners.
 */

import { ParamError } from './errors.js';

const MAX_SHARERS = 32;
const MAX_WINDOW_MS = 1000;
/** `setTimeout` fires at once for delays past 2^31 - 1 ms (~24.8 days), window included. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1 - MAX_WINDOW_MS;

/**
 * A `timeoutMs` option as the transport uses it: `fallback` when absent, 0 for none. A timeout too long for
 * a timer (`Infinity`, say) means none, rather than the instant timeout `setTimeout` would make of it.
 */
export function resolveTimeout(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0)) {
    throw new ParamError(
      `timeoutMs must be a number of milliseconds, 0 for no timeout (got ${String(value)})`,
    );
  }
  return value > MAX_TIMEOUT_MS ? 0 : value;
}

export interface DeadlineSlot {
  readonly signal: AbortSignal;
  /** Set just before the signal aborts, so a failed request can tell a timeout from other errors. */
  readonly timedOut: boolean;
}

interface Slot extends DeadlineSlot {
  timedOut: boolean;
  /** What the slot is open for: the caller's signal its requests share, or the deadline itself. */
  readonly key: object;
  /** Detaches the slot from the caller's signal once no request in it can be aborted any more. */
  readonly release: () => void;
  sharers: number;
  inFlight: number;
  readonly closesAt: number;
  readonly timer: ReturnType<typeof setTimeout>;
  /** The timer cannot keep a process alive (Node's `unref`), so an idle slot may wait for the next request. */
  readonly lingers: boolean;
}

export class SharedDeadline {
  readonly #timeoutMs: number;
  readonly #windowMs: number;
  /** The slot open for each caller signal, and for requests without one (keyed by the deadline itself). */
  readonly #open = new WeakMap<object, Slot>();

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
    this.#windowMs = Math.min(MAX_WINDOW_MS, timeoutMs / 10);
  }

  /**
   * The slot a request starting now joins (with `signal`: one that the signal aborts too, so pass a signal
   * that is not aborted yet); pass it to `leave` when the request is over.
   */
  enter(signal?: AbortSignal): DeadlineSlot {
    // A monotonic clock: a wall-clock step backwards must not keep a slot open past its window.
    const now = performance.now();
    const key = signal ?? this;
    let slot = this.#open.get(key);
    if (slot === undefined || slot.sharers >= MAX_SHARERS || now >= slot.closesAt) {
      if (slot !== undefined) this.#close(slot);
      slot = this.#start(now, key, signal);
    }
    slot.sharers += 1;
    slot.inFlight += 1;
    return slot;
  }

  leave(slot: DeadlineSlot): void {
    const own = slot as Slot;
    own.inFlight -= 1;
    if (own.inFlight > 0) return;
    if (this.#open.get(own.key) === own) {
      if (own.lingers) return;
      // Without `unref` a pending timer would hold a process (Deno, say) open for the whole timeout.
      this.#open.delete(own.key);
    }
    this.#end(own);
  }

  #start(now: number, key: object, caller: AbortSignal | undefined): Slot {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      slot.timedOut = true;
      if (this.#open.get(key) === slot) this.#open.delete(key);
      slot.release();
      if (slot.inFlight > 0) controller.abort();
    }, this.#timeoutMs + this.#windowMs);
    const onAbort = (): void => controller.abort(caller?.reason);
    caller?.addEventListener('abort', onAbort, { once: true });
    // Requests in flight hold their own sockets open, so the timer need not keep the process alive.
    const unref = (timer as { unref?: () => unknown }).unref;
    if (typeof unref === 'function') unref.call(timer);
    const slot: Slot = {
      signal: controller.signal,
      timedOut: false,
      key,
      release: () => caller?.removeEventListener('abort', onAbort),
      sharers: 0,
      inFlight: 0,
      closesAt: now + this.#windowMs,
      timer,
      lingers: typeof unref === 'function',
    };
    this.#open.set(key, slot);
    return slot;
  }

  /** No one joins a closed slot; its timer goes as soon as its last request ends. */
  #close(slot: Slot): void {
    this.#open.delete(slot.key);
    if (slot.inFlight === 0) this.#end(slot);
  }

  #end(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.release();
  }
}
