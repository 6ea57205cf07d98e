/**
 * OAuth2 token lifecycle for `{ clientId, clientSecret }` and `{ accessToken, refreshToken? }`: first use,
 * cache until shortly before expiry, renewal (refresh_token grant when a refresh token is held, falling back
 * to client_credentials once), and one shared in-flight request however many calls wait for it.
 */
import type { Authenticator } from './authenticator.js';
import { raceAbort } from './clock.js';
import { ApiError } from './errors.js';
import { parseBodyText, type RawResponse } from './http.js';
import type {
  BearerTokenAuth,
  ClientCredentialsAuth,
  Clock,
  TokenRequestFormat,
} from './options.js';
import type { Redactor } from './redact.js';
import { decodeTokenResponse, renewAt, type TokenGrant } from './token-request.js';

/** Sends one token request (with the transport's timeout, retries and hooks); throws `ApiError` on non-2xx. */
export type TokenEndpoint = (grant: TokenGrant, format: TokenRequestFormat) => Promise<RawResponse>;

interface CachedToken {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  readonly id: string | undefined;
  /** `undefined`: no known expiry, used until the API answers 401. */
  readonly renewAt: number | undefined;
  readonly stale: boolean;
}

type Credentials = Partial<ClientCredentialsAuth & BearerTokenAuth>;

export class TokenManager implements Authenticator {
  readonly #credentials: Credentials;
  readonly #endpoint: TokenEndpoint;
  readonly #clock: Clock;
  readonly #redactor: Redactor;
  #current: CachedToken | undefined;
  #inflight: Promise<CachedToken> | undefined;
  #format: TokenRequestFormat;

  constructor(credentials: Credentials, endpoint: TokenEndpoint, clock: Clock, redactor: Redactor) {
    this.#credentials = credentials;
    this.#endpoint = endpoint;
    this.#clock = clock;
    this.#redactor = redactor;
    this.#format = credentials.tokenFormat ?? 'jsonapi';
    redactor.add(credentials.clientSecret);
    redactor.add(credentials.accessToken);
    redactor.add(credentials.refreshToken);
    if (credentials.accessToken) {
      this.#current = {
        accessToken: credentials.accessToken,
        refreshToken: credentials.refreshToken,
        id: undefined,
        renewAt: undefined,
        stale: false,
      };
    }
  }

  get renewable(): boolean {
    const { clientId, clientSecret } = this.#credentials;
    return Boolean(clientId && (clientSecret || this.#current?.refreshToken));
  }

  token(signal?: AbortSignal): string | Promise<string> {
    const current = this.#current;
    if (current && this.#isFresh(current)) return current.accessToken;
    return raceAbort(this.#renewShared(), signal).then((token) => token.accessToken);
  }

  async renew(used: string | undefined, signal?: AbortSignal): Promise<string | undefined> {
    const current = this.#current;
    // Another call already replaced the rejected token: use the new one without another token request.
    if (current && current.accessToken !== used && this.#isFresh(current))
      return current.accessToken;
    if (!this.renewable) return undefined;
    if (current && current.accessToken === used) this.#current = { ...current, stale: true };
    return (await raceAbort(this.#renewShared(), signal)).accessToken;
  }

  async tokenId(signal?: AbortSignal): Promise<string | undefined> {
    await this.token(signal);
    return this.#current?.id;
  }

  #isFresh(token: CachedToken): boolean {
    return !token.stale && (token.renewAt === undefined || this.#clock.now() < token.renewAt);
  }

  #renewShared(): Promise<CachedToken> {
    this.#inflight ??= this.#obtain().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #obtain(): Promise<CachedToken> {
    const { clientId, clientSecret } = this.#credentials;
    const refreshToken = this.#current?.refreshToken;
    if (refreshToken && clientId) {
      try {
        return await this.#grant({
          grant_type: 'refresh_token',
          client_id: clientId,
          refresh_token: refreshToken,
        });
      } catch (error) {
        // Only a refusal by the server warrants the fallback; a network failure would fail again.
        if (!(error instanceof ApiError) || error.status === undefined || !clientSecret)
          throw error;
      }
    }
    if (!clientId || !clientSecret) {
      throw new ApiError({
        message: 'Cannot obtain an access token: auth has no clientId/clientSecret',
        method: 'POST',
        url: '',
      });
    }
    return this.#grant({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
  }

  async #grant(grant: TokenGrant): Promise<CachedToken> {
    const issuedAt = this.#clock.now();
    const raw = await this.#send(grant);
    const set = decodeTokenResponse(parseBodyText(raw));
    if (!set) {
      throw new ApiError({
        message: `${raw.status}: the token response has no access_token`,
        status: raw.status,
        method: raw.method,
        url: this.#redactor.url(raw.url),
      });
    }
    this.#redactor.add(set.accessToken);
    this.#redactor.add(set.refreshToken);
    const keptRefresh =
      set.refreshToken ?? (grant.grant_type === 'refresh_token' ? grant.refresh_token : undefined);
    this.#current = {
      accessToken: set.accessToken,
      refreshToken: keptRefresh,
      id: set.id,
      renewAt: renewAt(issuedAt, set.expiresIn),
      stale: false,
    };
    return this.#current;
  }

  /**
   * The seed says to send `application/vnd.api+json` and calls flat `application/json` "permitted (to support
   * older oauth clients)". So the JSON:API form goes first; if the server refuses that form (403, which the
   * seed names for a wrong content type, or 415), the flat form is tried once and kept for this client.
   * A pinned `tokenFormat` disables the fallback.
   */
  async #send(grant: TokenGrant): Promise<RawResponse> {
    try {
      return await this.#endpoint(grant, this.#format);
    } catch (error) {
      const refusedForm =
        error instanceof ApiError && (error.status === 403 || error.status === 415);
      if (!refusedForm || this.#format === 'json' || this.#credentials.tokenFormat !== undefined)
        throw error;
      const raw = await this.#endpoint(grant, 'json');
      this.#format = 'json';
      return raw;
    }
  }
}
