import type { ApiModel, Operation, Parameter, Response } from '../ir/types.js';
import type { ResourceFacts } from './jsonapi-resources.js';
import type { SchemaDelta } from './schema-compare.js';
import type { SurfaceEntry } from './surface-types.js';

/** How a change affects callers of the generated client: `breaking` stops code compiling or working. */
export type ChangeSeverity = 'breaking' | 'warning' | 'info';

export const SEVERITIES: readonly ChangeSeverity[] = ['breaking', 'warning', 'info'];

/** One reported change. `pointer` is a JSON pointer into the head spec, or into the base spec for removals. */
export interface Change {
  readonly rule: string;
  readonly severity: ChangeSeverity;
  readonly operationId?: string;
  readonly pointer: string;
  readonly message: string;
}

/** What a rule's check yields; the engine stamps the rule's id and severity on it. */
export type Finding = Omit<Change, 'rule' | 'severity'>;

/** Tiny spec snippets shown in docs/diff-rules.md; the unit tests run them as the rule's fixture. */
export interface RuleExample {
  readonly base: string;
  readonly head: string;
}

export interface Rule {
  /** Stable id: users filter on it and tests assert it, so it is never renamed. */
  readonly id: string;
  readonly severity: ChangeSeverity;
  readonly description: string;
  /** What a caller of the generated client should do about it (shown for breaking changes). */
  readonly advice?: string;
  readonly example: RuleExample;
  check(ctx: DiffContext): Iterable<Finding>;
}

export interface ParameterPair {
  readonly base: Parameter;
  readonly head: Parameter;
}

export interface ParameterMatch {
  /** Same location and wire name. */
  readonly same: readonly ParameterPair[];
  /** Same wire name, different location. */
  readonly moved: readonly ParameterPair[];
  /** A removed and an added parameter of the same location and type. */
  readonly renamed: readonly ParameterPair[];
  readonly removed: readonly Parameter[];
  readonly added: readonly Parameter[];
}

export interface ResponsePair {
  readonly base: Response;
  readonly head: Response;
  readonly deltas: readonly SchemaDelta[];
}

/** An operation present on both sides; `base.operationId !== head.operationId` means a rename. */
export interface OperationPair {
  readonly base: Operation;
  readonly head: Operation;
  readonly parameters: ParameterMatch;
  /** Structural differences of each parameter pair's schema (same, moved and renamed pairs), request side. */
  readonly parameterDeltas: ReadonlyMap<ParameterPair, readonly SchemaDelta[]>;
  readonly bodyDeltas: readonly SchemaDelta[];
  readonly responses: readonly ResponsePair[];
  readonly removedResponses: readonly Response[];
  readonly addedResponses: readonly Response[];
}

export interface DiffContext {
  readonly base: ApiModel;
  readonly head: ApiModel;
  readonly operations: readonly OperationPair[];
  readonly removedOperations: readonly Operation[];
  readonly addedOperations: readonly Operation[];
  readonly resources: { readonly base: readonly ResourceFacts[]; readonly head: readonly ResourceFacts[] };
  /** The generated client's exports on each side, when the caller could describe them. */
  readonly surface?: { readonly base: readonly SurfaceEntry[]; readonly head: readonly SurfaceEntry[] };
}
