/** Hand-written descriptors (as the generator emits them for spec 098) and test seams for runtime e2e tests. */
import type { OperationDescriptor } from '../../src/runtime/descriptor.js';
import type { Clock } from '../../src/runtime/options.js';

const JSON_API = ['application/vnd.api+json'];

export const ops = {
  fetchPatient: {
    operationId: 'fetchPatient', method: 'GET', path: '/patient/{id}', accept: JSON_API, jsonApi: true,
    params: { id: { in: 'path', name: 'id' }, include: { in: 'query', name: 'include' } },
  },
  fetchPatients: {
    operationId: 'fetchPatients', method: 'GET', path: '/patient', accept: JSON_API, jsonApi: true,
    params: { filter: { in: 'query', name: 'filter', nested: true }, page: { in: 'query', name: 'page', nested: true }, include: { in: 'query', name: 'include' } },
  },
  createPatient: {
    operationId: 'createPatient', method: 'POST', path: '/patient', accept: JSON_API, jsonApi: true, params: {},
    body: { contentTypes: JSON_API, required: true },
  },
  updatePatient: {
    operationId: 'updatePatient', method: 'PATCH', path: '/patient/{id}', accept: JSON_API, jsonApi: true,
    params: { id: { in: 'path', name: 'id' } }, body: { contentTypes: JSON_API, required: true },
  },
  fetchTokenGroups: {
    operationId: 'fetchTokenGroups', method: 'GET', path: '/oauth/token/{id}/groups', accept: JSON_API, jsonApi: true,
    params: { id: { in: 'path', name: 'id' } },
  },
  fetchTokenOrganization: {
    operationId: 'fetchTokenOrganization', method: 'GET', path: '/oauth/token/{id}/organization', accept: JSON_API, jsonApi: true,
    params: { id: { in: 'path', name: 'id' } },
  },
  createToken: {
    operationId: 'createToken', method: 'POST', path: '/oauth/token', accept: JSON_API, jsonApi: true,
    params: { include: { in: 'query', name: 'include' } }, body: { contentTypes: ['application/vnd.api+json', 'application/json'], required: true },
  },
} satisfies Record<string, OperationDescriptor>;

export const DEFAULTS = { tokenUrl: '/oauth/token' } as const;

/** A clock tests move by hand; `sleep` records the delay and returns at once (or rejects on abort). */
export function manualClock(start = Date.UTC(2019, 5, 11)): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => 0.5,
    advance: (ms) => { now += ms; },
    sleep: (ms, signal) => {
      sleeps.push(ms);
      return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
    },
  };
}

export const SECRET = 'e2e-client-secret-7f3a9c';
export const CLIENT = { id: 'e2e-client-id', secret: SECRET };
