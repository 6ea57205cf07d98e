/**
 * `POST /oauth/token` as the seeds and the real spec describe it: client_credentials and refresh_token
 * grants; `application/vnd.api+json` bodies nest fields under `data.attributes`, `application/json` bodies
 * are flat, any other content type gets 403.
 */
import { randomUUID } from 'node:crypto';
import type { FakeError } from './http-util.js';
import { JSON_API, meta } from './http-util.js';
import { makeId } from './data.js';

export interface FakeClient {
  readonly id: string;
  readonly secret: string;
}

export interface IssuedToken {
  readonly id: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly clientId: string;
  expiresAt: number;
  revoked: boolean;
}

export interface TokenRequestLog {
  readonly contentType: string;
  readonly grantType: string | undefined;
  readonly status: number;
}

export interface TokenStoreOptions {
  readonly clients: readonly FakeClient[];
  readonly acceptedContentTypes: readonly string[];
  readonly now: () => number;
  /** Read on every grant, so tests can change it between requests. */
  expiresIn: number;
}

export class TokenStore {
  readonly tokens = new Map<string, IssuedToken>();
  readonly requests: TokenRequestLog[] = [];
  readonly #options: TokenStoreOptions;
  #issued = 0;

  constructor(options: TokenStoreOptions) {
    this.#options = options;
  }

  /** Handles one token request; returns the status and JSON:API body to send. */
  handle(contentTypeHeader: string | undefined, bodyText: string, groupIds: readonly string[], organizationId: string): { status: number; body: unknown } | FakeError {
    const contentType = (contentTypeHeader ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const fields = this.#readFields(contentType, bodyText);
    const grantType = typeof fields === 'object' && !isError(fields) ? fields['grant_type'] : undefined;
    const result = isError(fields) ? fields : this.#grant(fields, groupIds, organizationId);
    this.requests.push({ contentType, grantType: typeof grantType === 'string' ? grantType : undefined, status: result.status });
    return result;
  }

  /** A bearer header's token if it is known, unrevoked and unexpired. */
  validate(authorization: string | undefined): IssuedToken | undefined {
    const match = /^Bearer (.+)$/.exec(authorization ?? '');
    const token = match?.[1] ? this.tokens.get(match[1]) : undefined;
    return token && !token.revoked && this.#options.now() < token.expiresAt ? token : undefined;
  }

  byId(id: string): IssuedToken | undefined {
    return [...this.tokens.values()].find((token) => token.id === id);
  }

  #readFields(contentType: string, bodyText: string): Record<string, unknown> | FakeError {
    if (!this.#options.acceptedContentTypes.includes(contentType)) {
      return { status: 403, code: 'Forbidden', detail: `Content-Type must be ${JSON_API}` };
    }
    let body: unknown;
    try {
      body = JSON.parse(bodyText);
    } catch {
      return { status: 400, code: 'InvalidBodyParameter', detail: 'The body is not valid JSON' };
    }
    const fields = contentType === JSON_API ? (body as { data?: { attributes?: unknown } })?.data?.attributes : body;
    if (typeof fields !== 'object' || fields === null) {
      return { status: 400, code: 'InvalidBodyParameter', detail: 'Missing data.attributes', parameter: 'data.attributes' };
    }
    return fields as Record<string, unknown>;
  }

  #grant(fields: Record<string, unknown>, groupIds: readonly string[], organizationId: string): { status: number; body: unknown } | FakeError {
    const client = this.#options.clients.find((c) => c.id === fields['client_id']);
    if (fields['grant_type'] === 'client_credentials') {
      if (!client || client.secret !== fields['client_secret']) return { status: 401, code: 'InvalidCredentials', detail: 'Invalid client credentials' };
      return this.#issue(client, groupIds, organizationId);
    }
    if (fields['grant_type'] === 'refresh_token') {
      const old = [...this.tokens.values()].find((t) => t.refreshToken === fields['refresh_token'] && !t.revoked);
      if (!client || !old || old.clientId !== client.id) return { status: 401, code: 'InvalidCredentials', detail: 'Invalid refresh token' };
      old.revoked = true;
      return this.#issue(client, groupIds, organizationId);
    }
    return { status: 400, code: 'InvalidGrantType', detail: 'grant_type must be client_credentials or refresh_token', parameter: 'grant_type' };
  }

  #issue(client: FakeClient, groupIds: readonly string[], organizationId: string): { status: number; body: unknown } {
    this.#issued += 1;
    const token: IssuedToken = {
      id: makeId('5817a24d', this.#issued), accessToken: randomUUID(), refreshToken: randomUUID(), clientId: client.id,
      expiresAt: this.#options.now() + this.#options.expiresIn * 1000, revoked: false,
    };
    this.tokens.set(token.accessToken, token);
    const body = {
      meta: meta(),
      data: {
        type: 'token', id: token.id,
        attributes: { access_token: token.accessToken, refresh_token: token.refreshToken, token_type: 'bearer', expires_in: this.#options.expiresIn },
        relationships: {
          groups: { data: groupIds.map((id) => ({ type: 'group', id })), links: { related: `/pub/oauth/token/${token.id}/groups` } },
          organization: { data: { type: 'organization', id: organizationId }, links: { related: `/pub/oauth/token/${token.id}/organization` } },
        },
      },
    };
    return { status: 201, body };
  }
}

function isError(value: unknown): value is FakeError {
  return typeof value === 'object' && value !== null && 'code' in value && 'detail' in value && 'status' in value;
}
