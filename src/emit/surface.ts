import type { ApiModel } from '../ir/types.js';
import { planNames } from './plan.js';
import { readRuntime } from './runtime-files.js';
import { signatureText } from './signature-text.js';
import { isPaged, pageItemTypeText } from './ts/jsonapi-operation.js';
import { bodyTypeText, paramsTypeText, resultTypeText } from './ts/operation-types.js';
import { paramsAreOptional, planParams } from './ts/params.js';
import { type TypeContext, typeExpr } from './ts/type-expr.js';

/** One exported name of a generated client and its TypeScript signature, for the diff report. */
export interface SurfaceEntry {
  readonly name: string;
  readonly kind: 'function' | 'type' | 'value';
  /** Declaration text as `signatureText` reduces it: equal text means an unchanged signature. */
  readonly signature: string;
}

/**
 * The generated package's public surface, computed from the same name plan and type builders the emitter
 * uses (so it cannot disagree with the files), without printing or formatting them.
 */
export function describeSurface(model: ApiModel): SurfaceEntry[] {
  const runtime = readRuntime();
  const plan = planNames(model, [...runtime.valueExports, ...runtime.typeExports]);
  const ctx: TypeContext = { typeNames: plan.typeNames };
  const entries: SurfaceEntry[] = model.types.map((t) => ({
    name: plan.typeNames.get(t.name) ?? t.name,
    kind: 'type',
    signature: signatureText(`type ${plan.typeNames.get(t.name)} = ${typeExpr(t.schema, ctx)}`),
  }));
  for (const op of model.operations) {
    const names = plan.operations.get(op.operationId);
    if (names === undefined) continue;
    const params = planParams(op);
    const optional = paramsAreOptional(op, params) ? '?' : '';
    entries.push(
      { name: names.params, kind: 'type', signature: signatureText(`type ${names.params} = ${paramsTypeText(op, params, ctx, names.body?.type)}`) },
      { name: names.result, kind: 'type', signature: signatureText(`type ${names.result} = ${resultTypeText(op, ctx, plan)}`) },
      {
        name: names.fn,
        kind: 'function',
        signature: isPaged(op)
          ? `const ${names.fn}: PagedOperation<${names.params}, ${signatureText(bodyTypeText(op, ctx))}, ${pageItemTypeText(op, plan)}>`
          : `function ${names.fn}(transport: Transport, params${optional}: ${names.params}, init?: CallOptions): Promise<${names.result}>`,
      },
    );
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
