import type { Diagnostic } from './diagnostics/diagnostic.js';
import { sortDiagnostics } from './diagnostics/diagnostic.js';
import { buildModel } from './ir/build.js';
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
  const model: ApiModel = {
    ...base,
    operations: base.operations.map((op) => {
      const paging = analyzePaging(op);
      return paging === undefined ? op : { ...op, paging };
    }),
  };
  return { model, diagnostics: sortDiagnostics(sink.items), failed: sink.hasErrors() };
}
