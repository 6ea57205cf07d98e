import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { swagger2SchemaErrors } from '../../../src/load/schema-validator/swagger2-schema.js';

const BASE = { swagger: '2.0', info: { title: 'T', version: '1' }, paths: {} };

/** The precompiled validator must judge exactly as swagger-parser's own schema validation does. */
const CASES: readonly (readonly [string, Record<string, unknown>])[] = [
  ['a minimal valid document', BASE],
  ['an unknown scheme', { ...BASE, schemes: ['gopher'] }],
  ['info without title', { ...BASE, info: { version: '1' } }],
  ['a parameter in a cookie', { ...BASE, parameters: { C: { name: 'c', in: 'cookie', type: 'string' } } }],
  ['a vendor extension at the top', { ...BASE, 'x-anything': { a: 1 } }],
  ['an unknown top-level key', { ...BASE, servers: [] }],
  ['a response without description', { ...BASE, paths: { '/a': { get: { responses: { 200: {} } } } } }],
];

describe('swagger2SchemaErrors agrees with swagger-parser', () => {
  it.each(CASES)('%s', async (_name, document) => {
    const parserValid = await SwaggerParser.validate(structuredClone(document) as never).then(
      () => true,
      () => false,
    );
    expect(swagger2SchemaErrors(document).length === 0).toBe(parserValid);
  });
});
