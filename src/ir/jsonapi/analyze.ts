import type { DiagnosticInput } from '../../diagnostics/diagnostic.js';
import type { ApiModel, JsonApiResource, OperationJsonApi } from '../types.js';
import { checkErrorsMembers } from './errors-member.js';
import { SchemaReader } from './object-view.js';
import { analyzeOperation } from './operations.js';
import { typesFromPaths } from './path-types.js';
import { primaryDataOf } from './primary-data.js';
import { requestResourceOf } from './request-body.js';
import { detectResource } from './resources.js';

export interface JsonApiAnalysis {
  /** One resource per JSON:API `type`, sorted by type. */
  readonly resources: JsonApiResource[];
  /** Keyed by operationId, in operationId order; operations with no JSON:API facts are absent. */
  readonly operations: Map<string, OperationJsonApi>;
  /** Sorted by pointer. */
  readonly diagnostics: DiagnosticInput[];
}

/**
 * Detects JSON:API resource models and per-operation facts in the IR. When several definitions describe
 * the same `type` (the real spec has `PatientResource` and `PatientCreateResource: allOf [PatientResource,
 * ...]`), the model comes from the one the responses return as `data`, then from one not built with
 * allOf, then from the first by name: models describe what the server sends. A resource whose `type` has
 * no enum gets the type its paths imply (see `typesFromPaths`).
 */
export function analyzeJsonApi(model: ApiModel): JsonApiAnalysis {
  const reader = new SchemaReader(model.types);
  const returned = returnedDefinitions(reader, model);
  const implied = typesFromPaths(reader, model.operations);
  const candidates = model.types
    .map((named) => ({ named, resource: detectResource(reader, named, implied.get(named.name)) }))
    .filter((c): c is { named: (typeof model.types)[number]; resource: JsonApiResource } => c.resource !== undefined);

  const rank = (c: (typeof candidates)[number]): [number, number, string] => [
    returned.has(c.named.name) ? 0 : 1,
    reader.deref(c.named.schema)?.kind === 'allOf' ? 1 : 0,
    c.named.name,
  ];
  const byType = new Map<string, (typeof candidates)[number]>();
  for (const candidate of candidates) {
    const current = byType.get(candidate.resource.type);
    if (current === undefined || compareRank(rank(candidate), rank(current)) < 0) byType.set(candidate.resource.type, candidate);
  }
  const resources = [...byType.values()].map((c) => c.resource).sort((a, b) => compareText(a.type, b.type));

  // Every definition of a type (not only the chosen one) names that type when an operation refers to it.
  const resourceByDefinition = new Map(candidates.map((c) => [c.named.name, c.resource]));
  const operations = new Map<string, OperationJsonApi>();
  for (const operation of [...model.operations].sort((a, b) => compareText(a.operationId, b.operationId))) {
    const facts = analyzeOperation(reader, operation, resourceByDefinition);
    const primaryType = facts?.resourceTypes.length === 1 ? facts.resourceTypes[0] : undefined;
    const requestResource = requestResourceOf(reader, operation, primaryType);
    if (requestResource !== undefined) {
      operations.set(operation.operationId, { resourceTypes: [], include: [], ...facts, requestResource });
    } else if (facts !== undefined) {
      operations.set(operation.operationId, facts);
    }
  }
  return { resources, operations, diagnostics: checkErrorsMembers(reader, model.operations) };
}

/** Definitions that a 2xx response returns directly as `data` (or as its items). */
function returnedDefinitions(reader: SchemaReader, model: ApiModel): Set<string> {
  const names = new Set<string>();
  for (const operation of model.operations) {
    for (const response of operation.responses) {
      const primary = primaryDataOf(reader, response);
      const name = primary === undefined ? undefined : reader.refName(primary.resource);
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}

function compareRank(a: [number, number, string], b: [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || compareText(a[2], b[2]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
