/**
 * Turns a descriptor and the caller's params object into URL, headers and body. Pure functions, so the
 * wire format is unit-tested as given/want tables.
 *
 * Query names keep `[` and `]` literal (`filter[groups]=a,b`, as the API's own links do); every name part
 * and value is otherwise percent-encoded, and array items are encoded one by one so a comma inside an item
 * can never split it.
 */
import type { CollectionFormat, OperationDescriptor, ParamDescriptor } from './descriptor.js';
import { ParamError } from './errors.js';

export type Params = Readonly<Record<string, unknown>> | undefined;

const SEPARATOR: Readonly<Record<Exclude<CollectionFormat, 'multi'>, string>> = {
  csv: ',',
  ssv: '%20',
  tsv: '%09',
  pipes: '|',
};

/** `/patient/{id}` with each path parameter as exactly one encoded segment. */
export function buildPath(op: OperationDescriptor, params: Params): string {
  let path = op.path;
  for (const [key, desc] of paramsIn(op, 'path')) {
    const segment = encodePathValue(op.operationId, key, params?.[key]);
    // A function, so a `$` pattern in the segment could never be read as a replacement pattern.
    path = path.replaceAll(`{${key}}`, () => segment);
    if (desc.name !== key) path = path.replaceAll(`{${desc.name}}`, () => segment);
  }
  return path;
}

function encodePathValue(operationId: string, key: string, value: unknown): string {
  if (value === undefined || value === null || value === '') {
    throw new ParamError(
      `${operationId}: path parameter "${key}" is required and must not be empty`,
    );
  }
  const text = scalarText(value);
  // URL parsers resolve `.`/`..` segments (even percent-encoded ones), so they could change the path.
  if (/^(\.|%2e){1,2}$/i.test(text)) {
    throw new ParamError(`${operationId}: path parameter "${key}" must not be "." or ".."`);
  }
  return encodeURIComponent(text);
}

/** The query string without `?`; empty when nothing is set. */
export function buildQuery(op: OperationDescriptor, params: Params): string {
  const pairs: string[] = [];
  for (const [key, desc] of paramsIn(op, 'query')) {
    const value = params?.[key];
    if (value === undefined || value === null) continue;
    if (desc.nested && isPlainObject(value)) writeNested(pairs, encodeName(desc.name), value, desc);
    else writeValue(pairs, encodeName(desc.name), value, desc.format);
  }
  return pairs.join('&');
}

function writeNested(
  pairs: string[],
  prefix: string,
  value: Record<string, unknown>,
  desc: ParamDescriptor,
): void {
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || item === null) continue;
    const name = `${prefix}[${encodeName(key)}]`;
    if (isPlainObject(item)) writeNested(pairs, name, item, desc);
    else writeValue(pairs, name, item, desc.format);
  }
}

function writeValue(
  pairs: string[],
  name: string,
  value: unknown,
  format: CollectionFormat = 'csv',
): void {
  if (!Array.isArray(value)) {
    pairs.push(`${name}=${encodeURIComponent(scalarText(value))}`);
    return;
  }
  const items = value
    .filter((item) => item !== undefined && item !== null)
    .map((item) => encodeURIComponent(scalarText(item)));
  if (format === 'multi') {
    for (const item of items) pairs.push(`${name}=${item}`);
    return;
  }
  if (items.length > 0) pairs.push(`${name}=${items.join(SEPARATOR[format])}`);
}

// Names of characters `encodeURIComponent` keeps, plus the brackets kept literal, need no encoding pass.
const SAFE_NAME = /^[\w.~[\]-]*$/;

function encodeName(name: string): string {
  if (SAFE_NAME.test(name)) return name;
  return encodeURIComponent(name).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}

/** Header parameters as strings; arrays are comma-joined, absent values omitted. */
export function buildHeaderParams(op: OperationDescriptor, params: Params): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, desc] of paramsIn(op, 'header')) {
    const value = params?.[key];
    if (value === undefined || value === null) continue;
    headers[desc.name] = Array.isArray(value) ? value.map(scalarText).join(',') : scalarText(value);
  }
  return headers;
}

export interface EncodedBody {
  readonly contentType: string;
  readonly body: string;
}

/** The request body: JSON (`application/vnd.api+json` for JSON:API operations) or form fields. */
export function buildBody(op: OperationDescriptor, params: Params): EncodedBody | undefined {
  const form = buildFormBody(op, params);
  if (form !== undefined) return form;
  if (op.body === undefined) return undefined;
  const value = params?.['body'];
  if (value === undefined) {
    if (op.body.required) throw new ParamError(`${op.operationId}: a request body is required`);
    return undefined;
  }
  const contentType = op.jsonApi
    ? 'application/vnd.api+json'
    : (op.body.contentTypes[0] ?? 'application/json');
  const isJson = /json/i.test(contentType);
  return {
    contentType,
    body: !isJson && typeof value === 'string' ? value : JSON.stringify(value),
  };
}

function buildFormBody(op: OperationDescriptor, params: Params): EncodedBody | undefined {
  const fields = paramsIn(op, 'formData');
  if (fields.length === 0) return undefined;
  const form = new URLSearchParams();
  for (const [key, desc] of fields) {
    const value = params?.[key];
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    if (desc.format === 'multi')
      for (const item of values) form.append(desc.name, scalarText(item));
    else form.append(desc.name, values.map(scalarText).join(','));
  }
  return { contentType: 'application/x-www-form-urlencoded', body: form.toString() };
}

/** `Accept` for an operation: its `produces`, or JSON:API / JSON when the spec names none. */
export function acceptHeader(op: OperationDescriptor): string {
  if (op.accept.length > 0) return op.accept.join(', ');
  return op.jsonApi ? 'application/vnd.api+json' : 'application/json';
}

type ParamEntry = readonly [key: string, desc: ParamDescriptor];
type ParamsByLocation = Readonly<Record<ParamDescriptor['in'], readonly ParamEntry[]>>;

// Descriptors are constants, so each is split by location once, not on every request.
const byLocation = new WeakMap<OperationDescriptor, ParamsByLocation>();

function paramsIn(op: OperationDescriptor, location: ParamDescriptor['in']): readonly ParamEntry[] {
  let split = byLocation.get(op);
  if (split === undefined) {
    const entries = Object.entries(op.params);
    const at = (where: ParamDescriptor['in']): ParamEntry[] =>
      entries.filter(([, desc]) => desc.in === where);
    split = {
      path: at('path'),
      query: at('query'),
      header: at('header'),
      formData: at('formData'),
    };
    byLocation.set(op, split);
  }
  return split[location];
}

function scalarText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
  );
}
