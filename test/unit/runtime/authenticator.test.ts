import { describe, expect, it } from 'vitest';
import { noAuth, providerAuth } from '../../../src/runtime/authenticator.js';
import { REDACTED, Redactor } from '../../../src/runtime/redact.js';

describe('providerAuth', () => {
  it('a token the provider returns as a string comes back as is, without a promise, and is redacted', () => {
    const redactor = new Redactor();
    const auth = providerAuth(() => 'sync-token-1', redactor);
    expect(auth.token()).toBe('sync-token-1');
    expect(redactor.text('Bearer sync-token-1')).toBe(`Bearer ${REDACTED}`);
  });

  it('a provider promise is awaited, and its token redacted', async () => {
    const redactor = new Redactor();
    const auth = providerAuth(async () => 'async-token-2', redactor);
    const pending = auth.token();
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe('async-token-2');
    expect(redactor.text('async-token-2')).toBe(REDACTED);
  });

  it('renew asks with forceRefresh and always answers with a promise', async () => {
    const asked: boolean[] = [];
    const auth = providerAuth(({ forceRefresh }) => { asked.push(forceRefresh); return forceRefresh ? 'fresh' : 'old'; }, new Redactor());
    expect(auth.token()).toBe('old');
    const renewed = auth.renew('old');
    expect(renewed).toBeInstanceOf(Promise);
    expect(await renewed).toBe('fresh');
    expect(asked).toEqual([false, true]);
  });

  it('a provider that rejects rejects the token request', async () => {
    const auth = providerAuth(() => Promise.reject(new Error('vault down')), new Redactor());
    await expect(auth.token()).rejects.toThrow('vault down');
  });
});

describe('noAuth', () => {
  it('sends no token and cannot renew', async () => {
    expect(noAuth.token()).toBeUndefined();
    expect(noAuth.renewable).toBe(false);
    expect(await noAuth.renew(undefined)).toBeUndefined();
  });
});
