/** The JSON:API resource routes of the fake server: token groups/organization, groups, patients. */
import type { Dataset, Resource } from './data.js';
import { makeId, makePatient, relatedIds } from './data.js';
import type { FakeError } from './http-util.js';
import { meta } from './http-util.js';
import type { IssuedToken } from './oauth.js';
import { isFakeError, paginate } from './paging.js';

export interface RouteContext {
  readonly method: string;
  /** Path after the base path. */
  readonly path: string;
  /** Full request path (with base path) for links. */
  readonly fullPath: string;
  readonly query: URLSearchParams;
  readonly body: string;
  readonly token: IssuedToken;
  readonly data: Dataset;
  readonly basePath: string;
  readonly maxPageSize: number;
  /** Called before a collection page is computed; may change `data` (resources inserted mid-iteration). */
  readonly beforePage: ((info: { type: string; query: URLSearchParams }) => void) | undefined;
}

export type RouteResult = { status: number; body: unknown } | FakeError | undefined;

export function routeResource(ctx: RouteContext): RouteResult {
  const { method, path, data } = ctx;
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [root, id, sub] = parts;
  if (method === 'GET' && root === 'oauth' && id === 'token' && parts.length === 4) return tokenRelated(ctx, parts[2] ?? '', parts[3] ?? '');
  if (method === 'GET' && root === 'organization' && id && !sub) return id === data.organization.id ? single(data.organization) : notFound('organization', id);
  if (root === 'group' && method === 'GET') return id ? find(data.groups, 'group', id) : collection(ctx, 'group', filterGroups(ctx));
  if (root !== 'patient') return undefined;
  if (method === 'GET' && !id) {
    if (!ctx.query.has('filter[groups]') && !ctx.query.has('filter[organization]')) {
      return { status: 400, code: 'InvalidParameter', detail: 'Either filter[groups] or filter[organization] must be specified', parameter: 'filter' };
    }
    return collection(ctx, 'patient', () => filterPatients(ctx));
  }
  if (method === 'POST' && !id) return createPatient(ctx);
  const patient = id ? data.patients.find((p) => p.id === id) : undefined;
  if (!patient) return id ? notFound('patient', id) : undefined;
  if (method === 'GET' && !sub) return withIncluded(ctx, single(patient), [patient]);
  if (method === 'GET' && sub === 'groups') return { status: 200, body: { meta: meta(), data: data.groups.filter((g) => relatedIds(patient, 'groups').includes(g.id)) } };
  if (method === 'PATCH' && !sub) return updatePatient(ctx, patient);
  return undefined;
}

function tokenRelated(ctx: RouteContext, tokenId: string, relation: string): RouteResult {
  if (tokenId !== ctx.token.id) return notFound('token', tokenId);
  if (relation === 'groups') return { status: 200, body: { meta: meta({ count: ctx.data.groups.length }), data: ctx.data.groups } };
  if (relation === 'organization') return single(ctx.data.organization);
  return undefined;
}

function filterGroups(ctx: RouteContext): () => Resource[] {
  const name = ctx.query.get('filter[name]');
  return () => ctx.data.groups.filter((g) => name === null || g.attributes['name'] === name);
}

function filterPatients(ctx: RouteContext): Resource[] {
  const q = ctx.query;
  const groups = q.get('filter[groups]')?.split(',');
  const archived = q.get('filter[archived]');
  const system = q.get('filter[identifier][system]');
  const value = q.get('filter[identifier][value]');
  return ctx.data.patients.filter((p) => {
    if (groups && !relatedIds(p, 'groups').some((g) => groups.includes(g))) return false;
    if (archived !== null && String(p.attributes['archived']) !== archived) return false;
    const ids = (p.attributes['identifiers'] ?? []) as { system: string; value: string }[];
    if (system !== null && !ids.some((i) => i.system === system && (value === null || i.value === value))) return false;
    return true;
  });
}

function collection(ctx: RouteContext, type: string, select: () => Resource[]): RouteResult {
  ctx.beforePage?.({ type, query: ctx.query });
  const items = [...select()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const page = paginate(items, { path: ctx.fullPath, query: ctx.query, defaultSize: 10, maxSize: ctx.maxPageSize });
  if (isFakeError(page)) return page;
  const body = { meta: meta({ count: page.count }), links: page.links, data: page.data };
  return withIncluded(ctx, { status: 200, body }, page.data);
}

/** `include=groups` adds the referenced groups to `included`. */
function withIncluded(ctx: RouteContext, result: { status: number; body: unknown }, resources: readonly Resource[]): RouteResult {
  const include = ctx.query.get('include');
  if (include === null) return result;
  const unknown = include.split(',').filter((name) => name !== 'groups' && name !== 'organization');
  if (unknown.length > 0) return { status: 400, code: 'InvalidParameter', detail: `Cannot include ${unknown.join(',')}`, parameter: 'include' };
  const ids = new Set(resources.flatMap((r) => relatedIds(r, 'groups')));
  const included: Resource[] = include.split(',').includes('groups') ? ctx.data.groups.filter((g) => ids.has(g.id)) : [];
  if (include.split(',').includes('organization')) included.push(ctx.data.organization);
  return { status: result.status, body: { ...(result.body as object), included } };
}

function createPatient(ctx: RouteContext): RouteResult {
  const doc = parseDocument(ctx.body);
  if (!doc) return { status: 400, code: 'InvalidBodyParameter', detail: 'Expected a JSON:API document with data.attributes', parameter: 'data' };
  const patient = makePatient(makeId('5a000000', ctx.data.patients.length + 1), ctx.data.patients.length, ctx.data.groups, doc.attributes);
  ctx.data.patients.push(patient);
  return { status: 201, body: { meta: meta(), data: patient } };
}

function updatePatient(ctx: RouteContext, patient: Resource): RouteResult {
  const doc = parseDocument(ctx.body);
  if (!doc) return { status: 400, code: 'InvalidBodyParameter', detail: 'Expected a JSON:API document with data.attributes', parameter: 'data' };
  patient.attributes = { ...patient.attributes, ...doc.attributes };
  return { status: 200, body: { meta: meta(), data: patient } };
}

function parseDocument(text: string): { attributes: Record<string, unknown> } | undefined {
  try {
    const attributes = (JSON.parse(text) as { data?: { attributes?: unknown } }).data?.attributes;
    return typeof attributes === 'object' && attributes !== null ? { attributes: attributes as Record<string, unknown> } : undefined;
  } catch {
    return undefined;
  }
}

function single(resource: Resource): { status: number; body: unknown } {
  return { status: 200, body: { meta: meta(), data: resource } };
}

function find(list: readonly Resource[], type: string, id: string): RouteResult {
  const found = list.find((r) => r.id === id);
  return found ? single(found) : notFound(type, id);
}

function notFound(type: string, id: string): FakeError {
  return { status: 404, code: 'ResourceNotFound', detail: `No ${type} with id ${id}`, shape: 'object' };
}
