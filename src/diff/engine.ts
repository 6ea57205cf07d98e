import { childPointer } from '../diagnostics/pointer.js';
import { analyzePaging } from '../ir/paging.js';
import type { ApiModel, Operation, OperationPaging, Response } from '../ir/types.js';
import { resourceFacts } from './jsonapi-resources.js';
import { matchOperations } from './match-operations.js';
import { matchParameters } from './match-parameters.js';
import { type TypeTable, typeTable } from './resolve-schema.js';
import { RULES } from './rules/index.js';
import { compareSchemas, type SchemaDelta } from './schema-compare.js';
import type { DescribeSurface, SurfaceEntry } from './surface-types.js';
import { type Change, type DiffContext, type OperationPair, type ParameterPair, type Rule, SEVERITIES } from './types.js';

export interface DiffOptions {
  /** Lists the generated client's exports; without it the surface rules report nothing. */
  readonly describeSurface?: DescribeSurface;
  /** The rules to run (default: all of them). */
  readonly rules?: readonly Rule[];
}

/** Compares two models and returns every change, sorted: breaking first, then by operation, rule, pointer. */
export function diffModels(base: ApiModel, head: ApiModel, options: DiffOptions = {}): Change[] {
  const ctx = buildContext(withPaging(base), withPaging(head), options.describeSurface);
  const seen = new Set<string>();
  const changes: Change[] = [];
  for (const rule of options.rules ?? RULES) {
    for (const finding of rule.check(ctx)) {
      const change: Change = { rule: rule.id, severity: rule.severity, ...finding };
      const key = JSON.stringify([change.rule, change.operationId ?? '', change.pointer, change.message]);
      if (seen.has(key)) continue;
      seen.add(key);
      changes.push(change);
    }
  }
  return changes.sort(compareChanges);
}

export function buildContext(base: ApiModel, head: ApiModel, describeSurface?: DescribeSurface): DiffContext {
  const tables = { base: typeTable(base), head: typeTable(head) };
  const matching = matchOperations(base.operations, head.operations);
  return {
    base,
    head,
    operations: matching.pairs.map((pair) => pairOperations(pair.base, pair.head, tables)),
    removedOperations: matching.removed,
    addedOperations: matching.added,
    resources: { base: resourceFacts(base), head: resourceFacts(head) },
    ...(describeSurface === undefined ? {} : { surface: { base: surfaceOf(base, describeSurface), head: surfaceOf(head, describeSurface) } }),
  };
}

function pairOperations(base: Operation, head: Operation, tables: { base: TypeTable; head: TypeTable }): OperationPair {
  const parameters = matchParameters(base.parameters, head.parameters, tables);
  const parameterDeltas = new Map<ParameterPair, readonly SchemaDelta[]>();
  for (const pair of [...parameters.same, ...parameters.moved, ...parameters.renamed]) {
    parameterDeltas.set(pair, compareSchemas(pair.base.schema, pair.head.schema, tables, 'request', { base: pair.base.pointer, head: pair.head.pointer }));
  }
  const bodyDeltas =
    base.body !== undefined && head.body !== undefined
      ? compareSchemas(base.body.schema, head.body.schema, tables, 'request', {
          base: childPointer(base.body.pointer, 'schema'),
          head: childPointer(head.body.pointer, 'schema'),
        })
      : [];
  const headByStatus = new Map(head.responses.map((r) => [r.status, r]));
  const baseStatuses = new Set(base.responses.map((r) => r.status));
  const responses = base.responses.flatMap((b) => {
    const h = headByStatus.get(b.status);
    return h === undefined ? [] : [{ base: b, head: h, deltas: compareResponses(b, h, tables) }];
  });
  return {
    base,
    head,
    parameters,
    parameterDeltas,
    bodyDeltas,
    responses,
    removedResponses: base.responses.filter((r) => !headByStatus.has(r.status)),
    addedResponses: head.responses.filter((r) => !baseStatuses.has(r.status)),
  };
}

function compareResponses(base: Response, head: Response, tables: { base: TypeTable; head: TypeTable }): SchemaDelta[] {
  if (base.schema === undefined || head.schema === undefined) return [];
  return compareSchemas(base.schema, head.schema, tables, 'response', {
    base: childPointer(base.pointer, 'schema'),
    head: childPointer(head.pointer, 'schema'),
  });
}

// A history walk diffs each model twice (as head, then as base); describing a surface is the costly part.
const surfaces = new WeakMap<DescribeSurface, WeakMap<ApiModel, readonly SurfaceEntry[]>>();

function surfaceOf(model: ApiModel, describe: DescribeSurface): readonly SurfaceEntry[] {
  const byModel = surfaces.get(describe) ?? new WeakMap<ApiModel, readonly SurfaceEntry[]>();
  surfaces.set(describe, byModel);
  const entries = byModel.get(model) ?? describe(model);
  byModel.set(model, entries);
  return entries;
}

/** compileSpec adds paging facts; a model built directly (tests, other callers) gets them here. */
function withPaging(model: ApiModel): ApiModel {
  const pagingOf = (op: Operation): OperationPaging | undefined => op.paging ?? analyzePaging(op, op.jsonApi?.cardinality);
  if (model.operations.every((op) => op.paging !== undefined || pagingOf(op) === undefined)) return model;
  return {
    ...model,
    operations: model.operations.map((op) => {
      const paging = pagingOf(op);
      return paging === undefined ? op : { ...op, paging };
    }),
  };
}

function compareChanges(a: Change, b: Change): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    order(a.operationId ?? '', b.operationId ?? '') ||
    order(a.rule, b.rule) ||
    order(a.pointer, b.pointer) ||
    order(a.message, b.message)
  );
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
