/** Base and token URL handling. */
import { ParamError } from './errors.js';

export function resolveBaseUrl(
  fromOptions: string | undefined,
  fromSpec: string | undefined,
): string {
  const base = fromOptions ?? fromSpec;
  if (!base) throw new ParamError('baseUrl is required: the spec names no host');
  return base.replace(/\/+$/, '');
}

/** A relative token URL (`/oauth/token`) is relative to the base URL, base path included, as the seed shows. */
export function resolveTokenUrl(tokenUrl: string | undefined, baseUrl: string): string | undefined {
  if (tokenUrl === undefined) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(tokenUrl)) return tokenUrl;
  return `${baseUrl}/${tokenUrl.replace(/^\/+/, '')}`;
}

/**
 * A URL from a response (e.g. `links.next`, usually `/pub/patient?...`) resolved against the base URL. Another
 * origin is refused: the bearer token must never be sent to a host the client was not configured for.
 */
export function resolveSameOriginUrl(url: string, baseUrl: string, baseOrigin: string): string {
  const resolved = new URL(url, `${baseUrl}/`);
  if (resolved.origin !== baseOrigin) {
    throw new ParamError(
      `Refusing to follow a URL on another origin (${resolved.origin}); expected ${baseOrigin}`,
    );
  }
  return resolved.href;
}

export function withoutQuery(url: string): string {
  const q = url.search(/[?#]/);
  return q < 0 ? url : url.slice(0, q);
}
