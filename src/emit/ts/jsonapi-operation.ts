import type { Operation } from '../../ir/types.js';
import type { NamePlan } from '../plan.js';
import { jsonLiteral, propertyKey } from './literal.js';
import { tsUnion } from './type-expr.js';

const JSON_API = 'application/vnd.api+json';

/** The operation exchanges JSON:API documents (the spec's media types say so). */
export function usesJsonApi(op: Operation): boolean {
  return op.produces.includes(JSON_API) || op.consumes.includes(JSON_API);
}

/** 2xx responses are JSON:API documents to decode: JSON:API media type and every success has a body. */
export function decodesDocument(op: Operation): boolean {
  const successes = op.responses.filter((r) => /^2\d\d$/.test(r.status));
  return usesJsonApi(op) && successes.length > 0 && successes.every((r) => r.schema !== undefined);
}

/**
 * The generated model names of the resource types an operation returns, or undefined when it names none or
 * one has no model (then its types use the generic `JsonApiModel`). The only way model names enter an
 * operation's types, so the operations file imports exactly these.
 */
export function resourceModelNames(op: Operation, plan: NamePlan): string[] | undefined {
  const models = (op.jsonApi?.resourceTypes ?? []).map((t) => plan.resourceNames.get(t));
  return models.length > 0 && models.every((m): m is string => m !== undefined) ? models : undefined;
}

/** `DecodedDocument<Patient>`, `DecodedDocument<Patient[]>`, or the generic document. */
export function documentTypeText(op: Operation, plan: NamePlan): string {
  const models = resourceModelNames(op, plan);
  if (models === undefined) return 'DecodedDocument';
  const one = tsUnion(models);
  const data = op.jsonApi?.cardinality === 'many' ? `Array<${one}>` : one;
  return `DecodedDocument<${data}>`;
}

/** `include: ['groups']`: an array of the spec's enum values, written comma-joined by the runtime. */
export function includeTypeText(op: Operation): string | undefined {
  const values = op.jsonApi?.include ?? [];
  return values.length === 0 ? undefined : `ReadonlyArray<${tsUnion(values.map(jsonLiteral))}>`;
}

/** `sort: ['-start_at']`: each sortable field ascending or descending. */
export function sortTypeText(op: Operation): string | undefined {
  const fields = op.jsonApi?.sort ?? [];
  if (fields.length === 0) return undefined;
  const values = fields.flatMap((f) => (f.startsWith('-') ? [f] : [f, `-${f}`]));
  return `ReadonlyArray<${tsUnion([...new Set(values)].map(jsonLiteral))}>`;
}

/** A collection GET the runtime pages (`.all()`, `.pages()`, `.count()`): the IR found paging parameters. */
export function isPaged(op: Operation): boolean {
  return op.paging !== undefined && op.jsonApi?.cardinality !== 'one';
}

/** The item type of a paged operation's pages: the resource model, or the generic decoded model. */
export function pageItemTypeText(op: Operation, plan: NamePlan): string {
  const models = resourceModelNames(op, plan);
  if (models !== undefined) return tsUnion(models);
  return usesJsonApi(op) ? 'JsonApiModel' : 'unknown';
}

/** `fields: { patient: ['first_name'] }`: per resource type, a list of its field names. */
export function fieldsTypeText(op: Operation): string | undefined {
  const sets = op.jsonApi?.fieldsets ?? [];
  if (sets.length === 0) return undefined;
  const members = sets.map((s) => `${propertyKey(s.type)}?: ReadonlyArray<${tsUnion(s.fields.map(jsonLiteral))}> | undefined;`);
  return `{\n${members.join('\n')}\n}`;
}
