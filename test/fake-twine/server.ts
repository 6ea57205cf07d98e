/**
 * A fake Twine / Fitbit Plus API on 127.0.0.1 (ephemeral port), written from the seeds and real spec 098.
 * See README.md in this folder for the API tests use.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDataset, type Dataset } from './data.js';
import { FaultInjector } from './faults.js';
import { JSON_API, sendError, sendJson, UNAUTHORIZED, type FakeError } from './http-util.js';
import { TokenStore, type FakeClient, type TokenStoreOptions } from './oauth.js';
import { routeResource } from './resources.js';

export interface FakeTwineOptions {
  /** Default `/pub`, as the real API. */
  readonly basePath?: string;
  /** Default one client: `fake-client-id` / `fake-client-secret`. */
  readonly clients?: readonly FakeClient[];
  /** Token lifetime in seconds (default 3600); also settable later via `state.tokenOptions.expiresIn`. */
  readonly expiresIn?: number;
  /** Content types `POST /oauth/token` accepts (default both JSON:API and plain JSON); others get 403. */
  readonly tokenContentTypes?: readonly string[];
  readonly groups?: number;
  readonly patients?: number;
  /** Largest `page[size]` (default 50, as the spec). */
  readonly maxPageSize?: number;
  /** Server clock for token expiry (default `Date.now`). */
  readonly now?: () => number;
}

export interface LoggedRequest {
  readonly method: string;
  /** Path after the base path, still percent-encoded as sent. */
  readonly path: string;
  /** The raw query string without `?` ('' when none). */
  readonly query: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface FakeTwineState {
  readonly requests: LoggedRequest[];
  readonly tokens: TokenStore;
  readonly tokenOptions: TokenStoreOptions;
  readonly faults: FaultInjector;
  readonly data: Dataset;
  /** Called before every collection page is computed; insert into `data` here to simulate concurrent writes. */
  beforePage: ((info: { type: string; query: URLSearchParams }) => void) | undefined;
  /** Requests matching method and path (after the base path). */
  count(method: string, path?: string | RegExp): number;
  /** Every issued token answers 401 from now on (refresh tokens stay valid). */
  expireAllTokens(): void;
}

export interface FakeTwine {
  /** Base URL including the base path, e.g. `http://127.0.0.1:41234/pub`. */
  readonly url: string;
  readonly state: FakeTwineState;
  close(): Promise<void>;
}

export const DEFAULT_CLIENT: FakeClient = { id: 'fake-client-id', secret: 'fake-client-secret' };

export async function start(options: FakeTwineOptions = {}): Promise<FakeTwine> {
  const basePath = options.basePath ?? '/pub';
  const tokenOptions: TokenStoreOptions = {
    clients: options.clients ?? [DEFAULT_CLIENT], now: options.now ?? Date.now, expiresIn: options.expiresIn ?? 3600,
    acceptedContentTypes: options.tokenContentTypes ?? [JSON_API, 'application/json'],
  };
  const state = createState(tokenOptions, seedDataset(options.groups ?? 3, options.patients ?? 25));
  const pending = new Set<ReturnType<typeof setTimeout>>();
  const handler = requestHandler(state, basePath, options.maxPageSize ?? 50, pending);
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    state,
    close: () => new Promise<void>((resolve, reject) => {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

function createState(tokenOptions: TokenStoreOptions, data: Dataset): FakeTwineState {
  const requests: LoggedRequest[] = [];
  const tokens = new TokenStore(tokenOptions);
  return {
    requests, tokens, tokenOptions, data, faults: new FaultInjector(), beforePage: undefined,
    count: (method, path) => requests.filter((r) => r.method === method && (path === undefined || (typeof path === 'string' ? r.path === path : path.test(r.path)))).length,
    expireAllTokens: () => { for (const token of tokens.tokens.values()) token.expiresAt = 0; },
  };
}

function requestHandler(state: FakeTwineState, basePath: string, maxPageSize: number, pending: Set<ReturnType<typeof setTimeout>>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const [rawPath = '', query = ''] = (req.url ?? '/').split(/\?(.*)/s);
    const method = req.method ?? 'GET';
    const path = rawPath.startsWith(basePath) ? rawPath.slice(basePath.length) || '/' : rawPath;
    state.requests.push({ method, path, query, headers: { ...req.headers }, body });
    const fault = state.faults.take(method, path);
    if (fault?.kind === 'drop') return void req.socket.destroy();
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter };
      const error: FakeError = { status: fault.status, code: fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', detail: `Injected ${fault.status}` };
      return sendError(res, error, fault.errorShape ?? 'array', headers);
    }
    if (fault?.kind === 'delay') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { pending.delete(timer); resolve(); }, fault.ms);
        pending.add(timer);
      });
      if (res.destroyed || req.socket.destroyed) return;
    }
    route(state, { method, path, fullPath: rawPath, query, body, basePath, maxPageSize, headers: req.headers }, res);
  };
}

interface Incoming {
  readonly method: string;
  readonly path: string;
  readonly fullPath: string;
  readonly query: string;
  readonly body: string;
  readonly basePath: string;
  readonly maxPageSize: number;
  readonly headers: IncomingMessage['headers'];
}

function route(state: FakeTwineState, incoming: Incoming, res: ServerResponse): void {
  const { method, path } = incoming;
  if (method === 'POST' && path === '/oauth/token') {
    const result = state.tokens.handle(incoming.headers['content-type'], incoming.body, state.data.groups.map((g) => g.id), state.data.organization.id);
    return 'code' in result ? sendError(res, result) : sendJson(res, result.status, result.body);
  }
  const token = state.tokens.validate(incoming.headers.authorization);
  if (!token) return sendError(res, UNAUTHORIZED);
  const result = routeResource({
    method, path, fullPath: incoming.fullPath, query: new URLSearchParams(incoming.query), body: incoming.body, token,
    data: state.data, basePath: incoming.basePath, maxPageSize: incoming.maxPageSize, beforePage: state.beforePage,
  });
  if (result === undefined) return sendError(res, { status: 404, code: 'ResourceNotFound', detail: `No route ${method} ${path}`, shape: 'object' });
  if ('code' in result) return sendError(res, result);
  sendJson(res, result.status, result.body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
