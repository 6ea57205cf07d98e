/**
 * Iteration over every page and every resource. Pages are fetched lazily, one at a time, so a `break`
 * sends no further request; with `readAhead` the next page is requested while the caller works through the
 * current one (see read-ahead.ts). Each request goes through the transport (auth, retries, hooks, signal).
 */
import type { OperationDescriptor } from '../descriptor.js';
import { ApiAbortError, ParamError } from '../errors.js';
import type { CountMismatchPolicy } from '../options.js';
import { Redactor } from '../redact.js';
import type { Params } from '../serialize.js';
import type { Transport } from '../transport.js';
import { CountTally, reportCountMismatch } from './count-check.js';
import { CollectionPage, type PageReader } from './page.js';
import { ReadAhead } from './read-ahead.js';
import { metaCount } from './read-page.js';
import { planFirstPage, planIteration, type PagePlan } from './strategy.js';
import type { PageCallOptions } from './types.js';

const POLICIES: readonly unknown[] = ['warn', 'throw', 'ignore'] satisfies CountMismatchPolicy[];

/** The first page, with the strategy chosen for the caller (a mixed `page` object throws before any request). */
export async function fetchFirstPage<TResult, TItem>(
  transport: Transport,
  op: OperationDescriptor,
  params: Params,
  init: PageCallOptions | undefined,
): Promise<CollectionPage<TResult, TItem>> {
  return sendPlan(transport, planFirstPage(op, params), init);
}

async function sendPlan<TResult, TItem>(
  transport: Transport,
  plan: PagePlan,
  init: PageCallOptions | undefined,
  reader?: PageReader<TResult, TItem>,
): Promise<CollectionPage<TResult, TItem>> {
  return new CollectionPage<TResult, TItem>(
    transport,
    plan.op,
    await transport.send(plan.op, plan.params, init),
    init,
    undefined,
    reader,
  );
}

/**
 * Every page, following `links.next`. Stops when there is no next link, a page is empty, or a next link was
 * already fetched (a server bug that would otherwise loop forever). After the last page of an iteration that
 * started at the collection's beginning, the fetched resources are checked against `meta.count`.
 */
export async function* iteratePages<TResult, TItem>(
  transport: Transport,
  op: OperationDescriptor,
  params: Params,
  init: PageCallOptions | undefined,
): AsyncGenerator<CollectionPage<TResult, TItem>, void, undefined> {
  const plan = planIteration(op, params);
  const policy = countMismatchPolicy(
    op,
    init?.onCountMismatch ?? transport.paging?.onCountMismatch,
  );
  // A walk that starts mid-collection fetches fewer than meta.count by design: nothing to check.
  // Only skip paging repeats resources (seed 002), so only it pays for remembering every id it has seen.
  const tally =
    policy !== 'ignore' && plan.fromStart ? new CountTally(plan.strategy === 'skip') : undefined;
  const ahead =
    (init?.readAhead ?? transport.paging?.readAhead) === true
      ? new ReadAhead<TResult, TItem>(init)
      : undefined;
  try {
    let page = await sendPlan<TResult, TItem>(transport, plan, init, ahead);
    const firstUrl = page.url;
    for (;;) {
      tally?.add(page.data, metaCount(page.meta));
      yield page;
      if (!page.hasNextPage()) break;
      throwIfAborted(init?.signal, op, page.nextUrl ?? page.url);
      const next = await (ahead?.next() ?? page.nextPage(init));
      if (next === undefined) break;
      page = next;
    }
    const mismatch = tally?.mismatch(op.operationId, plan.strategy);
    if (mismatch !== undefined)
      reportCountMismatch(mismatch, policy, transport.paging?.hooks, firstUrl);
  } finally {
    ahead?.stop();
  }
}

/** Every resource of every page; an abort stops it between two resources, not only between pages. */
export async function* iterateItems<TItem>(
  transport: Transport,
  op: OperationDescriptor,
  params: Params,
  init: PageCallOptions | undefined,
): AsyncGenerator<TItem, void, undefined> {
  const signal = init?.signal;
  for await (const page of iteratePages<unknown, TItem>(transport, op, params, init)) {
    for (const item of page.data) {
      throwIfAborted(signal, op, page.url);
      yield item;
    }
  }
}

function throwIfAborted(
  signal: AbortSignal | undefined,
  op: OperationDescriptor,
  url: string,
): void {
  if (signal?.aborted !== true) return;
  const safeUrl = new Redactor().url(url);
  throw new ApiAbortError({
    message: `Iteration aborted: ${op.operationId} (${safeUrl})`,
    method: 'GET',
    url: safeUrl,
    cause: signal.reason,
  });
}

/** The caller's policy, `warn` by default; a misspelt one (plain JS) is refused rather than read as `warn`. */
function countMismatchPolicy(
  op: OperationDescriptor,
  policy: CountMismatchPolicy | undefined,
): CountMismatchPolicy {
  if (policy === undefined) return 'warn';
  if (POLICIES.includes(policy)) return policy;
  throw new ParamError(
    `${op.operationId}: onCountMismatch must be 'warn', 'throw' or 'ignore' (got ${String(policy)})`,
  );
}
