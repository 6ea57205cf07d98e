import type { Operation, OperationPaging } from './types.js';

/**
 * Paging is decided once, here, from the parameters a collection GET declares (the API's overview:
 * skip paging = `page[size]` + `page[number]`, cursor paging = `page[limit]` + a cursor). The cursor's
 * name varies across the real spec's history (`page[cursor]`, `page[after]`), so it is recorded when
 * declared; the runtime follows `links.next` and does not depend on it.
 *
 * The overview also says every GET collection endpoint pages, skip-based by default, while the real spec
 * declares page parameters on only some of them. A JSON:API GET whose primary data is a list (`cardinality`
 * from the JSON:API analysis) therefore pages by skip even when it declares nothing: without `.all()` its
 * callers would silently get the server's first page only.
 */
export function analyzePaging(operation: Operation, cardinality?: 'one' | 'many'): OperationPaging | undefined {
  if (operation.method !== 'get') return undefined;
  const query = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  const skip = query.has('page[size]') || query.has('page[number]');
  const cursor = query.has('page[limit]');
  if (!skip && !cursor) return cardinality === 'many' ? { skip: true, cursor: false } : undefined;
  const cursorParam = ['page[cursor]', 'page[after]'].find((name) => query.has(name));
  return { skip, cursor, ...(cursor && cursorParam !== undefined ? { cursorParam } : {}) };
}
