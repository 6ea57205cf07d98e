import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInto } from '../../support/fuzz-check.js';
import { tempDir } from '../../support/temp.js';
import { typecheck } from '../../support/tsc.js';

/**
 * Bugs the fuzzers found, each as a minimal spec, kept as regression tests. A newly found bug that cannot
 * be fixed at once goes here as `it.fails` (suite green, bug visible) with a steer in
 * test/support/fuzz-spec.ts; both go when the fix lands.
 */
const HEAD = { swagger: '2.0', info: { title: 't', version: '1' } };
const ok = { '200': { description: 'ok' } };
const work = tempDir('twine-known-');
let n = 0;

async function generatesAndCompiles(spec: object): Promise<void> {
  const result = await generateInto(join(work, String(n++)), spec, false);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(typecheck(result.pkg)).toEqual({ status: 0, output: '' });
}

describe('emitter (src/emit/ts, src/emit/plan.ts)', () => {
  it('a spec whose only operation is paged', () =>
    generatesAndCompiles({ ...HEAD, paths: { '/items': { get: { operationId: 'fetchItems', parameters: [{ name: 'page[size]', in: 'query', type: 'integer' }], responses: ok } } } }));

  it('an operationId equal to a definition name', () =>
    generatesAndCompiles({ ...HEAD, paths: { '/a': { get: { operationId: 'Item', responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Item' } } } } } }, definitions: { Item: { type: 'string' } } }));

  it.each(['constructor', 'toString', 'valueOf'])('a parameter named %s', (name) =>
    generatesAndCompiles({ ...HEAD, paths: { '/a': { get: { operationId: 'getA', parameters: [{ name, in: 'query', type: 'string' }], responses: ok } } } }));
});

describe('loader (swagger-parser as final authority)', () => {
  // Fixed by src/load/swagger-parser-input.ts: json-schema-ref-parser decodes `%` twice, turns `\` into `/`, strips control characters and trims
  // white space in $ref fragments, so a correctly escaped ref to such a definition is "missing" (TC2000 at #).
  it.each(['a%b', 'a\\b', 'a\nb', 'a\u00a0'])('a definition named %j, referenced with an escaped $ref', (name) =>
    generatesAndCompiles({
      ...HEAD,
      paths: { '/a': { get: { operationId: 'getA', responses: { '200': { description: 'ok', schema: { $ref: `#/definitions/${encodeURIComponent(name)}` } } } } } },
      definitions: { [name]: { type: 'string' } },
    }));

  // Fixed by src/load/swagger-parser-input.ts: swagger-parser checks `required` with `schema.properties.hasOwnProperty(...)`.
  it('a required schema property named hasOwnProperty', () =>
    generatesAndCompiles({
      ...HEAD,
      paths: { '/a': { get: { operationId: 'getA', responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/D' } } } } } },
      definitions: { D: { type: 'object', required: ['hasOwnProperty'], properties: { hasOwnProperty: { type: 'string' } } } },
    }));
});
