// What the runtime benchmarks send and receive, in one place so that paging.mjs (over loopback) and
// runtime-cpu.mjs (without the network) measure the same documents and descriptors.

export const ORG = '58c88de70000000000000001';

/** GET /patient/{id}?include=groups and its one-resource response body. */
export const fetchPatientOp = {
  operationId: 'fetchPatient', method: 'GET', path: '/patient/{id}', accept: ['application/vnd.api+json'], jsonApi: true,
  params: { id: { in: 'path', name: 'id' }, include: { in: 'query', name: 'include' } },
};
export const patientBody = JSON.stringify({ meta: { req_id: 'r' }, data: { type: 'patient', id: '57b3', attributes: { first_name: 'Fiona' } } });

/** GET /patient, pageable by skip and cursor (pass to `pagedOperation`). */
export const fetchPatientsOp = {
  operationId: 'fetchPatients', method: 'GET', path: '/patient', accept: ['application/vnd.api+json'], jsonApi: true,
  params: { filter: { in: 'query', name: 'filter', nested: true }, page: { in: 'query', name: 'page', nested: true } },
  paging: { skip: true, cursor: true, cursorParam: 'page[cursor]' },
};

/**
 * `resources` patients in cursor pages of `limit`, keyed by the `page[cursor]` that asks for each ('' for the
 * first): JSON:API bodies with `meta.count`, a to-many relationship per patient and `links.next`.
 */
export function cursorPages(resources, limit) {
  const ids = Array.from({ length: resources }, (_, i) => `58163112${(i + 1).toString(16).padStart(16, '0')}`);
  const bodies = new Map();
  for (let start = 0; start < resources; start += limit) {
    const data = ids.slice(start, start + limit).map((id, k) => ({
      type: 'patient', id,
      attributes: { first_name: `Patient${start + k + 1}`, last_name: 'Fake', archived: false, identifiers: [{ system: 'FakeEHR', value: String(1000 + start + k) }] },
      relationships: { groups: { data: [{ type: 'group', id: `5755db2a${String((start + k) % 3).padStart(16, '0')}` }] } },
    }));
    const cursor = start === 0 ? '' : ids[start - 1];
    const next = start + limit < resources ? `/pub/patient?filter[organization]=${ORG}&page[limit]=${limit}&page[cursor]=${ids[start + limit - 1]}` : undefined;
    bodies.set(cursor, JSON.stringify({ meta: { req_id: 'bench', count: resources }, links: next ? { next } : {}, data }));
  }
  return bodies;
}
