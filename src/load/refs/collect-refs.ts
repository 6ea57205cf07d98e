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

/** Every `$ref` in the document outside example data, in document order. */
export function collectRefs(root: unknown, base = '#'): RefSite[] {
  const sites: RefSite[] = [];
  const visit = (node: unknown, pointer: string, isNameMap: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, childPointer(pointer, index), false));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    const ref = object['$ref'];
    if (typeof ref === 'string' && !isNameMap) sites.push({ pointer, ref });
    for (const [key, value] of Object.entries(object)) {
      if (!isNameMap && DATA_KEYWORDS.has(key)) continue;
      visit(value, childPointer(pointer, key), !isNameMap && NAME_MAPS.has(key));
    }
  };
  visit(root, base, false);
  return sites;
}

export function isInternalRef(ref: string): boolean {
  return ref.startsWith('#');
}
