/** Seed data for the fake Twine server: one organization, groups, patients (ids sort in creation order). */

export interface Resource {
  readonly type: string;
  readonly id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: { type: string; id: string } | { type: string; id: string }[] }>;
}

export interface Dataset {
  readonly organization: Resource;
  readonly groups: Resource[];
  readonly patients: Resource[];
}

/** Mongo-style 24-hex ids; a fixed prefix per type plus a counter keeps them ordered. */
export function makeId(prefix: string, n: number): string {
  return `${prefix}${n.toString(16).padStart(24 - prefix.length, '0')}`;
}

export const ORGANIZATION_ID = makeId('58c88de7', 1);

export function seedDataset(groupCount: number, patientCount: number): Dataset {
  const organization: Resource = { type: 'organization', id: ORGANIZATION_ID, attributes: { name: 'Fake Health' } };
  const groups = Array.from({ length: groupCount }, (_, i) => makeGroup(i));
  const patients = Array.from({ length: patientCount }, (_, i) => makePatient(makeId('58163112', i + 1), i, groups));
  return { organization, groups, patients };
}

function makeGroup(i: number): Resource {
  return {
    type: 'group', id: makeId('5755db2a', i + 1), attributes: { name: `Group ${i + 1}` },
    relationships: { organization: { data: { type: 'organization', id: ORGANIZATION_ID } } },
  };
}

export function makePatient(id: string, i: number, groups: readonly Resource[], attributes: Record<string, unknown> = {}): Resource {
  const group = groups.length > 0 ? groups[i % groups.length] : undefined;
  return {
    type: 'patient', id,
    attributes: {
      first_name: `Patient${i + 1}`, last_name: 'Fake', archived: i % 7 === 6,
      identifiers: [{ system: 'FakeEHR', value: String(1000 + i) }], ...attributes,
    },
    relationships: { groups: { data: group ? [{ type: 'group', id: group.id }] : [] } },
  };
}

export function relatedIds(resource: Resource, relationship: string): string[] {
  const data = resource.relationships?.[relationship]?.data;
  if (data === undefined) return [];
  return (Array.isArray(data) ? data : [data]).map((ref) => ref.id);
}
