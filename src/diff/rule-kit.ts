import type { Operation, Parameter, Response } from '../ir/types.js';
import type { ResourceFacts } from './jsonapi-resources.js';
import type { SchemaDelta, SchemaDeltaKind } from './schema-compare.js';
import type { DiffContext, Finding, OperationPair, ParameterPair } from './types.js';

/** `'fetchPatients' (GET /patient)`: how every message names an operation. */
export function opName(op: Operation): string {
  return `'${op.operationId}' (${op.method.toUpperCase()} ${op.path})`;
}

export function paramName(p: Parameter): string {
  return `${p.in} parameter '${p.name}'`;
}

/** The generated client types success responses only; error bodies arrive normalised in ApiError. */
export function isSuccess(response: Response): boolean {
  return /^2\d\d$/.test(response.status);
}

export function finding(op: Operation, pointer: string, message: string): Finding {
  return { operationId: op.operationId, pointer, message };
}

export interface ParameterDelta {
  readonly op: OperationPair;
  readonly param: ParameterPair;
  readonly delta: SchemaDelta;
}

export function* parameterDeltas(ctx: DiffContext, kind: SchemaDeltaKind): Iterable<ParameterDelta> {
  for (const op of ctx.operations) {
    for (const [param, deltas] of op.parameterDeltas) {
      for (const delta of deltas) if (delta.kind === kind) yield { op, param, delta };
    }
  }
}

export function* bodyDeltas(ctx: DiffContext, kind: SchemaDeltaKind): Iterable<{ op: OperationPair; delta: SchemaDelta }> {
  for (const op of ctx.operations) for (const delta of op.bodyDeltas) if (delta.kind === kind) yield { op, delta };
}

export function* responseDeltas(
  ctx: DiffContext,
  kind: SchemaDeltaKind,
): Iterable<{ op: OperationPair; response: Response; delta: SchemaDelta }> {
  for (const op of ctx.operations) {
    for (const pair of op.responses) {
      if (!isSuccess(pair.head)) continue;
      for (const delta of pair.deltas) if (delta.kind === kind) yield { op, response: pair.head, delta };
    }
  }
}

/** `'data.attributes.gender'` or, at the root of a parameter, the parameter itself. */
export function where(delta: SchemaDelta, root: string): string {
  return delta.path === '' ? root : `${root} at '${delta.path}'`;
}

/** The `include` parameter's enum belongs to the JSON:API rules; the generic enum rules skip it. */
export function isInclude(p: Parameter): boolean {
  return p.in === 'query' && p.name === 'include';
}

/** A cursor rename is reported once, by the paging rule, not also as a parameter rename. */
export function isCursorRename(op: OperationPair, pair: ParameterPair): boolean {
  const before = op.base.paging?.cursorParam;
  const after = op.head.paging?.cursorParam;
  return before !== undefined && after !== undefined && before === pair.base.name && after === pair.head.name;
}

/** Resources present on both sides, paired by definition name (a type rename keeps the definition). */
export function* pairResources(ctx: DiffContext): Iterable<{ base: ResourceFacts; head: ResourceFacts }> {
  const heads = new Map(ctx.resources.head.map((r) => [r.definition, r]));
  for (const base of ctx.resources.base) {
    const head = heads.get(base.definition);
    if (head !== undefined) yield { base, head };
  }
}

export function pagingStrategies(op: Operation): ('skip' | 'cursor')[] {
  return [...(op.paging?.skip === true ? ['skip' as const] : []), ...(op.paging?.cursor === true ? ['cursor' as const] : [])];
}
