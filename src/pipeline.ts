import type { Diagnostic } from './diagnostics/diagnostic.js';
import { sortDiagnostics } from './diagnostics/diagnostic.js';
import { buildModel } from './ir/build.js';
import { fieldsetsOf } from './ir/jsonapi/fieldsets.js';
import { analyzeJsonApi } from './ir/jsonapi/index.js';
import { analyzePaging } from './ir/paging.js';
import type { ApiModel } from './ir/types.js';
import { openSpec } from './load/index.js';
import type { LoadOptions } from './load/types.js';

export interface CompileResult {
  /** Present when the spec could be modelled; absent on unreadable input. May be present with errors. */
  readonly model?: ApiModel;
  readonly diagnostics: readonly Diagnostic[];
  /** True when any diagnostic is an error: generation must not proceed. */
  readonly failed: boolean;
}

/** `compileSpec` before diagnostics have positions: `failed` and `model` are final, `located()` waits. */
export interface StartedCompile {
  readonly model?: ApiModel;
  readonly failed: boolean;
  /**
   * The diagnostics, sorted, with line and column for those `which` selects (default: all); call once the
   * caller's other work (emission) is done.
   */
  located(which?: (d: Diagnostic) => boolean): Promise<readonly Diagnostic[]>;
  /** Instead of `located()`, for a caller that prints nothing (a diff of two valid specs). */
  discard(): void;
}

/** load -> IR (+ analyses). The one entry point shared by generate, validate and diff. */
export async function compileSpec(input: string, options: LoadOptions): Promise<CompileResult> {
  const started = await startCompile(input, options);
  const diagnostics = await started.located();
  return { ...(started.model === undefined ? {} : { model: started.model }), diagnostics, failed: started.failed };
}

/**
 * compileSpec without source positions yet (finding them costs a second, position-keeping parse): a caller
 * asks `located()` for what it will print, or `discard()`s them when it prints nothing.
 */
export async function startCompile(input: string, options: LoadOptions): Promise<StartedCompile> {
  const { spec, sink } = await openSpec(input, options);
  const located = async (which?: (d: Diagnostic) => boolean): Promise<readonly Diagnostic[]> => {
    await sink.resolvePositions(which);
    return sortDiagnostics(sink.items);
  };
  const discard = (): void => sink.discardPositions();
  if (spec === undefined) return { failed: true, located, discard };
  const base = buildModel(spec.document, (d) => sink.report(d));
  const jsonApi = analyzeJsonApi(base);
  for (const d of jsonApi.diagnostics) sink.report(d);
  const resources = new Map(jsonApi.resources.map((r) => [r.type, r]));
  const model: ApiModel = {
    ...base,
    resources: jsonApi.resources,
    operations: base.operations.map((op) => {
      const facts = jsonApi.operations.get(op.operationId);
      const paging = analyzePaging(op, facts?.cardinality);
      const fieldsets = facts === undefined ? undefined : fieldsetsOf(op, facts, resources);
      const jsonApiFacts = facts === undefined ? undefined : fieldsets === undefined ? facts : { ...facts, fieldsets };
      return { ...op, ...(jsonApiFacts === undefined ? {} : { jsonApi: jsonApiFacts }), ...(paging === undefined ? {} : { paging }) };
    }),
  };
  return { model, failed: sink.hasErrors(), located, discard };
}
