/**
 * The wire format of `POST /oauth/token` (seed 000/001, real spec `CreateTokenRequest`):
 * `application/vnd.api+json` nests the fields under `data.attributes`; `application/json` (kept for older
 * OAuth clients) sends them flat. Any other content type gets 403.
 */
import type { TokenRequestFormat } from './options.js';

export interface TokenGrant {
  readonly grant_type: 'client_credentials' | 'refresh_token';
  readonly client_id?: string;
  readonly client_secret?: string;
  readonly refresh_token?: string;
}

export interface TokenSet {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  /** Seconds, as sent; `undefined` when the server does not say. */
  readonly expiresIn: number | undefined;
  /** The token resource id (`data.id`), used by `/oauth/token/{id}/groups`. */
  readonly id: string | undefined;
}

export function encodeTokenRequest(
  grant: TokenGrant,
  format: TokenRequestFormat,
): { contentType: string; body: string } {
  const fields = Object.fromEntries(
    Object.entries(grant).filter(([, value]) => value !== undefined),
  );
  return format === 'jsonapi'
    ? {
        contentType: 'application/vnd.api+json',
        body: JSON.stringify({ data: { type: 'token', attributes: fields } }),
      }
    : { contentType: 'application/json', body: JSON.stringify(fields) };
}

/** Reads the JSON:API form (`data.attributes.access_token`) and the plain OAuth2 form (`access_token`). */
export function decodeTokenResponse(body: unknown): TokenSet | undefined {
  if (!isRecord(body)) return undefined;
  const data = body['data'];
  const resource = isRecord(data) ? data : undefined;
  const fields = resource && isRecord(resource['attributes']) ? resource['attributes'] : body;
  const accessToken = fields['access_token'];
  if (typeof accessToken !== 'string' || accessToken === '') return undefined;
  const refreshToken = fields['refresh_token'];
  const expiresIn = Number(fields['expires_in']);
  const id = resource?.['id'];
  return {
    accessToken,
    refreshToken:
      typeof refreshToken === 'string' && refreshToken !== '' ? refreshToken : undefined,
    expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : undefined,
    id: typeof id === 'string' ? id : undefined,
  };
}

/**
 * A token is renewed a little before it expires so a request never leaves with a token that dies in
 * flight: a tenth of its lifetime, at most a minute.
 */
export function renewAt(issuedAtMs: number, expiresIn: number | undefined): number | undefined {
  if (expiresIn === undefined) return undefined;
  const lifetimeMs = expiresIn * 1000;
  return issuedAtMs + lifetimeMs - Math.min(60_000, lifetimeMs / 10);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
