import { childPointer } from '../../diagnostics/pointer.js';

/** A node holding a `$ref`: its pointer and the reference as written. */
export interface RefSite {
  readonly pointer: string;
  readonly ref: string;
}

/** Keywords whose values are user data (examples, defaults), where a `$ref` key is just data. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'enum', 'x-example', 'x-examples']);

/** Keywords whose values map user-chosen names to objects, so a name like `example` there is a name. */
const NAME_MAPS = new Set([
  'properties',
  'definitions',
  'parameters',
  'responses',
  'paths',
  'securityDefinitions',
  'headers',
  'patternProperties',
]);

/**
 * Every `$ref` in the document outside example data, in document order. The walk keeps the path as
 * segments and builds a pointer only for a `$ref` found: building one per node was most of its cost.
 */
export function collectRefs(root: unknown, base = '#'): RefSite[] {
  const sites: RefSite[] = [];
  const path: (string | number)[] = [];
  const visit = (node: unknown, isNameMap: boolean): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index);
        visit(node[index], false);
        path.pop();
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    const ref = object['$ref'];
    if (typeof ref === 'string' && !isNameMap) sites.push({ pointer: childPointer(base, ...path), ref });
    for (const key of Object.keys(object)) {
      if (!isNameMap && DATA_KEYWORDS.has(key)) continue;
      path.push(key);
      visit(object[key], !isNameMap && NAME_MAPS.has(key));
      path.pop();
    }
  };
  visit(root, false);
  return sites;
}

export function isInternalRef(ref: string): boolean {
  return ref.startsWith('#');
}
