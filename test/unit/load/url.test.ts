import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../src/load/index.js';
import { HEAD } from './temp-specs.js';

const FILES: Record<string, string> = {
  '/spec.yaml': `${HEAD}paths: {}\ndefinitions:\n  Broken: { $ref: '#/definitions/Nope' }\n`,
  '/remote-ref.yaml': `${HEAD}paths: {}\ndefinitions:\n  Pet: { $ref: 'pet.yaml#/Pet' }\n`,
  '/pet.yaml': `Pet: { type: object, properties: { name: { type: string } } }\n`,
};

describe('loading from an http(s) URL', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const body = FILES[(req.url ?? '').split('?')[0] ?? ''];
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/yaml' }).end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches the spec and locates diagnostics in it', async () => {
    const { spec, sink } = await loadSpec(`${base}/spec.yaml`, { lenient: true });
    expect(spec?.file).toBe(`${base}/spec.yaml`);
    expect(sink.items.map((d) => [d.code, d.severity, d.pointer, d.line, d.column, d.file])).toEqual([
      ['TC1002', 'warning', '#/definitions/Broken', 5, 3, `${base}/spec.yaml`],
    ]);
  });

  it('reports an HTTP error as TC1003 and masks a token in the query string', async () => {
    const { spec, sink } = await loadSpec(`${base}/missing.yaml?token=s3cret`, { lenient: false });
    expect(spec).toBeUndefined();
    expect(sink.items.map((d) => d.code)).toEqual(['TC1003']);
    expect(JSON.stringify(sink.items)).not.toContain('s3cret');
  });

  it.each([
    { name: 'no prefix', prefixes: [] },
    { name: 'another folder', prefixes: ['/other/'] },
    { name: 'a prefix that ends inside a name', prefixes: ['/pe'] },
    { name: 'a local folder', prefixes: [], folder: true },
  ])('refuses a ref to another URL (TC1005) and fetches nothing: $name', async ({ prefixes, folder }) => {
    const before = requests.length;
    const allowRefsFrom = [...prefixes.map((p) => ({ urlPrefix: new URL(`${base}${p}`) })), ...(folder ? [{ folder: process.cwd() }] : [])];
    const refused = await loadSpec(`${base}/remote-ref.yaml`, { lenient: false, allowRefsFrom });
    expect(refused.sink.items.map((d) => [d.code, d.pointer])).toEqual([['TC1005', '#/definitions/Pet']]);
    expect(requests.slice(before)).toEqual(['/remote-ref.yaml']);
  });

  it('inlines a ref to a URL under an allowed prefix', async () => {
    const before = requests.length;
    const allowed = await loadSpec(`${base}/remote-ref.yaml`, { lenient: false, allowRefsFrom: [{ urlPrefix: new URL(`${base}/`) }] });
    expect(requests.slice(before)).toEqual(['/remote-ref.yaml', '/pet.yaml']);
    expect(allowed.sink.items).toEqual([]);
    expect(allowed.spec?.document['definitions']).toEqual({
      Pet: { type: 'object', properties: { name: { type: 'string' } } },
    });
  });
});
