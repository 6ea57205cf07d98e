import { parse } from 'yaml';
import { buildModel } from '../../../src/ir/build.js';
import type { ApiModel } from '../../../src/ir/types.js';
import type { SurfaceEntry } from '../../../src/diff/surface-types.js';

/** A rule example or fixture snippet (paths, definitions, ...) as a whole Swagger 2.0 document's model. */
export function modelOf(snippet: string): ApiModel {
  const document = parse(`swagger: '2.0'\ninfo: { title: test, version: '1' }\n${snippet}`) as Record<string, unknown>;
  return buildModel(document, () => {});
}

/**
 * A stand-in for the emitter's describeSurface: one function per operation whose signature lists its
 * parameters, so parameter and operation changes show up as surface changes the way they would.
 */
export function testSurface(model: ApiModel): SurfaceEntry[] {
  return model.operations.map((op) => ({
    name: op.operationId,
    kind: 'function',
    signature: `(params: { ${op.parameters.map((p) => `'${p.name}'${p.required ? '' : '?'}: unknown`).join('; ')} })`,
  }));
}
