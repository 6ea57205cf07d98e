/** `count()`: the collection's total from one request with page size 0 (the API then sends only `meta.count`). */
import type { OperationDescriptor } from '../descriptor.js';
import { invalidResponse } from '../invalid-response.js';
import type { CallOptions } from '../options.js';
import type { Params } from '../serialize.js';
import type { Transport } from '../transport.js';
import { metaCount, readPage } from './read-page.js';
import { planCount } from './strategy.js';

export async function countResources(
  transport: Transport,
  op: OperationDescriptor,
  params: Params,
  init: CallOptions | undefined,
): Promise<number> {
  const plan = planCount(op, params);
  const response = await transport.send(plan.op, plan.params, init);
  const count = metaCount(readPage(response, plan.op, transport.redactor, 'any').meta);
  if (count !== undefined) return count;
  throw invalidResponse(
    response,
    op,
    {
      problem:
        'returned no numeric meta.count, so the total is unknown; iterate with .all() instead',
    },
    transport.redactor,
  );
}
