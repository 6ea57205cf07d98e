/** `count()`: the collection's total from one request with page size 0 (the API then sends only `meta.count`). */
import type { OperationDescriptor } from '../descriptor.js';
import { ApiError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { Redactor } from '../redact.js';
import type { Params } from '../serialize.js';
import type { Transport } from '../transport.js';
import { readPage } from './read-page.js';
import { planCount } from './strategy.js';

export async function countResources(
  transport: Transport,
  op: OperationDescriptor,
  params: Params,
  init: CallOptions | undefined,
): Promise<number> {
  const plan = planCount(op, params);
  const response = await transport.send(plan.op, plan.params, init);
  const count = readPage(response, plan.op).meta.count;
  if (typeof count === 'number') return count;
  const url = new Redactor().url(response.url);
  throw new ApiError({
    message: `${op.operationId}: the response has no numeric meta.count, so the total is unknown; iterate with .all() instead`,
    status: response.status,
    method: response.method,
    url,
  });
}
