/** How the transport obtains the bearer token for a request, whatever the `auth` option was. */
import type { AuthOptions, TokenProvider } from './options.js';
import type { Redactor } from './redact.js';

export interface Authenticator {
  /**
   * The token to send now; `undefined` sends no Authorization header. A token already at hand is returned as
   * is, not in a promise: waiting for a promise on every request is measurable (BENCHMARKS.md).
   */
  token(signal?: AbortSignal): MaybePromise<string | undefined>;
  /** A new token after the API rejected `used` with 401; `undefined` when no renewal is possible. */
  renew(used: string | undefined, signal?: AbortSignal): Promise<string | undefined>;
  /** Whether a 401 can lead to a renewal (and so one retry). */
  readonly renewable: boolean;
  /** The token resource id (for `/oauth/token/{id}/...`), when the token came from the token endpoint. */
  tokenId(signal?: AbortSignal): Promise<string | undefined>;
}

export type MaybePromise<T> = T | Promise<T>;

export const noAuth: Authenticator = {
  token: () => undefined,
  renew: () => Promise.resolve(undefined),
  renewable: false,
  tokenId: () => Promise.resolve(undefined),
};

/** `auth` as a function: the caller owns caching; after a 401 it is asked once more with `forceRefresh`. */
export function providerAuth(provider: TokenProvider, redactor: Redactor): Authenticator {
  const remember = (token: string): string => {
    redactor.add(token);
    return token;
  };
  const ask = (forceRefresh: boolean): MaybePromise<string> => {
    const token = provider({ forceRefresh });
    return typeof token === 'string' ? remember(token) : Promise.resolve(token).then(remember);
  };
  return {
    token: () => ask(false),
    renew: async () => ask(true),
    renewable: true,
    tokenId: () => Promise.resolve(undefined),
  };
}

export function isTokenProvider(auth: AuthOptions): auth is TokenProvider {
  return typeof auth === 'function';
}
