/**
 * Which paging strategy a request uses, and the `page` object it sends. The API documents two (seed 002):
 * skip (`page[size]`, `page[number]`, its default without page parameters) and cursor (`page[limit]` plus a
 * cursor, encouraged for performance). Mixing them is invalid, so a mixed object is refused before any request.
 */
import type { OperationDescriptor, PagingSupport } from '../descriptor.js';
import { ParamError } from '../errors.js';
import type { Params } from '../serialize.js';

export type PagingStrategy = 'cursor' | 'skip';

/** `page[limit]`'s default in the real spec; sent when the client picks cursor paging for the caller. */
export const DEFAULT_CURSOR_LIMIT = 50;

const SKIP_KEYS: readonly string[] = ['size', 'number'];
/** Both cursor names seen in the spec's history; the descriptor may name the one it declares. */
const CURSOR_KEYS: readonly string[] = ['limit', 'cursor', 'after'];
const NO_PAGING: PagingSupport = { skip: true, cursor: false };

export interface PagePlan {
  readonly strategy: PagingStrategy;
  /** The first request asks for the collection's first page (no page number past 1, no cursor). */
  readonly fromStart: boolean;
  /** The descriptor to send, with a nested `page` query parameter even if the original declared none. */
  readonly op: OperationDescriptor;
  readonly params: Params;
}

/** The first page: the caller's choice, else cursor paging when the operation supports it, else skip. */
export function planFirstPage(op: OperationDescriptor, params: Params): PagePlan {
  const { op: sendOp, key } = withPageParam(op);
  const page = pageObject(params, key, op);
  const strategy = chooseStrategy(op, page);
  const callerChose = hasAny(page, SKIP_KEYS) || hasAny(page, cursorKeys(op));
  const cursor = cursorKeys(op).filter((name) => name !== 'limit');
  const fromStart = (page?.['number'] ?? 1) === 1 && !hasAny(page, cursor);
  if (callerChose || strategy === 'skip') return { strategy, fromStart, op: sendOp, params };
  return {
    strategy,
    fromStart,
    op: sendOp,
    params: { ...params, [key]: { ...page, limit: DEFAULT_CURSOR_LIMIT } },
  };
}

/** `.all()` and `.pages()`: the first page's plan; page size 0 would fetch only the count, so it is refused. */
export function planIteration(op: OperationDescriptor, params: Params): PagePlan {
  const plan = planFirstPage(op, params);
  const page = pageObject(plan.params, withPageParam(op).key, op);
  if (page?.['size'] === 0 || page?.['limit'] === 0) {
    throw new ParamError(
      `${op.operationId}: page size 0 asks the API for meta.count only, so there is nothing to iterate; use .count()`,
    );
  }
  return plan;
}

/** A count request: the same strategy with page size 0, which the API answers with `meta.count` only. */
export function planCount(op: OperationDescriptor, params: Params): PagePlan {
  const { op: sendOp, key } = withPageParam(op);
  const page = pageObject(params, key, op);
  const strategy = chooseStrategy(op, page);
  const rest: Record<string, unknown> = {};
  const strategyKeys = new Set([...SKIP_KEYS, ...cursorKeys(op)]);
  for (const [name, value] of Object.entries(page ?? {}))
    if (!strategyKeys.has(name)) rest[name] = value;
  const zero = strategy === 'cursor' ? { limit: 0 } : { size: 0 };
  return {
    strategy,
    fromStart: true,
    op: sendOp,
    params: { ...params, [key]: { ...rest, ...zero } },
  };
}

function chooseStrategy(
  op: OperationDescriptor,
  page: Readonly<Record<string, unknown>> | undefined,
): PagingStrategy {
  const skip = hasAny(page, SKIP_KEYS);
  const cursor = hasAny(page, cursorKeys(op));
  if (skip && cursor) {
    throw new ParamError(
      `${op.operationId}: \`page\` mixes skip paging (size, number) with cursor paging (limit, cursor); ` +
        'the API rejects that. Pass either `page: { limit }` or `page: { size, number }`',
    );
  }
  if (skip) return 'skip';
  if (cursor) return 'cursor';
  return (op.paging ?? NO_PAGING).cursor ? 'cursor' : 'skip';
}

function cursorKeys(op: OperationDescriptor): readonly string[] {
  const declared = /^page\[([^\]]+)\]$/.exec(op.paging?.cursorParam ?? '')?.[1];
  return declared === undefined || CURSOR_KEYS.includes(declared)
    ? CURSOR_KEYS
    : [...CURSOR_KEYS, declared];
}

function hasAny(
  page: Readonly<Record<string, unknown>> | undefined,
  keys: readonly string[],
): boolean {
  return page !== undefined && keys.some((key) => page[key] !== undefined && page[key] !== null);
}

/**
 * The caller's `page` object, checked before any request: the API answers a negative, fractional or
 * non-numeric size with an error page at best, and a `page` that is not an object would otherwise be
 * ignored without a word.
 */
function pageObject(
  params: Params,
  key: string,
  op: OperationDescriptor,
): Readonly<Record<string, unknown>> | undefined {
  const value = params?.[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ParamError(
      `${op.operationId}: \`page\` must be an object such as { limit: 50 } or { size: 50, number: 1 }`,
    );
  }
  const page = value as Record<string, unknown>;
  for (const [name, least] of PAGE_NUMBERS) {
    const n = page[name];
    if (n === undefined || n === null) continue;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < least) {
      throw new ParamError(
        `${op.operationId}: page.${name} must be a whole number of at least ${least} (got ${typeof n === 'number' ? n : typeof n})`,
      );
    }
  }
  return page;
}

/** The numeric members of `page` and their least value. */
const PAGE_NUMBERS: ReadonlyArray<readonly [string, number]> = [
  ['size', 0],
  ['limit', 0],
  ['number', 1],
];

const withPage = new WeakMap<OperationDescriptor, { op: OperationDescriptor; key: string }>();

/** The params key of the `page` family; a descriptor without one gets it added (once per descriptor). */
function withPageParam(op: OperationDescriptor): { op: OperationDescriptor; key: string } {
  let found = withPage.get(op);
  if (found !== undefined) return found;
  const entry = Object.entries(op.params).find(
    ([, desc]) => desc.in === 'query' && desc.name === 'page',
  );
  found =
    entry !== undefined
      ? { op, key: entry[0] }
      : {
          op: {
            ...op,
            params: { ...op.params, page: { in: 'query', name: 'page', nested: true } },
          },
          key: 'page',
        };
  withPage.set(op, found);
  return found;
}
