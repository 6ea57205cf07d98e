import { JsonApiDocumentError } from './errors.js';

/** The JSON:API-specific query members; `filter` and `page` are plain bracketed families for the transport. */
export interface JsonApiQuery {
  /** Relationship paths to include, e.g. `['groups', 'coaches']`. */
  readonly include?: readonly string[];
  /** Sparse fieldsets per resource type, e.g. `{ patient: ['first_name'] }`. */
  readonly fields?: Readonly<Record<string, readonly string[]>>;
  /** Sort fields, `-` first for descending, e.g. `['-start_at', 'name']`. */
  readonly sort?: readonly string[];
}

/**
 * Query pairs in a stable order: `include`, then `fields[type]` in the object's key order, then `sort`.
 * An empty list is sent as an empty value (`include=` asks for no related resources, which differs from
 * leaving `include` out and getting the server's default).
 *
 * @example jsonApiQueryPairs({ include: ['groups'], fields: { patient: ['a', 'b'] }, sort: ['-start_at'] })
 * // [['include', 'groups'], ['fields[patient]', 'a,b'], ['sort', '-start_at']]
 */
export function jsonApiQueryPairs(query: JsonApiQuery): [string, string][] {
  const pairs: [string, string][] = [];
  if (query.include !== undefined) pairs.push(['include', joinMembers('include', query.include)]);
  if (query.fields !== undefined) pairs.push(...fieldsPairs(query.fields));
  if (query.sort !== undefined) pairs.push(['sort', joinMembers('sort', query.sort)]);
  return pairs;
}

/** `['groups', 'coaches.groups']` -> `groups,coaches.groups`. */
export function serializeInclude(include: readonly string[]): string {
  return joinMembers('include', include);
}

/** `['-start_at', 'name']` -> `-start_at,name`. */
export function serializeSort(sort: readonly string[]): string {
  return joinMembers('sort', sort);
}

/** `{ patient: ['a', 'b'] }` -> `[['fields[patient]', 'a,b']]`. */
export function fieldsPairs(
  fields: Readonly<Record<string, readonly string[]>>,
): [string, string][] {
  const pairs: [string, string][] = [];
  for (const type of Object.keys(fields)) {
    const names = fields[type];
    if (names === undefined) continue;
    if (type === '' || /[[\]]/.test(type))
      throw new JsonApiDocumentError(`"fields" has an invalid type name "${type}"`, '');
    pairs.push([`fields[${type}]`, joinMembers(`fields[${type}]`, names)]);
  }
  return pairs;
}

// The comma is the separator, so a member containing one (or an empty member) would change the meaning.
function joinMembers(parameter: string, members: readonly string[]): string {
  if (!Array.isArray(members))
    throw new JsonApiDocumentError(`"${parameter}" must be an array of names`, '');
  for (const member of members) {
    if (typeof member !== 'string' || member === '' || member.includes(',')) {
      throw new JsonApiDocumentError(
        `"${parameter}" values must be non-empty names without commas`,
        '',
      );
    }
  }
  return members.join(',');
}
