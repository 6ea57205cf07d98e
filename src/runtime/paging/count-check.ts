/**
 * The completeness check the API itself advises: after a full iteration, compare what was fetched with
 * `meta.count`. Under skip paging distinct resources are counted (by type and id), because a collection that
 * grows in front of the position returns the same resource twice while missing another: the raw number of
 * items then equals `meta.count` although a resource was missed. Cursor paging never repeats a resource
 * (seed 002), so there the raw number is compared and no id is kept in memory.
 */
import type { CountMismatchInfo, CountMismatchPolicy, Hooks } from '../options.js';
import { Redactor } from '../redact.js';
import { CountMismatchError } from './errors.js';
import type { PagingStrategy } from './strategy.js';

export class CountTally {
  #fetched = 0;
  #untracked = 0;
  #expected: number | undefined;
  /** Ids seen per type; only kept when a mismatch will be reported. Per-type sets avoid building a key per item. */
  readonly #seen: Map<unknown, Set<unknown>> | undefined;

  constructor(trackIdentities: boolean) {
    this.#seen = trackIdentities ? new Map() : undefined;
  }

  /** Counts one page; the last page's `meta.count` is the expectation (the collection's latest size). */
  add(data: readonly unknown[], count: unknown): void {
    this.#fetched += data.length;
    if (typeof count === 'number') this.#expected = count;
    const seen = this.#seen;
    if (seen === undefined) return;
    for (const item of data) {
      const id =
        item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (typeof id !== 'string' && typeof id !== 'number') {
        this.#untracked += 1;
        continue;
      }
      const type = (item as { type?: unknown }).type;
      let ids = seen.get(type);
      if (ids === undefined) seen.set(type, (ids = new Set()));
      ids.add(String(id));
    }
  }

  /** The mismatch after a full iteration, or `undefined` when the counts agree or no `meta.count` came. */
  mismatch(operationId: string, strategy: PagingStrategy): CountMismatchInfo | undefined {
    if (this.#expected === undefined) return undefined;
    let unique = this.#fetched;
    if (this.#seen !== undefined) {
      unique = this.#untracked;
      for (const ids of this.#seen.values()) unique += ids.size;
    }
    if (unique === this.#expected) return undefined;
    return {
      operationId,
      strategy,
      expected: this.#expected,
      fetched: this.#fetched,
      unique,
      duplicates: this.#fetched - unique,
    };
  }
}

export function countMismatchMessage(info: CountMismatchInfo): string {
  const duplicates = info.duplicates > 0 ? `, ${info.duplicates} of them duplicates` : '';
  const advice =
    info.strategy === 'skip'
      ? 'the collection changed during skip paging, or the server stopped sending links.next early; cursor paging (`page: { limit }`) does not repeat resources'
      : 'the collection changed during the iteration, or the server stopped sending links.next early; iterate again to pick up the changes';
  return `${info.operationId}: fetched ${info.unique} distinct resources (${info.fetched} in all${duplicates}) but meta.count is ${info.expected}: ${advice}`;
}

/** `warn` goes to `hooks.onCountMismatch` when set, else `console.warn`; `throw` rejects the iteration. */
export function reportCountMismatch(
  info: CountMismatchInfo,
  policy: CountMismatchPolicy,
  hooks: Hooks | undefined,
  url: string,
): void {
  if (policy === 'ignore') return;
  const message = countMismatchMessage(info);
  if (policy === 'throw') throw new CountMismatchError(info, message, new Redactor().url(url));
  if (hooks?.onCountMismatch === undefined) {
    console.warn(message);
    return;
  }
  try {
    hooks.onCountMismatch(info);
  } catch {
    // A throwing hook (a logger bug) must not fail an iteration that succeeded; the transport does the same.
  }
}
