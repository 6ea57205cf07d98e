import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../../src/diagnostics/codes.js';
import type { Severity } from '../../../src/diagnostics/diagnostic.js';
import { HEAD, loadBoth, located, tempSpecs } from './temp-specs.js';

interface Want {
  readonly code: DiagnosticCode;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
}

interface Case {
  readonly name: string;
  readonly yaml: string;
  readonly want: readonly Want[];
  readonly strict: Severity;
  readonly lenient: Severity;
  /** Whether `spec` is returned (the document parsed to a supported version). */
  readonly spec: boolean;
}

const OK = `{ 200: { description: OK } }`;

/** One case per diagnostic code the loader reports; positions are 1-based, at the key of a mapping entry. */
const CASES: readonly Case[] = [
  {
    name: 'TC1001 syntax error at the parser position',
    yaml: `swagger: "2.0"\ninfo:\n  title: T\n  version: [1\npaths: {}\n`,
    want: [{ code: 'TC1001', pointer: '#', line: 5, column: 1 }],
    strict: 'error',
    lenient: 'error',
    spec: false,
  },
  {
    name: 'TC1001 duplicate key, the rest still checked',
    yaml: `${HEAD}paths: {}\npaths: {}\n`,
    want: [{ code: 'TC1001', pointer: '#', line: 4, column: 1 }],
    strict: 'error',
    lenient: 'error',
    spec: true,
  },
  {
    name: 'TC1001 custom tag refused',
    yaml: `${HEAD}x-code: !js/function 'return 1'\npaths: {}\n`,
    want: [{ code: 'TC1001', pointer: '#', line: 3, column: 9 }],
    strict: 'error',
    lenient: 'error',
    spec: true,
  },
  {
    name: 'TC1002 missing $ref target, at the node holding the $ref',
    yaml: `${HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        200:\n          description: OK\n          schema:\n            $ref: '#/definitions/Missing'\n`,
    want: [{ code: 'TC1002', pointer: '#/paths/~1a/get/responses/200/schema', line: 10, column: 11 }],
    strict: 'error',
    lenient: 'warning',
    spec: true,
  },
  {
    name: 'TC1004 OpenAPI 3',
    yaml: `openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths: {}\n`,
    want: [{ code: 'TC1004', pointer: '#/openapi', line: 1, column: 1 }],
    strict: 'error',
    lenient: 'error',
    spec: false,
  },
  {
    name: 'TC1004 no version',
    yaml: `info: { title: T, version: "1" }\npaths: {}\n`,
    want: [{ code: 'TC1004', pointer: '#', line: 1, column: 1 }],
    strict: 'error',
    lenient: 'error',
    spec: false,
  },
  {
    name: 'TC1004 Swagger 1.2',
    yaml: `info: { title: T, version: "1" }\nswagger: "1.2"\npaths: {}\n`,
    want: [{ code: 'TC1004', pointer: '#/swagger', line: 2, column: 1 }],
    strict: 'error',
    lenient: 'error',
    spec: false,
  },
  {
    name: 'TC1005 remote $ref refused without an allowed URL prefix',
    yaml: `${HEAD}definitions:\n  Remote: { $ref: 'https://example.com/pet.yaml#/Pet' }\npaths: {}\n`,
    want: [{ code: 'TC1005', pointer: '#/definitions/Remote', line: 4, column: 3 }],
    strict: 'error',
    lenient: 'error',
    spec: true,
  },
  {
    name: 'TC1006 two definitions that only refer to each other',
    yaml: `${HEAD}definitions:\n  A: { $ref: '#/definitions/B' }\n  B: { $ref: '#/definitions/A' }\npaths: {}\n`,
    want: [
      { code: 'TC1006', pointer: '#/definitions/A', line: 4, column: 3 },
      { code: 'TC1006', pointer: '#/definitions/B', line: 5, column: 3 },
    ],
    strict: 'error',
    lenient: 'error',
    spec: true,
  },
  {
    name: 'TC1006 a definition that refers to itself',
    yaml: `${HEAD}definitions:\n  Self: { $ref: '#/definitions/Self' }\npaths: {}\n`,
    want: [{ code: 'TC1006', pointer: '#/definitions/Self', line: 4, column: 3 }],
    strict: 'error',
    lenient: 'error',
    spec: true,
  },
  {
    name: 'TC1007 a list at the top level',
    yaml: `- swagger: "2.0"\n`,
    want: [{ code: 'TC1007', pointer: '#', line: 1, column: 1 }],
    strict: 'error',
    lenient: 'error',
    spec: false,
  },
  {
    name: 'TC2000 what only swagger-parser knows (an unknown scheme)',
    yaml: `${HEAD}schemes: [gopher]\npaths: {}\n`,
    want: [{ code: 'TC2000', pointer: '#/schemes/0', line: 3, column: 11 }],
    strict: 'error',
    lenient: 'error',
    spec: true,
  },
  {
    name: 'TC2000 what only swagger-parser checks (two body parameters), at the operation',
    yaml: `${HEAD}paths:\n  /a:\n    post:\n      operationId: postA\n      parameters:\n        - { name: one, in: body, schema: { type: string } }\n        - { name: two, in: body, schema: { type: string } }\n      responses: ${OK}\n`,
    want: [{ code: 'TC2000', pointer: '#/paths/~1a/post', line: 5, column: 5 }],
    strict: 'error',
    lenient: 'error',
    spec: true,
  },
  {
    name: 'TC2001 query parameter without type',
    yaml: `${HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      parameters:\n        - name: q\n          in: query\n      responses: ${OK}\n`,
    want: [{ code: 'TC2001', pointer: '#/paths/~1a/get/parameters/0', line: 8, column: 11 }],
    strict: 'error',
    lenient: 'warning',
    spec: true,
  },
  {
    name: 'TC2002 unknown format is advisory: a warning even when strict',
    yaml: `${HEAD}definitions:\n  When:\n    type: string\n    format: dateTime\npaths: {}\n`,
    want: [{ code: 'TC2002', pointer: '#/definitions/When/format', line: 6, column: 5 }],
    strict: 'warning',
    lenient: 'warning',
    spec: true,
  },
  {
    name: 'TC2003 schema type outside JSON Schema',
    yaml: `${HEAD}definitions:\n  Flag:\n    type: boolen\npaths: {}\n`,
    want: [{ code: 'TC2003', pointer: '#/definitions/Flag/type', line: 5, column: 5 }],
    strict: 'error',
    lenient: 'warning',
    spec: true,
  },
  {
    name: 'TC2004 property the operation object forbids',
    yaml: `${HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      summry: typo\n      responses: ${OK}\n`,
    want: [{ code: 'TC2004', pointer: '#/paths/~1a/get/summry', line: 7, column: 7 }],
    strict: 'error',
    lenient: 'warning',
    spec: true,
  },
  {
    name: 'TC2005 duplicate operationId, at the second one',
    yaml: `${HEAD}paths:\n  /a:\n    get:\n      operationId: same\n      responses: ${OK}\n  /b:\n    get:\n      operationId: same\n      responses: ${OK}\n`,
    want: [{ code: 'TC2005', pointer: '#/paths/~1b/get/operationId', line: 10, column: 7 }],
    strict: 'error',
    lenient: 'warning',
    spec: true,
  },
  {
    name: 'TC2007 path parameter not in the template',
    yaml: `${HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      parameters:\n        - { name: id, in: path, required: true, type: string }\n      responses: ${OK}\n`,
    want: [{ code: 'TC2007', pointer: '#/paths/~1a/get/parameters/0', line: 8, column: 11 }],
    strict: 'error',
    lenient: 'error',
    spec: true,
  },
  {
    name: 'TC2007 placeholder without a parameter',
    yaml: `${HEAD}paths:\n  /a/{id}:\n    get:\n      operationId: getA\n      responses: ${OK}\n`,
    want: [{ code: 'TC2007', pointer: '#/paths/~1a~1{id}/get', line: 5, column: 5 }],
    strict: 'error',
    lenient: 'error',
    spec: true,
  },
  {
    name: 'TC2008 path parameter without required: true',
    yaml: `${HEAD}paths:\n  /a/{id}:\n    get:\n      operationId: getA\n      parameters:\n        - { name: id, in: path, type: string }\n      responses: ${OK}\n`,
    want: [{ code: 'TC2008', pointer: '#/paths/~1a~1{id}/get/parameters/0', line: 8, column: 11 }],
    strict: 'error',
    lenient: 'warning',
    spec: true,
  },
  {
    name: 'TC2010 info.version written as a number',
    yaml: `swagger: "2.0"\ninfo:\n  title: t\n  version: 7.78\npaths: {}\n`,
    want: [{ code: 'TC2010', pointer: '#/info/version', line: 4, column: 3 }],
    strict: 'error',
    lenient: 'warning',
    spec: true,
  },
  {
    name: 'TC2009 OAuth2 flow outside Swagger 2.0 (real spec 088)',
    yaml: `${HEAD}securityDefinitions:\n  OAuth2:\n    type: oauth2\n    flow: client credentials\n    tokenUrl: https://api.example.com/oauth/token\n    scopes: {}\npaths: {}\n`,
    want: [{ code: 'TC2009', pointer: '#/securityDefinitions/OAuth2/flow', line: 6, column: 5 }],
    strict: 'error',
    lenient: 'warning',
    spec: true,
  },
  {
    name: 'TC2009 OAuth2 application flow without tokenUrl',
    yaml: `${HEAD}securityDefinitions:\n  OAuth2:\n    type: oauth2\n    flow: application\n    scopes: {}\npaths: {}\n`,
    want: [{ code: 'TC2009', pointer: '#/securityDefinitions/OAuth2', line: 4, column: 3 }],
    strict: 'error',
    lenient: 'warning',
    spec: true,
  },
];

describe('loadSpec diagnostics', () => {
  const specs = tempSpecs();

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const { strict, lenient } = await loadBoth(specs.write(`case-${i}.yaml`, c.yaml));
    expect(strict.sink.items.map(located)).toEqual(c.want.map((w) => ({ ...w, severity: c.strict })));
    expect(lenient.sink.items.map(located)).toEqual(c.want.map((w) => ({ ...w, severity: c.lenient })));
    expect(strict.spec !== undefined).toBe(c.spec);
    for (const d of strict.sink.items) expect(d.file).toBe(specs.dir + `/case-${i}.yaml`);
  });
});
