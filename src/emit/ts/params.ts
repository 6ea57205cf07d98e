import type { Operation, Parameter } from '../../ir/types.js';
import type { ParamDescriptor } from '../../runtime/descriptor.js';
import { NameScope } from '../naming.js';

/**
 * The caller's params object for one operation. Path, query and header parameters share it with `body`.
 * Bracketed JSON:API names (`filter[groups]`, `page[size]`, `filter[identifier][system]`) become nested
 * objects under their root (`filter: { groups, identifier: { system } }`), which the runtime writes back
 * with brackets. Keys are the wire names (quoted in types where needed); a key used twice (the same name in
 * two locations, or a parameter called `body`) gets a numeric suffix, path parameters claiming first so
 * `{id}` in a path template always names its key.
 */
export interface ParamTree {
  /** Leaf parameter at this node, if any. */
  leaf?: Parameter;
  children: Map<string, ParamTree>;
}

export interface ParamEntry {
  readonly key: string;
  readonly descriptor: ParamDescriptor;
  readonly tree: ParamTree;
  readonly required: boolean;
}

const LOCATION_ORDER = { path: 0, query: 1, header: 2, formData: 3 } as const;

export function planParams(op: Operation): ParamEntry[] {
  const keys = new NameScope(op.body === undefined ? [] : ['body']);
  const families = new Map<string, { in: Parameter['in']; tree: ParamTree; nested: boolean }>();
  const ordered = [...op.parameters].sort((a, b) => LOCATION_ORDER[a.in] - LOCATION_ORDER[b.in]);
  const entries: { key: string; family: { in: Parameter['in']; tree: ParamTree; nested: boolean }; root: string }[] = [];
  for (const param of ordered) {
    const segments = param.in === 'query' || param.in === 'formData' ? bracketSegments(param.name) : undefined;
    const root = segments?.[0] ?? param.name;
    const familyId = `${param.in}\u0000${root}`;
    let family = segments === undefined ? undefined : families.get(familyId);
    if (family === undefined) {
      family = { in: param.in, tree: { children: new Map() }, nested: false };
      if (segments !== undefined) families.set(familyId, family);
      entries.push({ key: keys.claim(root), family, root });
    }
    if (segments === undefined || segments.length === 1) {
      family.tree.leaf = param;
    } else {
      family.nested = true;
      let node = family.tree;
      for (const segment of segments.slice(1)) {
        let child = node.children.get(segment);
        if (child === undefined) node.children.set(segment, (child = { children: new Map() }));
        node = child;
      }
      node.leaf = param;
    }
  }
  // JSON:API sparse fieldsets are not declared by specs; the IR decided which types and fields apply.
  if (op.jsonApi?.fieldsets !== undefined && !families.has('query\u0000fields')) {
    entries.push({ key: keys.claim('fields'), family: { in: 'query', tree: { children: new Map() }, nested: true }, root: 'fields' });
  }
  return entries.map(({ key, family, root }) => ({
    key,
    tree: family.tree,
    required: anyRequired(family.tree),
    descriptor: {
      in: family.in,
      name: root,
      ...(family.nested ? { nested: true } : {}),
      ...(family.tree.leaf?.collectionFormat !== undefined && family.tree.leaf.collectionFormat !== 'csv'
        ? { format: family.tree.leaf.collectionFormat }
        : {}),
    },
  }));
}

/** `filter[identifier][system]` -> ['filter', 'identifier', 'system']; undefined when not bracketed. */
export function bracketSegments(name: string): string[] | undefined {
  const match = /^([^[\]]+)((?:\[[^[\]]+\])+)$/.exec(name);
  if (match === null || match[1] === undefined || match[2] === undefined) return undefined;
  return [match[1], ...match[2].slice(1, -1).split('][')];
}

/** A params object may be omitted when nothing in it is required. */
export function paramsAreOptional(op: Operation, entries: readonly ParamEntry[]): boolean {
  return op.body?.required !== true && !entries.some((e) => e.required);
}

function anyRequired(tree: ParamTree): boolean {
  if (tree.leaf?.required === true) return true;
  for (const child of tree.children.values()) if (anyRequired(child)) return true;
  return false;
}
