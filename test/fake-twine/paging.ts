/**
 * The API's two paging strategies over a list sorted by id (seed 002): skip (`page[size]`, `page[number]`,
 * links first/last/prev/next) and cursor (`page[limit]` plus `page[cursor]` or `page[after]`, `links.next`
 * only when more exists). Size or limit 0 returns only `meta.count`; mixing the strategies is a 400.
 */
import type { FakeError } from './http-util.js';

export interface PageRequest {
  /** Request path including the base path, e.g. `/pub/patient`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly defaultSize: number;
  readonly maxSize: number;
}

export interface Page<T> {
  readonly data: T[];
  readonly count: number;
  readonly links: Record<string, string>;
}

const SKIP_KEYS = ['page[size]', 'page[number]'];
const CURSOR_KEYS = ['page[limit]', 'page[cursor]', 'page[after]'];

export function paginate<T extends { readonly id: string }>(items: readonly T[], request: PageRequest): Page<T> | FakeError {
  const { query } = request;
  const skip = SKIP_KEYS.some((k) => query.has(k));
  const cursor = CURSOR_KEYS.some((k) => query.has(k));
  if (skip && cursor) return invalid('page', 'It is not valid to mix skip-based and cursor-based paging');
  return cursor ? cursorPage(items, request) : skipPage(items, request);
}

function skipPage<T extends { readonly id: string }>(items: readonly T[], request: PageRequest): Page<T> | FakeError {
  const size = readInt(request.query, 'page[size]', request.defaultSize);
  const number = readInt(request.query, 'page[number]', 1);
  if (size === undefined || size < 0 || size > request.maxSize) return invalid('page[size]', `page[size] must be an integer from 0 to ${request.maxSize}`);
  if (number === undefined || number < 1) return invalid('page[number]', 'page[number] must be a positive integer');
  const count = items.length;
  if (size === 0) return { data: [], count, links: {} };
  const last = Math.max(1, Math.ceil(count / size));
  const link = (n: number): string => pageLink(request, [['page[number]', String(n)], ['page[size]', String(size)]]);
  const links: Record<string, string> = { self: link(number), first: link(1), last: link(last) };
  if (number > 1) links['prev'] = link(Math.min(number - 1, last));
  if (number < last) links['next'] = link(number + 1);
  return { data: items.slice((number - 1) * size, number * size), count, links };
}

function cursorPage<T extends { readonly id: string }>(items: readonly T[], request: PageRequest): Page<T> | FakeError {
  const limit = readInt(request.query, 'page[limit]', request.defaultSize);
  if (limit === undefined || limit < 0) return invalid('page[limit]', 'page[limit] must be a non-negative integer');
  const rawCursor = request.query.get('page[cursor]') ?? request.query.get('page[after]');
  const afterId = rawCursor === null ? undefined : decodeCursor(rawCursor);
  if (afterId === null) return invalid('page[cursor]', 'page[cursor] is not a valid cursor');
  const count = items.length;
  const limitText = String(limit);
  const self = pageLink(request, [['page[limit]', limitText], ...(rawCursor === null ? [] : [['page[cursor]', rawCursor] as [string, string]])]);
  if (limit === 0) return { data: [], count, links: { self } };
  const rest = afterId === undefined ? items : items.filter((item) => item.id > afterId);
  const data = rest.slice(0, limit);
  const links: Record<string, string> = { self };
  const lastItem = data[data.length - 1];
  if (rest.length > limit && lastItem) links['next'] = pageLink(request, [['page[limit]', limitText], ['page[cursor]', encodeCursor(lastItem.id)]]);
  return { data, count, links };
}

export function encodeCursor(id: string): string {
  return Buffer.from(`after:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): string | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('after:') ? text.slice('after:'.length) : null;
}

/** Keeps the request's other parameters (filters, include, sort) and writes brackets literally, as the API does. */
function pageLink(request: PageRequest, page: [string, string][]): string {
  const pairs: string[] = [];
  for (const [name, value] of request.query) {
    if (!name.startsWith('page[')) pairs.push(`${encodeKey(name)}=${encodeURIComponent(value)}`);
  }
  for (const [name, value] of page) pairs.push(`${name}=${encodeURIComponent(value)}`);
  return `${request.path}?${pairs.join('&')}`;
}

function encodeKey(name: string): string {
  return encodeURIComponent(name).replace(/%5B/g, '[').replace(/%5D/g, ']');
}

function readInt(query: URLSearchParams, key: string, fallback: number): number | undefined {
  const raw = query.get(key);
  if (raw === null) return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

function invalid(parameter: string, detail: string): FakeError {
  return { status: 400, code: 'InvalidParameter', detail, parameter };
}

export function isFakeError(value: unknown): value is FakeError {
  return typeof value === 'object' && value !== null && 'code' in value && 'detail' in value;
}
