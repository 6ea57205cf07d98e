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
  /** The descriptor to send, with a nested `page` query parameter even if the original declared none. */
  readonly op: OperationDescriptor;
  readonly params: Params;
}

/** The first page: the caller's choice, else cursor paging when the operation supports it, else skip. */
export function planFirstPage(op: OperationDescriptor, params: Params): PagePlan {
  const { op: sendOp, key } = withPageParam(op);
  const page = pageObject(params, key);
  const strategy = chooseStrategy(op, page);
  const callerChose = hasAny(page, SKIP_KEYS) || hasAny(page, cursorKeys(op));
  if (callerChose || strategy === 'skip') return { strategy, op: sendOp, params };
  return {
    strategy,
    op: sendOp,
    params: { ...params, [key]: { ...page, limit: DEFAULT_CURSOR_LIMIT } },
  };
}

/** A count request: the same strategy with page size 0, which the API answers with `meta.count` only. */
export function planCount(op: OperationDescriptor, params: Params): PagePlan {
  const { op: sendOp, key } = withPageParam(op);
  const page = pageObject(params, key);
  const strategy = chooseStrategy(op, page);
  const rest: Record<string, unknown> = {};
  const strategyKeys = new Set([...SKIP_KEYS, ...cursorKeys(op)]);
  for (const [name, value] of Object.entries(page ?? {}))
    if (!strategyKeys.has(name)) rest[name] = value;
  const zero = strategy === 'cursor' ? { limit: 0 } : { size: 0 };
  return { strategy, op: sendOp, params: { ...params, [key]: { ...rest, ...zero } } };
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

function pageObject(params: Params, key: string): Readonly<Record<string, unknown>> | undefined {
  const value = params?.[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

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
