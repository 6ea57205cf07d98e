import { describe, expect, it } from 'vitest';
import { DiagnosticSink, type Position, type PositionSource } from '../../../src/diagnostics/diagnostic.js';

/** A position source over a fixed table, recording what it was asked. */
function table(positions: Record<string, Position>): PositionSource & { asked: string[][]; released: number } {
  const source = {
    asked: [] as string[][],
    released: 0,
    locate: async (pointers: readonly string[]) => {
      source.asked.push([...pointers]);
      return pointers.map((p) => positions[p]);
    },
    release: () => void source.released++,
  };
  return source;
}

describe('DiagnosticSink positions', () => {
  it('reports without positions, then fills them in one batch and releases the source', async () => {
    const source = table({ '#/a': { line: 2, column: 3 } });
    const sink = new DiagnosticSink('spec.yaml', source, false);
    sink.report({ code: 'TC2000', pointer: '#/a', message: 'a' });
    sink.report({ code: 'TC2000', pointer: '#/missing', message: 'b' });
    sink.report({ code: 'TC1001', pointer: '#', message: 'c' }, { line: 9, column: 1 });
    expect(sink.items.map((d) => d.line)).toEqual([undefined, undefined, 9]);
    expect(source.asked).toEqual([]);

    await sink.resolvePositions();
    expect(sink.items.map((d) => [d.pointer, d.line, d.column])).toEqual([
      ['#/a', 2, 3],
      ['#/missing', undefined, undefined],
      ['#', 9, 1],
    ]);
    expect(source.asked).toEqual([['#/a', '#/missing']]);
    expect(source.released).toBe(1);
  });

  it('asks nothing when nothing was reported, and still releases', async () => {
    const source = table({});
    const sink = new DiagnosticSink(undefined, source, true);
    await sink.resolvePositions();
    expect(source.asked).toEqual([]);
    expect(source.released).toBe(1);
  });

  it('releases a replaced source', () => {
    const first = table({});
    const sink = new DiagnosticSink(undefined, first, true);
    sink.usePositions(table({}));
    expect(first.released).toBe(1);
  });

  it('decides severity at report time', () => {
    const strict = new DiagnosticSink(undefined, undefined, false);
    const lenient = new DiagnosticSink(undefined, undefined, true);
    for (const sink of [strict, lenient]) {
      sink.report({ code: 'TC2001', pointer: '#/p', message: 'recoverable' });
      sink.report({ code: 'TC2002', pointer: '#/f', message: 'advisory' });
    }
    expect(strict.items.map((d) => d.severity)).toEqual(['error', 'warning']);
    expect(lenient.items.map((d) => d.severity)).toEqual(['warning', 'warning']);
  });
});
