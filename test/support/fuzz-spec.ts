import fc from 'fast-check';
import { hostileJson, hostileName, hostileText, uniqueNames, without } from './fuzz-strings.js';

/**
 * Small Swagger 2.0 documents whose every free-text and name position holds hostile text (see
 * fuzz-strings.ts), shaped like the Twine API: JSON:API resources, include/filter/page parameters, an
 * OAuth2 client_credentials scheme. Valid by construction where Swagger has a grammar (paths start with
 * `/`, path parameters match the template, hosts have no `/`), so generation reaches the emitters.
 */
export type SpecDocument = Record<string, unknown>;

/** `#/definitions/<name>` as a URI fragment: JSON-pointer escaped, then percent-encoded. */
export function definitionRef(name: string): string {
  return `#/definitions/${encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'))}`;
}

const withExtensions = <T extends object>(base: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(base, fc.dictionary(hostileName.map((n) => `x-${n}`), hostileJson, { maxKeys: 1 })).map(([b, x]) => ({ ...b, ...x }));

const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** A leaf property schema; `refs` are definition names it may point at. */
function propertySchema(refs: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const choices: fc.Arbitrary<Record<string, unknown>>[] = [
    fc.record(
      { type: fc.constant('string'), description: hostileText, enum: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 4 }), default: hostileText, example: hostileJson },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constantFrom('integer', 'number', 'boolean'), description: hostileText }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('array'), items: fc.record({ type: fc.constant('string'), enum: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 3 }) }, { requiredKeys: ['type'] }) }),
  ];
  if (refs.length > 0) choices.push(fc.constantFrom(...refs).map((name) => ({ $ref: definitionRef(name) })));
  return fc.oneof(...choices);
}

/**
 * Known bugs are pinned in test/unit/hostile/known-bugs.test.ts; while one is open, steer around it here so
 * the fuzz keeps finding new ones. None is open.
 */
const operationId = hostileName;

const propertyNames = uniqueNames(0, 4);

function objectSchema(refs: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return propertyNames.chain((names) =>
    fc
      .record({
        properties: fc.tuple(...names.map(() => propertySchema(refs))),
        required: fc.subarray(names),
        description: optional(hostileText),
        example: optional(hostileJson),
      })
      .map(({ properties, required, description, example }) => ({
        type: 'object',
        properties: Object.fromEntries(names.map((n, i) => [n, properties[i]])),
        ...(required.length > 0 ? { required } : {}),
        ...(description === undefined ? {} : { description }),
        ...(example === undefined ? {} : { example }),
      })),
  );
}

/** A JSON:API resource object schema with a hostile `type` enum, attributes and a relationship. */
function resourceSchema(): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({ type: hostileText, attributes: objectSchema([]), relation: hostileName, related: hostileText }).map((r) => ({
    type: 'object',
    required: ['id', 'type'],
    properties: {
      id: { type: 'string' },
      type: { type: 'string', enum: [r.type] },
      attributes: r.attributes,
      relationships: {
        type: 'object',
        properties: { [r.relation]: { properties: { data: { properties: { type: { type: 'string', enum: [r.related] }, id: { type: 'string' } } } } } },
      },
    },
  }));
}

function parameter(): fc.Arbitrary<Record<string, unknown>> {
  const common = { description: optional(hostileText), required: fc.boolean() };
  return fc.oneof(
    fc.record({ name: hostileName, in: fc.constantFrom('query', 'header'), type: fc.constant('string'), enum: optional(fc.uniqueArray(hostileText, { minLength: 1, maxLength: 4 })), default: optional(hostileText), ...common }),
    fc.record({ name: hostileName.map((n) => `filter[${n}]`), in: fc.constant('query'), type: fc.constantFrom('string', 'integer', 'boolean'), ...common }),
    fc.record({ name: fc.constantFrom('include', 'sort'), in: fc.constant('query'), type: fc.constant('string'), enum: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 4 }), ...common }),
    fc.record({ name: fc.constantFrom('page[size]', 'page[number]', 'page[limit]'), in: fc.constant('query'), type: fc.constant('integer'), ...common }),
  ).map(dropUndefined);
}

function dropUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

function operation(refs: readonly string[], tags: readonly string[], schemes: readonly string[], pathParam: string | undefined) {
  const response = refs.length > 0
    ? fc.oneof(fc.constantFrom(...refs).map((n) => ({ $ref: definitionRef(n) })), fc.constantFrom(...refs).map((n) => ({ type: 'object', properties: { data: { type: 'array', items: { $ref: definitionRef(n) } } } })))
    : objectSchema([]);
  return withExtensions(
    fc.record({
      operationId,
      summary: optional(hostileText),
      description: optional(hostileText),
      tags: tags.length > 0 ? fc.subarray([...tags], { minLength: 1 }) : fc.constant(undefined),
      security: schemes.length > 0 ? fc.constantFrom(...schemes).map((s) => [{ [s]: [] }]) : fc.constant(undefined),
      deprecated: optional(fc.boolean()),
      parameters: fc.uniqueArray(parameter(), { maxLength: 4, selector: (p) => `${String(p.in)} ${String(p.name)}` }),
      responses: fc.record({ description: hostileText, schema: response }).map((ok) => ({ '200': ok, default: { description: 'error' } })),
    }).map((op) => {
      const path = pathParam === undefined ? [] : [{ name: pathParam, in: 'path', required: true, type: 'string', description: 'id' }];
      const parameters = [...path, ...op.parameters.filter((p) => p.in !== 'path')];
      return dropUndefined({ ...op, parameters });
    }),
  );
}

/** One path item: a hostile path with an optional `{param}` segment, and one to three operations. */
function pathItem(refs: readonly string[], tags: readonly string[], schemes: readonly string[]) {
  return fc.record({ text: hostileText, param: optional(hostileName.map((n) => without(n, /[{}/\s]/g))) }).chain(({ text, param }) =>
    fc
      .uniqueArray(fc.constantFrom('get', 'post', 'put', 'patch', 'delete'), { minLength: 1, maxLength: 3 })
      .chain((methods) => fc.tuple(...methods.map(() => operation(refs, tags, schemes, param))).map((ops) => ({ methods, ops })))
      .map(({ methods, ops }) => [
        `/${without(text, /[{}\s]/g)}${param === undefined ? '' : `/{${param}}`}`,
        Object.fromEntries(methods.map((m, i) => [m, ops[i]])),
      ] as const),
  );
}

/** Definition names as hostile as any other name (`%`, `\`, control characters, outer white space). */
const definitionNames = (min: number, max: number) => fc.uniqueArray(hostileName, { minLength: min, maxLength: max });

/** A whole small spec. */
export const hostileSpec: fc.Arbitrary<SpecDocument> = fc
  .record({ definitions: definitionNames(1, 3), resources: definitionNames(0, 2), tags: uniqueNames(0, 2), schemes: uniqueNames(0, 2) })
  .chain(({ definitions, resources, tags, schemes }) => {
    const all = [...new Set([...definitions, ...resources])];
    const refs = definitions.filter((d) => !resources.includes(d));
    return fc.record({
      info: withExtensions(fc.record({ title: hostileText, version: hostileText, description: optional(hostileText), license: fc.record({ name: hostileText }), contact: fc.record({ name: hostileText }) })),
      host: hostileText.map((h) => without(h, /[{}/ :\\\s]/g, 'example.test')),
      basePath: hostileText.map((b) => `/${without(b, /\s/g)}`),
      tags: fc.tuple(...tags.map((name) => fc.record({ name: fc.constant(name), description: hostileText }))),
      securityDefinitions: fc.tuple(...schemes.map(() => fc.record({ tokenUrl: hostileText, scope: hostileName, scopeText: hostileText }))),
      definitions: fc.tuple(...refs.map(() => objectSchema(refs)), ...resources.map(() => resourceSchema())),
      paths: fc.uniqueArray(pathItem(all, tags, schemes), { minLength: 1, maxLength: 3, selector: ([p]) => p }),
      extra: withExtensions(fc.constant({})),
    }).map((s) => ({
      swagger: '2.0',
      info: dropUndefined(s.info),
      host: s.host,
      basePath: s.basePath,
      schemes: ['https'],
      consumes: ['application/vnd.api+json'],
      produces: ['application/vnd.api+json'],
      ...(tags.length > 0 ? { tags: s.tags } : {}),
      ...(schemes.length > 0
        ? {
            securityDefinitions: Object.fromEntries(
              schemes.map((name, i) => {
                const d = s.securityDefinitions[i];
                return [name, { type: 'oauth2', flow: 'application', tokenUrl: `https://auth.example.test/${encodeURIComponent(d?.tokenUrl ?? '')}`, scopes: { [d?.scope ?? 's']: d?.scopeText ?? '' } }];
              }),
            ),
          }
        : {}),
      paths: Object.fromEntries(s.paths),
      definitions: Object.fromEntries([...refs, ...resources].map((name, i) => [name, s.definitions[i]])),
      ...s.extra,
    }));
  });
