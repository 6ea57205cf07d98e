/** How the transport obtains the bearer token for a request, whatever the `auth` option was. */
import type { AuthOptions, TokenProvider } from './options.js';
import type { Redactor } from './redact.js';

export interface Authenticator {
  /** The token to send now; `undefined` sends no Authorization header. */
  token(signal?: AbortSignal): Promise<string | undefined>;
  /** A new token after the API rejected `used` with 401; `undefined` when no renewal is possible. */
  renew(used: string | undefined, signal?: AbortSignal): Promise<string | undefined>;
  /** Whether a 401 can lead to a renewal (and so one retry). */
  readonly renewable: boolean;
  /** The token resource id (for `/oauth/token/{id}/...`), when the token came from the token endpoint. */
  tokenId(signal?: AbortSignal): Promise<string | undefined>;
}

export const noAuth: Authenticator = {
  token: () => Promise.resolve(undefined),
  renew: () => Promise.resolve(undefined),
  renewable: false,
  tokenId: () => Promise.resolve(undefined),
};

/** `auth` as a function: the caller owns caching; after a 401 it is asked once more with `forceRefresh`. */
export function providerAuth(provider: TokenProvider, redactor: Redactor): Authenticator {
  const ask = async (forceRefresh: boolean): Promise<string> => {
    const token = await provider({ forceRefresh });
    redactor.add(token);
    return token;
  };
  return {
    token: () => ask(false),
    renew: () => ask(true),
    renewable: true,
    tokenId: () => Promise.resolve(undefined),
  };
}

export function isTokenProvider(auth: AuthOptions): auth is TokenProvider {
  return typeof auth === 'function';
}
