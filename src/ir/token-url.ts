import type { Operation, SecurityScheme } from './types.js';

/**
 * The token endpoint, decided once: the OAuth2 scheme's `tokenUrl` when the spec declares one; otherwise a
 * POST operation at `/oauth/token`, the endpoint the API documents for both grants. Relative URLs are kept
 * relative; the runtime resolves them against the base URL.
 */
export function tokenUrlOf(schemes: readonly SecurityScheme[], operations: readonly Operation[]): string | undefined {
  for (const scheme of schemes) if (scheme.kind === 'oauth2' && scheme.tokenUrl !== undefined) return scheme.tokenUrl;
  return operations.find((op) => op.method === 'post' && /(^|\/)oauth\/token$/.test(op.path))?.path;
}
