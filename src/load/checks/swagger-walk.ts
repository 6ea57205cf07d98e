import { childPointer } from '../../diagnostics/pointer.js';
import { asObject, refOf, type JsonObject } from '../json.js';

/** The Swagger 2.0 object kinds the loader's checks look at. @see https://swagger.io/specification/v2/ */
export type SwaggerKind =
  | 'root'
  | 'info'
  | 'contact'
  | 'license'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'responses'
  | 'response'
  | 'header'
  | 'schema'
  | 'items'
  | 'tag'
  | 'externalDocs'
  | 'xml'
  | 'securityScheme';

export interface SwaggerNode {
  readonly kind: SwaggerKind;
  readonly node: JsonObject;
  readonly pointer: string;
  /** The path template (`/patients/{id}`) for path items, operations and their parameters. */
  readonly path?: string;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

/**
 * Every object of a known kind, in document order. Reference objects (`$ref`) are not followed: their
 * target is visited where it is defined. Malformed parts (a list where an object belongs) are skipped here
 * and left to the schema validator.
 */
export function walkSwagger(document: JsonObject): SwaggerNode[] {
  const out: SwaggerNode[] = [];
  const emit = (kind: SwaggerKind, value: unknown, pointer: string, path?: string): JsonObject | undefined => {
    const node = asObject(value);
    if (node === undefined || (refOf(node) !== undefined && kind !== 'schema')) return undefined;
    out.push(path === undefined ? { kind, node, pointer } : { kind, node, pointer, path });
    return node;
  };
  const eachEntry = (value: unknown, pointer: string, fn: (item: unknown, pointer: string, key: string) => void) => {
    const object = asObject(value);
    if (object !== undefined) for (const [key, item] of Object.entries(object)) fn(item, childPointer(pointer, key), key);
  };
  const eachItem = (value: unknown, pointer: string, fn: (item: unknown, pointer: string) => void) => {
    if (Array.isArray(value)) value.forEach((item, index) => fn(item, childPointer(pointer, index)));
  };

  const schema = (value: unknown, pointer: string): void => {
    const node = emit('schema', value, pointer);
    if (node === undefined || refOf(node) !== undefined) return;
    eachEntry(node['properties'], childPointer(pointer, 'properties'), (s, p) => schema(s, p));
    if (Array.isArray(node['items'])) eachItem(node['items'], childPointer(pointer, 'items'), schema);
    else schema(node['items'], childPointer(pointer, 'items'));
    eachItem(node['allOf'], childPointer(pointer, 'allOf'), schema);
    schema(node['additionalProperties'], childPointer(pointer, 'additionalProperties'));
    emit('xml', node['xml'], childPointer(pointer, 'xml'));
    emit('externalDocs', node['externalDocs'], childPointer(pointer, 'externalDocs'));
  };
  const items = (kind: 'items' | 'header', value: unknown, pointer: string): void => {
    const node = emit(kind, value, pointer);
    if (node !== undefined) items('items', node['items'], childPointer(pointer, 'items'));
  };
  const parameter = (value: unknown, pointer: string, path?: string): void => {
    const node = emit('parameter', value, pointer, path);
    if (node === undefined) return;
    if (node['in'] === 'body') schema(node['schema'], childPointer(pointer, 'schema'));
    else items('items', node['items'], childPointer(pointer, 'items'));
  };
  const response = (value: unknown, pointer: string): void => {
    const node = emit('response', value, pointer);
    if (node === undefined) return;
    schema(node['schema'], childPointer(pointer, 'schema'));
    eachEntry(node['headers'], childPointer(pointer, 'headers'), (h, p) => items('header', h, p));
  };
  const operation = (value: unknown, pointer: string, path: string): void => {
    const node = emit('operation', value, pointer, path);
    if (node === undefined) return;
    eachItem(node['parameters'], childPointer(pointer, 'parameters'), (p, at) => parameter(p, at, path));
    const responses = emit('responses', node['responses'], childPointer(pointer, 'responses'));
    eachEntry(responses, childPointer(pointer, 'responses'), (r, p, code) => {
      if (!code.startsWith('x-')) response(r, p);
    });
    emit('externalDocs', node['externalDocs'], childPointer(pointer, 'externalDocs'));
  };
  const pathItem = (value: unknown, pointer: string, path: string): void => {
    const node = emit('pathItem', value, pointer, path);
    if (node === undefined) return;
    eachItem(node['parameters'], childPointer(pointer, 'parameters'), (p, at) => parameter(p, at, path));
    for (const method of HTTP_METHODS) operation(node[method], childPointer(pointer, method), path);
  };

  emit('root', document, '#');
  const info = emit('info', document['info'], '#/info');
  if (info !== undefined) {
    emit('contact', info['contact'], '#/info/contact');
    emit('license', info['license'], '#/info/license');
  }
  emit('paths', document['paths'], '#/paths');
  eachEntry(document['paths'], '#/paths', (item, pointer, path) => {
    if (path.startsWith('/')) pathItem(item, pointer, path);
  });
  eachEntry(document['definitions'], '#/definitions', schema);
  eachEntry(document['parameters'], '#/parameters', (p, at) => parameter(p, at));
  eachEntry(document['responses'], '#/responses', response);
  eachEntry(document['securityDefinitions'], '#/securityDefinitions', (s, p) => emit('securityScheme', s, p));
  eachItem(document['tags'], '#/tags', (tag, pointer) => {
    const node = emit('tag', tag, pointer);
    if (node !== undefined) emit('externalDocs', node['externalDocs'], childPointer(pointer, 'externalDocs'));
  });
  emit('externalDocs', document['externalDocs'], '#/externalDocs');
  return out;
}
