import type { Diagnostic } from './diagnostics/diagnostic.js';
import { sortDiagnostics } from './diagnostics/diagnostic.js';
import { buildModel } from './ir/build.js';
import { fieldsetsOf } from './ir/jsonapi/fieldsets.js';
import { analyzeJsonApi } from './ir/jsonapi/index.js';
import { analyzePaging } from './ir/paging.js';
import type { ApiModel } from './ir/types.js';
import { loadSpec } from './load/index.js';
import type { LoadOptions } from './load/types.js';

export interface CompileResult {
  /** Present when the spec could be modelled; absent on unreadable input. May be present with errors. */
  readonly model?: ApiModel;
  readonly diagnostics: readonly Diagnostic[];
  /** True when any diagnostic is an error: generation must not proceed. */
  readonly failed: boolean;
}

/** load -> IR (+ analyses). The one entry point shared by generate, validate and diff. */
export async function compileSpec(input: string, options: LoadOptions): Promise<CompileResult> {
  const { spec, sink } = await loadSpec(input, options);
  if (spec === undefined) return { diagnostics: sortDiagnostics(sink.items), failed: true };
  const base = buildModel(spec.document, (d) => sink.report(d));
  const jsonApi = analyzeJsonApi(base);
  for (const d of jsonApi.diagnostics) sink.report(d);
  const resources = new Map(jsonApi.resources.map((r) => [r.type, r]));
  const model: ApiModel = {
    ...base,
    resources: jsonApi.resources,
    operations: base.operations.map((op) => {
      const paging = analyzePaging(op);
      const facts = jsonApi.operations.get(op.operationId);
      const fieldsets = facts === undefined ? undefined : fieldsetsOf(op, facts, resources);
      const jsonApiFacts = facts === undefined ? undefined : fieldsets === undefined ? facts : { ...facts, fieldsets };
      return { ...op, ...(jsonApiFacts === undefined ? {} : { jsonApi: jsonApiFacts }), ...(paging === undefined ? {} : { paging }) };
    }),
  };
  return { model, diagnostics: sortDiagnostics(sink.items), failed: sink.hasErrors() };
}
