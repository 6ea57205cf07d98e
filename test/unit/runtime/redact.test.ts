import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../../../src/runtime/redact.js';

describe('Redactor', () => {
  const redactor = new Redactor();
  redactor.add('s3cr3t-value');
  redactor.add('tok-123456');
  redactor.add('tok-123456-longer');
  redactor.add('');

  it.each([
    { given: 'plain text', want: 'plain text' },
    { given: 'secret is s3cr3t-value!', want: `secret is ${REDACTED}!` },
    { given: 'tok-123456-longer and tok-123456', want: `${REDACTED} and ${REDACTED}` },
  ])('text($given)', ({ given, want }) => expect(redactor.text(given)).toBe(want));

  it.each([
    { given: 'https://h/p?client_secret=abc&x=1', want: `https://h/p?client_secret=${REDACTED}&x=1` },
    { given: 'https://h/p?access_token=abc#frag', want: `https://h/p?access_token=${REDACTED}#frag` },
    { given: 'https://h/p?page[cursor]=abc&filter[groups]=a,b', want: 'https://h/p?page[cursor]=abc&filter[groups]=a,b' },
    { given: 'https://h/tok-123456/x', want: `https://h/${REDACTED}/x` },
  ])('url($given)', ({ given, want }) => expect(redactor.url(given)).toBe(want));

  it('masks secret headers by name and keeps the scheme', () => {
    expect(redactor.headers({ Authorization: 'Bearer anything', accept: 'application/json', 'x-api-key': 'k', cookie: 'c=1' }))
      .toEqual({ Authorization: `Bearer ${REDACTED}`, accept: 'application/json', 'x-api-key': REDACTED, cookie: REDACTED });
  });

  it('masks secret-named JSON fields and secret values anywhere', () => {
    const given = { errors: [{ detail: 'bad s3cr3t-value', source: { parameter: 'client_secret' } }], client_secret: 'zzz', n: 1 };
    expect(redactor.json(given)).toEqual({ errors: [{ detail: `bad ${REDACTED}`, source: { parameter: 'client_secret' } }], client_secret: REDACTED, n: 1 });
  });
});
