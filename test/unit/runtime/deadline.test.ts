import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveTimeout, SharedDeadline } from '../../../src/runtime/deadline.js';
import { ParamError } from '../../../src/runtime/errors.js';

// Fake timers and a fake monotonic clock, so windows and deadlines are exact.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SharedDeadline', () => {
  it('gives up to 32 requests of one window the same signal, then opens a new slot', () => {
    const deadline = new SharedDeadline(30_000);
    const slots = Array.from({ length: 33 }, () => deadline.enter());
    expect(new Set(slots.slice(0, 32).map((s) => s.signal)).size).toBe(1);
    expect(slots[32]?.signal).not.toBe(slots[0]?.signal);
  });

  it('opens a new slot once the window (a tenth of the timeout, at most 1 s) has passed', () => {
    const short = new SharedDeadline(200);
    const first = short.enter();
    vi.advanceTimersByTime(19);
    expect(short.enter().signal).toBe(first.signal);
    vi.advanceTimersByTime(1);
    expect(short.enter().signal).not.toBe(first.signal);

    const long = new SharedDeadline(60_000);
    const a = long.enter();
    vi.advanceTimersByTime(999);
    expect(long.enter().signal).toBe(a.signal);
    vi.advanceTimersByTime(1);
    expect(long.enter().signal).not.toBe(a.signal);
  });

  it('aborts a slot with requests in flight no sooner than the timeout and no later than timeout + window', () => {
    const deadline = new SharedDeadline(1000);
    const early = deadline.enter();
    vi.advanceTimersByTime(99);
    const late = deadline.enter();
    expect(late.signal).toBe(early.signal);
    vi.advanceTimersByTime(1000); // the late request has had its full second
    expect(early.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1); // the early one has had 1,100 ms: the window's worth more
    expect(early.signal.aborted).toBe(true);
    expect(early.timedOut).toBe(true);
    // A timed-out slot is never joined again.
    expect(deadline.enter().signal).not.toBe(early.signal);
  });

  it('does not abort a slot whose requests are all done, and joins its window again while it waits', () => {
    const deadline = new SharedDeadline(1000);
    const slot = deadline.enter();
    deadline.leave(slot);
    expect(deadline.enter().signal).toBe(slot.signal); // Node's unref lets an idle slot wait
    deadline.leave(slot);
    vi.advanceTimersByTime(5000);
    expect(slot.signal.aborted).toBe(false);
  });

  it('clears the timer of a closed slot when its last request leaves', () => {
    const deadline = new SharedDeadline(1000);
    const first = deadline.enter();
    vi.advanceTimersByTime(100); // window over: the next request opens a second slot
    const second = deadline.enter();
    expect(vi.getTimerCount()).toBe(2);
    deadline.leave(first);
    expect(vi.getTimerCount()).toBe(1);
    deadline.leave(second); // the open slot keeps its unref'd timer for the rest of its window
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(100);
    deadline.enter();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('without unref (browsers, Deno) an idle slot is closed at once, so no timer outlives the requests', () => {
    const realSetTimeout = globalThis.setTimeout;
    // Browsers and Deno return a number; the fake clock's handle is kept aside to clear it.
    const handles = new Map<number, ReturnType<typeof setTimeout>>();
    let next = 1;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms: number) => {
      const id = next++;
      handles.set(id, realSetTimeout(fn, ms));
      return id;
    }) as unknown as typeof setTimeout);
    const realClear = globalThis.clearTimeout;
    vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((id: number) => realClear(handles.get(id))) as unknown as typeof clearTimeout);
    try {
      const deadline = new SharedDeadline(1000);
      const slot = deadline.enter();
      deadline.leave(slot);
      expect(vi.getTimerCount()).toBe(0);
      expect(deadline.enter().signal).not.toBe(slot.signal);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('SharedDeadline with a caller signal', () => {
  it("shares slots among the requests of one signal, apart from other signals' and the client's own", () => {
    const deadline = new SharedDeadline(30_000);
    const mine = new AbortController().signal;
    const theirs = new AbortController().signal;
    const a = deadline.enter(mine);
    expect(deadline.enter(mine).signal).toBe(a.signal);
    expect(deadline.enter(theirs).signal).not.toBe(a.signal);
    expect(deadline.enter().signal).not.toBe(a.signal);
    const more = Array.from({ length: 31 }, () => deadline.enter(mine));
    expect(more.at(-1)?.signal).not.toBe(a.signal); // 33 requests: the 32-sharer cap applies per signal too
  });

  it("aborts the signal's slot when the caller aborts, which is not a timeout, and leaves other slots alone", () => {
    const deadline = new SharedDeadline(30_000);
    const caller = new AbortController();
    const slot = deadline.enter(caller.signal);
    const unrelated = deadline.enter();
    caller.abort(new Error('shutting down'));
    expect(slot.signal.aborted).toBe(true);
    expect(slot.signal.reason).toEqual(new Error('shutting down'));
    expect(slot.timedOut).toBe(false);
    expect(unrelated.signal.aborted).toBe(false);
  });

  it('times out like any slot', () => {
    const deadline = new SharedDeadline(1000);
    const slot = deadline.enter(new AbortController().signal);
    vi.advanceTimersByTime(1100);
    expect(slot.signal.aborted).toBe(true);
    expect(slot.timedOut).toBe(true);
  });

  it("holds one listener on the caller's signal per slot, and none once its requests are over", () => {
    const deadline = new SharedDeadline(1000);
    const caller = new AbortController().signal;
    const slots = Array.from({ length: 32 }, () => deadline.enter(caller));
    expect(getEventListeners(caller, 'abort')).toHaveLength(1);
    vi.advanceTimersByTime(100); // window over: the next request opens a second slot
    const later = deadline.enter(caller);
    expect(getEventListeners(caller, 'abort')).toHaveLength(2);
    for (const slot of slots) deadline.leave(slot);
    expect(getEventListeners(caller, 'abort')).toHaveLength(1); // the closed slot let go at once
    deadline.leave(later); // the open one lingers (unref'd) until its timer ends
    vi.advanceTimersByTime(1100);
    expect(getEventListeners(caller, 'abort')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('resolveTimeout', () => {
  it('keeps a usable timeout, falls back when absent, and reads 0 as none', () => {
    expect(resolveTimeout(undefined, 30_000)).toBe(30_000);
    expect(resolveTimeout(0, 30_000)).toBe(0);
    expect(resolveTimeout(1500, 30_000)).toBe(1500);
    expect(resolveTimeout(2 ** 31 - 1001, 30_000)).toBe(2 ** 31 - 1001);
  });

  it('reads a timeout too long for a timer as none, not as the instant one setTimeout would make', () => {
    expect(resolveTimeout(Number.POSITIVE_INFINITY, 30_000)).toBe(0);
    expect(resolveTimeout(2 ** 31, 30_000)).toBe(0);
  });

  it.each([-1, Number.NaN, '100' as unknown as number])('rejects %j with a ParamError', (value) => {
    expect(() => resolveTimeout(value, 30_000)).toThrow(ParamError);
    expect(() => resolveTimeout(value, 30_000)).toThrow(/timeoutMs must be a number of milliseconds, 0 for no timeout/);
  });
});
