import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnderUrlPrefix, parseRefRoot } from '../../../src/load/refs/ref-roots.js';
import { tempDir } from '../../support/temp.js';

describe('isUnderUrlPrefix', () => {
  it.each([
    ['https://h.test/schemas/pet.yaml', 'https://h.test/schemas', true],
    ['https://h.test/schemas/pet.yaml', 'https://h.test/schemas/', true],
    ['https://h.test/schemas', 'https://h.test/schemas', true],
    ['https://h.test/schemas/a/b/pet.yaml', 'https://h.test/', true],
    ['https://h.test/schemas-old/pet.yaml', 'https://h.test/schemas', false],
    ['https://h.test/schemas/../secret.yaml', 'https://h.test/schemas/', false],
    ['https://h.test/schemas/%2e%2e/secret.yaml', 'https://h.test/schemas/', false],
    ['http://h.test/schemas/pet.yaml', 'https://h.test/schemas/', false],
    ['https://h.test:8443/schemas/pet.yaml', 'https://h.test/schemas/', false],
    ['https://evil.test/schemas/pet.yaml', 'https://h.test/schemas/', false],
    ['https://h.test.evil.test/schemas/pet.yaml', 'https://h.test/schemas/', false],
    ['https://user@h.test/schemas/pet.yaml', 'https://h.test/schemas/', false],
  ])('%s under %s: %s', (url, prefix, want) => {
    expect(isUnderUrlPrefix(new URL(url), new URL(prefix))).toBe(want);
  });
});

describe('parseRefRoot', () => {
  const dir = tempDir('twine-ref-roots-');
  mkdirSync(join(dir, 'common'));
  writeFileSync(join(dir, 'file.yaml'), 'x: 1\n');

  it('resolves a folder against the base folder and keeps an http(s) URL prefix', () => {
    expect(parseRefRoot('common', dir)).toEqual({ root: { folder: join(dir, 'common') } });
    expect(parseRefRoot(join(dir, 'common'), '/elsewhere')).toEqual({ root: { folder: join(dir, 'common') } });
    expect(parseRefRoot('HTTPS://H.test/schemas/', dir)).toEqual({ root: { urlPrefix: new URL('https://h.test/schemas/') } });
  });

  it.each([
    ['missing', 'nope', /"nope" does not exist/],
    ['a file', 'file.yaml', /"file.yaml" is not a folder/],
    ['another scheme', 'file:///etc/', /neither a folder nor an http\(s\) URL/],
    ['a bad URL', 'http://[oops/', /is not a valid URL/],
    ['a URL with a fragment', 'https://h.test/x/#y', /takes no query or fragment/],
  ])('refuses %s', (_name, entry, problem) => {
    const parsed = parseRefRoot(entry, dir);
    expect('problem' in parsed && parsed.problem).toMatch(problem);
  });
});
