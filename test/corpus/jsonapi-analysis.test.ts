import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolvePointer } from '../../src/diagnostics/pointer.js';
import { buildModel } from '../../src/ir/build.js';
import { analyzeJsonApi } from '../../src/ir/jsonapi/index.js';

const HISTORY = join(import.meta.dirname, '../../../shared/specs/twine-history');
const files = readdirSync(HISTORY).filter((f) => f.endsWith('.yaml')).sort();

function load(file: string): Record<string, unknown> | undefined {
  try {
    const document: unknown = parse(readFileSync(join(HISTORY, file), 'utf8'));
    return typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // 039 has a YAML syntax error; the loader's tests cover it.
  }
}

describe('analyzeJsonApi over the 98 real spec versions', () => {
  it.each(files)('%s: deterministic, one resource per type, pointers that resolve', (file) => {
    const document = load(file);
    if (document === undefined) return;
    const model = buildModel(document, () => {});
    const first = analyzeJsonApi(model);
    expect(analyzeJsonApi(model)).toEqual(first);

    const types = first.resources.map((r) => r.type);
    expect(types).toEqual([...new Set(types)].sort());
    const operationIds = new Set(model.operations.map((o) => o.operationId));
    for (const id of first.operations.keys()) expect(operationIds.has(id)).toBe(true);
    for (const diagnostic of first.diagnostics) {
      expect(diagnostic.code).toBe('TC3001');
      expect(resolvePointer(document, diagnostic.pointer)).toBeTypeOf('object');
    }
    if (document.definitions !== undefined && 'PatientResource' in (document.definitions as object)) {
      expect(types).toContain('patient');
    }
  });

  it('reads the latest version as the API documents it', () => {
    const document = load('098-2019-06-11-1f65654.yaml')!;
    const { resources, operations, diagnostics } = analyzeJsonApi(buildModel(document, () => {}));
    const patient = resources.find((r) => r.type === 'patient')!;
    expect(patient.definition).toBe('PatientResource');
    expect(patient.relationships.map((r) => [r.name, r.cardinality, r.types])).toEqual([
      ['groups', 'many', ['group']],
      ['coaches', 'many', ['coach']],
    ]);
    expect(patient.attributes.filter((a) => a.readOnly).map((a) => a.name)).toEqual([
      'updated_at',
      'first_access_at',
      'invited_at',
      'enrolled_at',
      'last_access_at',
      'archived',
      'statement',
    ]);
    expect(resources.find((r) => r.definition === 'PatientHealthResultResource')?.type).toBe('result');
    expect(resources.find((r) => r.definition === 'ActionResource')?.attributes.map((a) => a.name)).toContain('type');
    const createToken = operations.get('createToken');
    expect(createToken).toMatchObject({ resourceTypes: ['token'], cardinality: 'one', include: ['groups', 'organization'] });
    // The request body describes the token request's own attributes, not the token resource's.
    expect(createToken?.requestResource?.attributes.map((a) => a.name)).toEqual(['grant_type', 'client_id', 'client_secret', 'refresh_token']);
    expect(operations.get('createPatient')?.requestResource?.relationships.map((r) => [r.name, r.cardinality])).toEqual([
      ['groups', 'many'],
      ['coaches', 'many'],
    ]);
    expect(operations.get('fetchPatients')).toMatchObject({ resourceTypes: ['patient'], cardinality: 'many' });
    expect(operations.get('fetchPatientPlanSummary')?.include).toEqual(['actions', 'bundles', 'current_results', 'patient']);
    expect(operations.get('fetchEmailHistories')?.sort).toEqual(['-send_time', 'send_time']);
    expect(diagnostics.map((d) => d.pointer)).toEqual([
      '#/definitions/CreateOrUpdateErrorResponse/properties/errors',
      '#/definitions/FetchErrorResponse/properties/errors',
    ]);
  });
});
