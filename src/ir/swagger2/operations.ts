import type { HttpMethod, Operation, Parameter, ParameterLocation, RequestBody, Response, Schema } from '../types.js';
import { childPointer } from '../../diagnostics/pointer.js';
import { type JsonObject, type ReadContext, asString, asStringArray, followRef, isObject } from './context.js';
import { readSchema } from './schema.js';
import { readSecurityRequirements } from './security.js';

/**
 * Paths Object and Operation Object (Swagger 2.0) -> IR operations.
 * @see https://swagger.io/specification/v2/#operation-object
 */
const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'formData'];
const COLLECTION_FORMATS = ['csv', 'ssv', 'tsv', 'pipes', 'multi'] as const;

export function readOperations(ctx: ReadContext): Operation[] {
  const paths = ctx.document.paths;
  if (!isObject(paths)) return [];
  const globalConsumes = asStringArray(ctx.document.consumes);
  const globalProduces = asStringArray(ctx.document.produces);
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    if (!path.startsWith('/')) continue; // `x-` extensions of the Paths Object
    const itemPointer = childPointer('#/paths', path);
    const item = followRef(ctx, rawItem).node;
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = childPointer(itemPointer, method);
      operations.push(
        readOperation(ctx, op, { path, method, pointer, shared, itemPointer, globalConsumes, globalProduces }),
      );
    }
  }
  return operations;
}

interface OperationSite {
  readonly path: string;
  readonly method: HttpMethod;
  readonly pointer: string;
  readonly itemPointer: string;
  readonly shared: readonly unknown[];
  readonly globalConsumes: readonly string[];
  readonly globalProduces: readonly string[];
}

function readOperation(ctx: ReadContext, op: JsonObject, site: OperationSite): Operation {
  const { parameters, body } = readParameters(ctx, op, site);
  const operationId = asString(op.operationId);
  if (operationId === undefined || operationId.trim() === '') {
    ctx.report({
      code: 'TC2006',
      message: `operation ${site.method.toUpperCase()} ${site.path} has no operationId; named ${syntheticId(site)}`,
      pointer: site.pointer,
    });
  }
  const security = op.security === undefined ? undefined : readSecurityRequirements(op.security);
  const summary = asString(op.summary);
  const description = asString(op.description);
  return {
    operationId: operationId?.trim() ? operationId : syntheticId(site),
    method: site.method,
    path: site.path,
    ...(summary === undefined ? {} : { summary }),
    ...(description === undefined ? {} : { description }),
    tags: asStringArray(op.tags),
    deprecated: op.deprecated === true,
    parameters,
    ...(body === undefined ? {} : { body }),
    responses: readResponses(ctx, op.responses, childPointer(site.pointer, 'responses')),
    consumes: op.consumes === undefined ? site.globalConsumes : asStringArray(op.consumes),
    produces: op.produces === undefined ? site.globalProduces : asStringArray(op.produces),
    ...(security === undefined ? {} : { security }),
    pointer: site.pointer,
  };
}

/** `GET /patient/{id}/groups` -> `getPatientByIdGroups`: stable and readable when a spec omits operationId. */
function syntheticId(site: OperationSite): string {
  const words = site.path
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith('{') ? `by ${s.slice(1, -1)}` : s));
  return [site.method, ...words].join(' ');
}

function readParameters(ctx: ReadContext, op: JsonObject, site: OperationSite) {
  // Operation-level parameters override path-level ones with the same name and location.
  const byKey = new Map<string, { node: JsonObject; pointer: string }>();
  const collect = (list: readonly unknown[], listPointer: string) =>
    list.forEach((raw, i) => {
      const resolved = followRef(ctx, raw);
      if (!isObject(resolved.node)) return;
      const key = `${String(resolved.node.in)}\u0000${String(resolved.node.name)}`;
      byKey.set(key, { node: resolved.node, pointer: childPointer(listPointer, i) });
    });
  collect(site.shared, childPointer(site.itemPointer, 'parameters'));
  collect(Array.isArray(op.parameters) ? op.parameters : [], childPointer(site.pointer, 'parameters'));

  const parameters: Parameter[] = [];
  let body: RequestBody | undefined;
  for (const { node, pointer } of byKey.values()) {
    const name = asString(node.name) ?? '';
    const description = asString(node.description);
    const doc = description === undefined ? {} : { description };
    if (node.in === 'body') {
      body = { name, required: node.required === true, schema: readSchema(ctx, node.schema, childPointer(pointer, 'schema')), ...doc, pointer };
      continue;
    }
    const location = LOCATIONS.find((l) => l === node.in);
    if (location === undefined) continue;
    const format = COLLECTION_FORMATS.find((f) => f === node.collectionFormat);
    parameters.push({
      name,
      in: location,
      required: location === 'path' || node.required === true,
      schema: readParameterSchema(ctx, node, pointer),
      ...doc,
      ...(node['x-deprecated'] === true ? { deprecated: true } : {}),
      ...(format === undefined ? {} : { collectionFormat: format }),
      pointer,
    });
  }
  return { parameters, body };
}

/** A non-body parameter carries its schema keywords itself; without `type` it is `unknown` (TC2001). */
function readParameterSchema(ctx: ReadContext, node: JsonObject, pointer: string): Schema {
  const { name: _name, in: _in, required: _required, description: _description, ...keywords } = node;
  return readSchema(ctx, keywords, pointer);
}

function readResponses(ctx: ReadContext, raw: unknown, pointer: string): Response[] {
  if (!isObject(raw)) return [];
  const responses: Response[] = [];
  for (const [status, value] of Object.entries(raw)) {
    if (!/^(\d{3}|default)$/.test(status)) continue;
    const responsePointer = childPointer(pointer, status);
    const node = followRef(ctx, value).node;
    if (!isObject(node)) continue;
    const description = asString(node.description);
    const headers = isObject(node.headers)
      ? Object.entries(node.headers)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([name, h]) => ({ name, schema: readSchema(ctx, h, childPointer(responsePointer, 'headers', name)) }))
      : [];
    responses.push({
      status,
      ...(description === undefined ? {} : { description }),
      ...(node.schema === undefined ? {} : { schema: readSchema(ctx, node.schema, childPointer(responsePointer, 'schema')) }),
      headers,
      pointer: responsePointer,
    });
  }
  return responses.sort((a, b) => statusRank(a.status) - statusRank(b.status));
}

function statusRank(status: string): number {
  return status === 'default' ? 1000 : Number(status);
}
