import { describe, expect, it } from 'vitest';
import { exportsOf, readRuntime, readRuntimeFiles, runtimeHash } from '../../../src/emit/runtime-files.js';

const base = [
  { path: 'index.ts', text: "export * from './a.js';\n" },
  { path: 'a.ts', text: 'export const a = 1;\n' },
];

describe('runtimeHash', () => {
  it.each([
    ['a file edited', [base[0], { path: 'a.ts', text: 'export const a = 2;\n' }]],
    ['a file renamed', [base[0], { path: 'b.ts', text: base[1]?.text ?? '' }]],
    ['a file added', [...base, { path: 'c.ts', text: '' }]],
    ['a file removed', [base[0]]],
    ['text moved across the file boundary', [{ path: 'index.ts', text: `${base[0]?.text}export` }, { path: 'a.ts', text: ' const a = 1;\n' }]],
  ])('changes when %s', (_, given) => {
    expect(runtimeHash(given as typeof base)).not.toBe(runtimeHash(base));
  });

  it('is stable for the same files', () => {
    expect(runtimeHash(base.map((f) => ({ ...f })))).toBe(runtimeHash(base));
  });
});

describe('exportsOf', () => {
  it('splits value and type exports, following re-exports, keyed by the hash of what it read', () => {
    const files = [
      { path: 'index.ts', text: "export * from './values.js';\nexport type { Shape } from './types.js';\n" },
      { path: 'values.ts', text: 'export const b = 1;\nexport function a() {}\nexport class C {}\n' },
      { path: 'types.ts', text: 'export interface Shape { x: number }\nexport type Unused = string;\n' },
    ];
    expect(exportsOf(files)).toEqual({ hash: runtimeHash(files), valueExports: ['C', 'a', 'b'], typeExports: ['Shape'] });
  });
});

describe('readRuntime', () => {
  it('reports the export lists the compiler reads from src/runtime (no build manifest next to the sources)', () => {
    const runtime = readRuntime();
    const read = exportsOf(readRuntimeFiles());
    expect(runtime.valueExports).toEqual(read.valueExports);
    expect(runtime.typeExports).toEqual(read.typeExports);
    expect(runtime.valueExports).toContain('createTransport');
  });
});
