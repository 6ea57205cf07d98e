import type { Parameter } from '../ir/types.js';
import { describe } from './schema-compare.js';
import { type TypeTable, resolveSchema } from './resolve-schema.js';
import type { ParameterMatch, ParameterPair } from './types.js';

/**
 * Pairs one operation's parameters by location and wire name. Leftovers pair up as a location change
 * (same name, other location) or a rename (same location and type); the closest name wins a rename, so
 * `filter[group]` -> `filter[groups]` pairs even when other parameters were added beside it.
 */
export function matchParameters(
  base: readonly Parameter[],
  head: readonly Parameter[],
  tables: { base: TypeTable; head: TypeTable },
): ParameterMatch {
  const key = (p: Parameter) => `${p.in}\u0000${p.name}`;
  const headByKey = new Map(head.map((p) => [key(p), p]));
  const same: ParameterPair[] = [];
  let removed: Parameter[] = [];
  for (const p of base) {
    const h = headByKey.get(key(p));
    if (h === undefined) removed.push(p);
    else {
      same.push({ base: p, head: h });
      headByKey.delete(key(p));
    }
  }
  let added = head.filter((p) => headByKey.has(key(p)));

  const moved: ParameterPair[] = [];
  for (const b of [...removed]) {
    const h = added.find((p) => p.name === b.name);
    if (h === undefined) continue;
    moved.push({ base: b, head: h });
    removed = removed.filter((p) => p !== b);
    added = added.filter((p) => p !== h);
  }

  const renamed: ParameterPair[] = [];
  for (const b of [...removed]) {
    const shape = typeOf(b, tables.base);
    const candidates = added.filter((p) => p.in === b.in && typeOf(p, tables.head) === shape);
    const h = closestByName(b.name, candidates);
    if (h === undefined) continue;
    renamed.push({ base: b, head: h });
    removed = removed.filter((p) => p !== b);
    added = added.filter((p) => p !== h);
  }
  return { same, moved, renamed, removed, added };
}

function typeOf(p: Parameter, types: TypeTable): string {
  const { schema } = resolveSchema(p.schema, types);
  return schema.kind === 'primitive' ? schema.type : describe(schema);
}

/** The candidate sharing the longest prefix with `name`; the first in spec order on ties. */
function closestByName(name: string, candidates: readonly Parameter[]): Parameter | undefined {
  let best: Parameter | undefined;
  let bestScore = -1;
  for (const c of candidates) {
    let score = 0;
    while (score < name.length && score < c.name.length && name[score] === c.name[score]) score++;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
