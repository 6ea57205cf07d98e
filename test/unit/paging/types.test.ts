/**
 * Compile-time behaviour of the paging types: `npx tsc -p tsconfig.json` fails if a `@ts-expect-error` line
 * below stops being an error. The runtime assertions check what the typed calls do.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OperationDescriptor } from '../../../src/runtime/descriptor.js';
import { bindPaged, pagedOperation, type OneStrategyPage, type Page } from '../../../src/runtime/paging/index.js';
import type { Transport } from '../../../src/runtime/transport.js';

type PatientPage = OneStrategyPage<{ limit?: number; cursor?: string }, { size?: number; number?: number }>;
interface Params { readonly filter?: { readonly groups?: string }; readonly page?: PatientPage }
interface RequiredParams { readonly id: string }
interface Patient { id: string; type: string; first_name?: string }

const op: OperationDescriptor = {
  operationId: 'fetchPatients', method: 'GET', path: '/patient', accept: [], jsonApi: true,
  params: { page: { in: 'query', name: 'page', nested: true } }, paging: { skip: true, cursor: true },
};

describe('paging types', () => {
  it('accepts one strategy and rejects a mixed page object at compile time', () => {
    const pages: PatientPage[] = [{ limit: 10 }, { limit: 10, cursor: 'c' }, { size: 10, number: 2 }, {}];
    // @ts-expect-error mixing cursor and skip members
    const mixed: PatientPage = { limit: 10, size: 10 };
    // @ts-expect-error mixing a cursor with a page number
    const mixed2: PatientPage = { cursor: 'c', number: 2 };
    expect([...pages, mixed, mixed2]).toHaveLength(6);
  });

  it('infers params, page and item types through pagedOperation and bindPaged', async () => {
    const requests: string[] = [];
    const transport = {
      baseUrl: 'http://127.0.0.1:1/pub',
      send: async () => {
        requests.push('send');
        return { method: 'GET', url: 'http://127.0.0.1:1/pub/patient', status: 200, statusText: 'OK', headers: new Headers(), text: '{"meta":{"count":0},"data":[]}' };
      },
    } as unknown as Transport;
    const fetchPatients = pagedOperation<Params, unknown, Patient>(op);
    const client = { fetchPatients: bindPaged(transport, fetchPatients) };
    const first = await client.fetchPatients({ filter: { groups: 'g1' } });
    expectTypeOf(first).toEqualTypeOf<Page<unknown, Patient>>();
    expectTypeOf(client.fetchPatients.all()).toEqualTypeOf<AsyncIterableIterator<Patient>>();
    expect(await client.fetchPatients.count()).toBe(0);
    // @ts-expect-error unknown parameter
    void client.fetchPatients.pages({ bogus: 1 });
    // @ts-expect-error mixed page object
    void client.fetchPatients({ page: { limit: 1, size: 1 } }).catch(() => undefined);

    const fetchOne = pagedOperation<RequiredParams, unknown, Patient>(op);
    // @ts-expect-error params are required when a member is
    void fetchOne(transport).catch(() => undefined);
    expect(requests).toEqual(['send', 'send', 'send']);
  });
});
