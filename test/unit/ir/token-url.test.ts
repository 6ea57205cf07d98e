import { describe, expect, it } from 'vitest';
import { tokenUrlOf } from '../../../src/ir/token-url.js';
import type { Operation, SecurityScheme } from '../../../src/ir/types.js';

const op = (method: Operation['method'], path: string): Operation => ({
  operationId: `${method} ${path}`,
  method,
  path,
  tags: [],
  deprecated: false,
  parameters: [],
  responses: [],
  consumes: [],
  produces: [],
  pointer: '#',
});
const oauth = (tokenUrl?: string): SecurityScheme => ({ kind: 'oauth2', name: 'OAuth2', flow: 'application', scopes: [], ...(tokenUrl ? { tokenUrl } : {}) });

describe('tokenUrlOf', () => {
  it.each([
    ['the oauth2 scheme wins', [oauth('/auth/token')], [op('post', '/oauth/token')], '/auth/token'],
    ['falls back to POST /oauth/token', [], [op('get', '/patient'), op('post', '/oauth/token')], '/oauth/token'],
    ['an oauth2 scheme without tokenUrl still falls back', [oauth()], [op('post', '/v1/oauth/token')], '/v1/oauth/token'],
    ['a GET /oauth/token is not the endpoint', [], [op('get', '/oauth/token')], undefined],
    ['nothing to go on', [], [op('post', '/oauth/token/{id}/groups')], undefined],
  ] as const)('%s', (_, schemes, operations, want) => {
    expect(tokenUrlOf(schemes, operations)).toBe(want);
  });
});
