import type { Operation } from '../ir/types.js';

export interface OperationMatching {
  readonly pairs: readonly { readonly base: Operation; readonly head: Operation }[];
  readonly removed: readonly Operation[];
  readonly added: readonly Operation[];
}

/**
 * Pairs operations across versions. The operationId names the generated function, so it is the identity:
 * the same id anywhere is the same operation (possibly moved to a new path or method); a different id at
 * the same method and path is a rename of the function; anything else was removed or added.
 */
export function matchOperations(base: readonly Operation[], head: readonly Operation[]): OperationMatching {
  const headById = new Map(head.map((op) => [op.operationId, op]));
  const pairs: { base: Operation; head: Operation }[] = [];
  const unmatchedBase: Operation[] = [];
  const matchedHead = new Set<Operation>();
  for (const op of base) {
    const same = headById.get(op.operationId);
    if (same === undefined) unmatchedBase.push(op);
    else {
      pairs.push({ base: op, head: same });
      matchedHead.add(same);
    }
  }
  const unmatchedHeadBySite = new Map(head.filter((op) => !matchedHead.has(op)).map((op) => [siteOf(op), op]));
  const removed: Operation[] = [];
  for (const op of unmatchedBase) {
    const renamed = unmatchedHeadBySite.get(siteOf(op));
    if (renamed === undefined) removed.push(op);
    else {
      pairs.push({ base: op, head: renamed });
      matchedHead.add(renamed);
      unmatchedHeadBySite.delete(siteOf(op));
    }
  }
  return { pairs, removed, added: head.filter((op) => !matchedHead.has(op)) };
}

function siteOf(op: Operation): string {
  return `${op.method} ${op.path}`;
}
