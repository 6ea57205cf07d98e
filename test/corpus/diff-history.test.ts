import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffModels } from '../../src/diff/engine.js';
import type { Change } from '../../src/diff/types.js';
import { describeSurface } from '../../src/emit/surface.js';
import { type CompileResult, compileSpec } from '../../src/pipeline.js';

/**
 * The real history of the Twine spec, every consecutive pair. Both sides load --lenient, as a reviewer
 * would run `diff --lenient` on it: 012/014/015 carry recoverable defects (a property type outside JSON
 * Schema, a duplicate operationId) and should still be compared; 039 is a YAML syntax error, which no
 * option recovers, so its two pairs report that diagnostic instead of a diff.
 */
const HISTORY = join(import.meta.dirname, '../../../shared/specs/twine-history');
const files = existsSync(HISTORY) ? readdirSync(HISTORY).filter((f) => f.endsWith('.yaml')).sort() : [];
const results = new Map<string, CompileResult>();
const byNumber = (n: string) => results.get(files.find((f) => f.startsWith(`${n}-`)) ?? '');

beforeAll(async () => {
  await Promise.all(files.map(async (f) => results.set(f, await compileSpec(join(HISTORY, f), { lenient: true }))));
});

function diffPair(from: string, to: string): Change[] {
  const base = byNumber(from)?.model;
  const head = byNumber(to)?.model;
  if (base === undefined || head === undefined) throw new Error(`pair ${from} -> ${to} did not load`);
  return diffModels(base, head, { describeSurface });
}

const ids = (changes: Change[], rule: string) => changes.filter((c) => c.rule === rule).map((c) => c.operationId).sort();
const at = (changes: Change[], rule: string) => changes.filter((c) => c.rule === rule).map((c) => [c.operationId, c.pointer]);
const breaking = (changes: Change[]) => changes.filter((c) => c.severity === 'breaking');

describe('diff over the real spec history', () => {
  it('has the 98 versions', () => expect(files).toHaveLength(98));

  it('diffs all 97 consecutive pairs without crashing; 039 reports its syntax error', () => {
    let diffed = 0;
    for (let i = 1; i < files.length; i++) {
      const pair = [results.get(files[i - 1] ?? ''), results.get(files[i] ?? '')];
      const broken = pair.filter((r) => r?.model === undefined || r.failed);
      if (broken.length > 0) {
        expect([files[i - 1], files[i]].some((f) => f?.startsWith('039-'))).toBe(true);
        expect(broken.flatMap((r) => r?.diagnostics ?? []).some((d) => d.code === 'TC1001' && d.severity === 'error')).toBe(true);
        continue;
      }
      const changes = diffModels(pair[0]!.model!, pair[1]!.model!, { describeSurface });
      expect(changes.every((c) => c.pointer.startsWith('#'))).toBe(true);
      diffed++;
    }
    expect(diffed).toBe(95);
  });

  // Operations removed; fetchRewardBudgets' required `filter[group]` became the required `filter[groups]`
  // (same location and type: a rename, which breaks callers); createAction lost its operationId, so its
  // function is renamed to the synthetic `post action`.
  it('008 -> 009', () => {
    const changes = diffPair('008', '009');
    expect(at(changes, 'operation-removed')).toEqual([['fetchPatientHealthMetric', '#/paths/~1patient_health_metric~1{id}/get']]);
    expect(at(changes, 'request-parameter-renamed')).toEqual([['fetchRewardBudgets', '#/paths/~1reward_budget/get/parameters/0']]);
    expect(ids(changes, 'operation-renamed')).toEqual(['post action', 'post patient_health_metric']);
  });

  // The reward-budget/allocation API was replaced by a reward API: six operations gone, fifteen new, and
  // createReward kept its id while moving from /reward_allocation to /reward.
  it('011 -> 012', () => {
    const changes = diffPair('011', '012');
    expect(ids(changes, 'operation-removed')).toEqual([
      'createRewardBudget', 'fetchRewardAllocation', 'fetchRewardAllocations', 'fetchRewardBudget', 'fetchRewardBudgetGroup', 'fetchRewardBudgets',
    ]);
    expect(ids(changes, 'operation-added')).toHaveLength(15);
    expect(at(changes, 'operation-path-changed')).toEqual([['createReward', '#/paths/~1reward/post']]);
  });

  // Three relationship endpoints moved to plural paths under the same operationIds.
  it('019 -> 020', () => {
    expect(ids(diffPair('019', '020'), 'operation-path-changed')).toEqual(['fetchPatientCoaches', 'fetchPatientGroups', 'fetchTokenGroups']);
  });

  // Action/bundle endpoints dropped and plan summaries lost their `include` parameter: reported once as a
  // removed parameter, not again value by value.
  it('027 -> 028', () => {
    const changes = diffPair('027', '028');
    expect(ids(changes, 'operation-removed')).toEqual(['createBundle', 'fetchAction', 'fetchBundle', 'updateAction', 'updateBundle', 'updatePatientPlanSummary']);
    expect(ids(changes, 'request-parameter-removed')).toEqual(['fetchPatientPlanSummaries', 'fetchPatientPlanSummary']);
    expect(ids(changes, 'jsonapi-include-value-removed')).toEqual([]);
  });

  // An optional filter was added to fetchPatients: nothing breaks.
  it('034 -> 035', () => {
    const changes = diffPair('034', '035');
    expect(breaking(changes)).toEqual([]);
    expect(at(changes, 'request-parameter-added-optional')).toEqual([['fetchPatients', '#/paths/~1patient/get/parameters/4']]);
  });

  // createCalendarEvent now answers 201 only: the 200 result type disappears.
  it('060 -> 061', () => {
    expect(at(diffPair('060', '061'), 'response-success-status-removed')).toEqual([['createCalendarEvent', '#/paths/~1calendar_event/post/responses/200']]);
  });

  // Cursor paging (optional page[limit] and page[cursor]) added to five collections: additions only.
  it('075 -> 076', () => {
    const changes = diffPair('075', '076');
    expect(breaking(changes)).toEqual([]);
    expect(ids(changes, 'paging-added')).toEqual(['fetchCalendarEvents', 'fetchHealthProfileAnswers', 'fetchHealthProfiles', 'fetchPatientHealthMetrics', 'fetchPatients']);
    expect(changes.filter((c) => c.rule === 'request-parameter-added-optional')).toHaveLength(10);
  });

  // Only an unreferenced definition was deleted; its exported type is all that breaks.
  it('078 -> 079', () => {
    expect(breaking(diffPair('078', '079')).map((c) => [c.rule, c.pointer])).toEqual([
      ['surface-export-removed', '#/definitions/CreateCalendarEventResponseResponse'],
    ]);
  });

  // upsertPatient (PUT /patient) was dropped, nothing else.
  it('086 -> 087', () => {
    expect(breaking(diffPair('086', '087')).map((c) => [c.rule, c.operationId])).toContainEqual(['operation-removed', 'upsertPatient']);
    expect(breaking(diffPair('086', '087')).filter((c) => !c.rule.startsWith('surface-')).map((c) => c.rule)).toEqual(['operation-removed']);
  });

  // The security definition was renamed (twine_auth -> OAuth2): to the client, its scheme is gone.
  it('087 -> 088', () => {
    expect(breaking(diffPair('087', '088')).map((c) => [c.rule, c.pointer])).toEqual([['security-scheme-changed', '#/securityDefinitions/twine_auth']]);
  });

  // fetchRewards' required filter[patient] became optional and two optional filters arrived: no break.
  it('095 -> 096', () => {
    const changes = diffPair('095', '096');
    expect(breaking(changes)).toEqual([]);
    expect(at(changes, 'request-parameter-became-optional')).toEqual([['fetchRewards', '#/paths/~1reward/get/parameters/0']]);
  });

  // Text-only commits: no change at all.
  it.each([['010', '011'], ['021', '022']])('%s -> %s', (from, to) => {
    expect(diffPair(from, to)).toEqual([]);
  });
});
