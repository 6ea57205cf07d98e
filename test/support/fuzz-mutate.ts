import fc from 'fast-check';

/**
 * Seeded structural mutations of a real spec document (issue 7 item 10). A case is a pruned copy of the
 * document (a few random paths and the definitions they reach: loading and rendering the whole spec
 * costs a second, a handful of paths a tenth of that) with one to four mutations applied. Same seed,
 * same case, on any machine.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** A deterministic stream of choices drawn from fast-check's seeded generator. */
export class Choices {
  private readonly values: number[];
  private next = 0;

  constructor(seed: number) {
    const [values] = fc.sample(fc.array(fc.nat(), { minLength: 512, maxLength: 512 }), { seed, numRuns: 1 });
    this.values = values ?? [0];
  }

  int(below: number): number {
    const value = this.values[this.next++ % this.values.length] ?? 0;
    return below <= 0 ? 0 : value % below;
  }

  pick<T>(items: readonly T[]): T | undefined {
    return items[this.int(items.length)];
  }
}

interface Site {
  readonly parent: Container;
  readonly key: string | number;
}

/** Every (parent, key) slot in the document: the places a mutation can act. */
function sites(root: Json): Site[] {
  const out: Site[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach((child, i) => (out.push({ parent: node, key: i }), walk(child)));
    else if (node !== null && typeof node === 'object') for (const [k, child] of Object.entries(node)) out.push({ parent: node, key: k }), walk(child);
  };
  walk(root);
  return out;
}

const get = (s: Site): Json => (Array.isArray(s.parent) ? (s.parent[s.key as number] ?? null) : (s.parent[s.key as string] ?? null));
const set = (s: Site, value: Json): void => {
  if (Array.isArray(s.parent)) s.parent[s.key as number] = value;
  else s.parent[s.key as string] = value;
};

const OTHER_VALUES: readonly Json[] = [null, 0, -1, 1.5, true, '', 'x', '*/ hostile `${x}`', [], {}, [1, 'a'], { $ref: '#/definitions/Nowhere' }];
const TYPES: readonly Json[] = ['string', 'integer', 'number', 'boolean', 'array', 'object', 'file', 'null', 'date', ['string', 'null'], 7];
const BROKEN_REFS: readonly Json[] = ['#/definitions/Missing', '#/nope', '#definitions/X', 'other.yaml#/X', 'https://example.test/x.yaml', '', '#/definitions/', '#/paths/~1a'];

export type MutationName = (typeof MUTATIONS)[number][0];

const MUTATIONS = [
  ['drop a node', (doc: Json, c: Choices) => {
    const s = c.pick(sites(doc));
    if (s === undefined) return;
    if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
    else delete s.parent[s.key as string];
  }],
  ['replace a value with another type', (doc: Json, c: Choices) => {
    const s = c.pick(sites(doc));
    if (s !== undefined) set(s, structuredClone(c.pick(OTHER_VALUES) ?? null));
  }],
  ['rename a key', (doc: Json, c: Choices) => {
    const s = c.pick(sites(doc).filter((x) => !Array.isArray(x.parent)));
    if (s === undefined || Array.isArray(s.parent)) return;
    const value = s.parent[s.key as string] ?? null;
    delete s.parent[s.key as string];
    const name = c.pick([`${String(s.key)}_`, String(s.key).toUpperCase(), `x-${String(s.key)}`, '', '$ref', '__proto__']) ?? 'k';
    // defineProperty: a plain assignment to `__proto__` would replace the prototype, not add a key.
    Object.defineProperty(s.parent, name, { value, enumerable: true, writable: true, configurable: true });
  }],
  ['break a $ref', (doc: Json, c: Choices) => {
    const s = c.pick(sites(doc).filter((x) => x.key === '$ref'));
    if (s !== undefined) set(s, c.pick(BROKEN_REFS) ?? '');
  }],
  ['duplicate an operationId', (doc: Json, c: Choices) => {
    const ids = sites(doc).filter((x) => x.key === 'operationId');
    const [from, to] = [c.pick(ids), c.pick(ids)];
    if (from !== undefined && to !== undefined) set(to, get(from));
  }],
  ['change a type', (doc: Json, c: Choices) => {
    const s = c.pick(sites(doc).filter((x) => x.key === 'type'));
    if (s !== undefined) set(s, structuredClone(c.pick(TYPES) ?? null));
  }],
  ['truncate an array', (doc: Json, c: Choices) => {
    const arrays = sites(doc).map(get).filter((v): v is Json[] => Array.isArray(v) && v.length > 0);
    const a = c.pick(arrays);
    if (a !== undefined) a.length = c.int(a.length);
  }],
  ['move a parameter elsewhere', (doc: Json, c: Choices) => {
    const s = c.pick(sites(doc).filter((x) => x.key === 'in'));
    if (s !== undefined) set(s, c.pick(['path', 'query', 'header', 'body', 'formData', 'cookie']) ?? 'query');
  }],
  ['make a schema circular', (doc: Json, c: Choices) => {
    const defs = (doc as { definitions?: Record<string, Json> }).definitions;
    const names = Object.keys(defs ?? {});
    const [a, b] = [c.pick(names), c.pick(names)];
    if (defs !== undefined && a !== undefined && b !== undefined) {
      defs[a] = { $ref: `#/definitions/${b}` };
      defs[b] = { $ref: `#/definitions/${a}` };
    }
  }],
] as const;

export interface MutatedCase {
  readonly document: Json;
  readonly mutations: MutationName[];
}

/** Drops the definitions no kept path reaches through `#/definitions/...` refs. */
function pruneDefinitions(doc: Json): void {
  const root = doc as { paths?: Json; definitions?: Record<string, Json> };
  const definitions = root.definitions;
  if (definitions === undefined || definitions === null || typeof definitions !== 'object') return;
  const reached = new Set<string>();
  const visit = (node: Json | undefined): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const ref = node.$ref;
      const name = typeof ref === 'string' && ref.startsWith('#/definitions/') ? ref.slice('#/definitions/'.length).split('/')[0] : undefined;
      if (name !== undefined && !reached.has(name)) (reached.add(name), visit(definitions[name]));
      Object.values(node).forEach(visit);
    }
  };
  visit(root.paths);
  for (const name of Object.keys(definitions)) if (!reached.has(name)) delete definitions[name];
}

/** Keeps 3-8 random paths of `document` (and everything else), then applies 1-4 random mutations. */
export function mutateCase(document: Json, seed: number): MutatedCase {
  const c = new Choices(seed);
  const doc = structuredClone(document);
  const paths = (doc as { paths?: Record<string, Json> }).paths;
  if (paths !== undefined && paths !== null && typeof paths === 'object') {
    const keys = Object.keys(paths);
    const keep = new Set(Array.from({ length: 3 + c.int(6) }, () => c.pick(keys)));
    for (const k of keys) if (!keep.has(k)) delete paths[k];
    pruneDefinitions(doc);
  }
  const mutations: MutationName[] = [];
  for (let i = 1 + c.int(4); i > 0; i--) {
    const [name, apply] = MUTATIONS[c.int(MUTATIONS.length)] ?? MUTATIONS[0];
    apply(doc, c);
    mutations.push(name);
  }
  return { document: doc, mutations };
}
