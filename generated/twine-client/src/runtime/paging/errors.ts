/** The error a full iteration throws under `onCountMismatch: 'throw'`. */
import { ApiError } from '../errors.js';
import type { CountMismatchInfo } from '../options.js';

/**
 * The resources an iteration fetched do not match the collection's `meta.count`: the collection changed
 * while it was read (or the server's paging is inconsistent). Everything fetched was already yielded.
 */
export class CountMismatchError extends ApiError {
  override name = 'CountMismatchError';
  readonly expected: number;
  readonly fetched: number;
  readonly unique: number;
  readonly duplicates: number;

  constructor(info: CountMismatchInfo, message: string, url: string) {
    super({ message, method: 'GET', url });
    this.expected = info.expected;
    this.fetched = info.fetched;
    this.unique = info.unique;
    this.duplicates = info.duplicates;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      expected: this.expected,
      fetched: this.fetched,
      unique: this.unique,
      duplicates: this.duplicates,
    };
  }
}
