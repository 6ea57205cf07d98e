/** Paging for collection GETs (issue 5): first page, `all()`, `pages()`, `count()`, the `meta.count` check. */
export {
  bindPaged,
  pagedOperation,
  type BoundPagedOperation,
  type PagedOperation,
} from './paged-operation.js';
export { CountMismatchError } from './errors.js';
export { DEFAULT_CURSOR_LIMIT, type PagingStrategy } from './strategy.js';
export type { OneStrategyPage, Page, PageCallOptions, PagedArgs } from './types.js';
