import type { ApiModel, Operation } from '../ir/types.js';
import { NameScope, pascalName, typeName, valueName } from './naming.js';

/**
 * Every exported name of a generated package, decided in one place and one order: runtime exports first
 * (they are fixed), then definitions, then per-operation names. Emitters and the surface description
 * read this plan, so they can never disagree about a name.
 */
export interface NamePlan {
  readonly typeNames: ReadonlyMap<string, string>;
  /** JSON:API resource type (`patient`) -> its model's identifier (`Patient`). */
  readonly resourceNames: ReadonlyMap<string, string>;
  readonly operations: ReadonlyMap<string, OperationNames>;
}

export interface OperationNames {
  /** The standalone function and the client method. */
  readonly fn: string;
  readonly params: string;
  readonly result: string;
  /** The module-private descriptor constant. */
  readonly descriptor: string;
  /** The flattened JSON:API input type of the body and its encoding descriptor, when the body is a resource. */
  readonly body?: { readonly type: string; readonly descriptor: string };
}

/** Names the generated modules declare themselves. */
const GENERATED_EXPORTS = ['createClient', 'Client', 'clientDefaults'];

/**
 * Global names generated code relies on (or users expect unshadowed). A definition named like one of
 * them (the real spec has `Error`) is emitted as `<Name>Model`.
 */
const GLOBAL_TYPES = new Set(
  'Array Boolean Date Error Function JSON Map Math Number Object Omit Partial Pick Promise Readonly ReadonlyArray Record RegExp Required ReturnType Set String Symbol URL URLSearchParams Headers Request Response AbortSignal AbortController Blob FormData'.split(' '),
);

/** `runtimeExports`: the names the package root re-exports from its runtime; generated names avoid them. */
export function planNames(model: ApiModel, runtimeExports: readonly string[]): NamePlan {
  const types = new NameScope([...runtimeExports, ...GENERATED_EXPORTS]);
  const values = new NameScope([...runtimeExports, ...GENERATED_EXPORTS, 'transport']);
  types.pairWith(values);
  // Resource models are what users handle most, so they claim their names before definitions do.
  const resourceNames = new Map<string, string>();
  for (const r of model.resources) {
    const wanted = pascalName(r.type);
    resourceNames.set(r.type, types.claim(GLOBAL_TYPES.has(wanted) ? `${wanted}Model` : wanted));
  }
  const typeNames = new Map<string, string>();
  for (const t of model.types) {
    const wanted = typeName(t.name);
    typeNames.set(t.name, types.claim(GLOBAL_TYPES.has(wanted) ? `${wanted}Model` : wanted));
  }
  const operations = new Map<string, OperationNames>();
  for (const op of model.operations) operations.set(op.operationId, nameOperation(op, types, values));
  return { typeNames, resourceNames, operations };
}

function nameOperation(op: Operation, types: NameScope, values: NameScope): OperationNames {
  const fn = values.claim(valueName(op.operationId));
  const stem = typeName(fn);
  return {
    fn,
    params: types.claim(`${stem}Params`),
    result: types.claim(`${stem}Result`),
    descriptor: values.claim(`${fn}Operation`),
    ...(op.jsonApi?.requestResource === undefined
      ? {}
      : { body: { type: types.claim(`${stem}Body`), descriptor: values.claim(`${fn}Resource`) } }),
  };
}
