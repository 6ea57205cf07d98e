import type { Operation, OperationPaging } from './types.js';

/**
 * Paging is decided once, here, from the parameters a collection GET declares (the API's overview:
 * skip paging = `page[size]` + `page[number]`, cursor paging = `page[limit]` + a cursor). The cursor's
 * name varies across the real spec's history (`page[cursor]`, `page[after]`), so it is recorded when
 * declared; the runtime follows `links.next` and does not depend on it.
 */
export function analyzePaging(operation: Operation): OperationPaging | undefined {
  if (operation.method !== 'get') return undefined;
  const query = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  const skip = query.has('page[size]') || query.has('page[number]');
  const cursor = query.has('page[limit]');
  if (!skip && !cursor) return undefined;
  const cursorParam = ['page[cursor]', 'page[after]'].find((name) => query.has(name));
  return { skip, cursor, ...(cursor && cursorParam !== undefined ? { cursorParam } : {}) };
}
