import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../src/load/index.js';
import { HEAD, tempSpecs } from './temp-specs.js';

/** About 20 MB of valid Swagger: many definitions with long descriptions, one operation using each. */
function largeSpec(definitions: number): string {
  const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20);
  const lines = [HEAD, 'definitions:'];
  for (let i = 0; i < definitions; i++) {
    lines.push(`  Thing${i}:`, '    type: object', '    properties:');
    for (const field of ['name', 'note', 'kind']) lines.push(`      ${field}:`, '        type: string', `        description: '${text}'`);
  }
  lines.push('paths:');
  for (let i = 0; i < definitions; i++) {
    lines.push(`  /thing${i}:`, '    get:', `      operationId: fetchThing${i}`, '      responses:');
    lines.push('        200:', '          description: OK', `          schema: { $ref: '#/definitions/Thing${i}' }`);
  }
  return `${lines.join('\n')}\n`;
}

describe('large and hostile input', () => {
  const specs = tempSpecs();

  it('loads a 20 MB spec', async () => {
    const text = largeSpec(5600);
    expect(text.length).toBeGreaterThan(20_000_000);
    const { spec, sink } = await loadSpec(specs.write('large.yaml', text), { lenient: false });
    expect(sink.items).toEqual([]);
    expect(Object.keys(spec?.document['paths'] ?? {})).toHaveLength(5600);
  });

  it('refuses an alias bomb (TC1001) instead of expanding it', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const { spec, sink } = await loadSpec(specs.write('bomb.yaml', `${HEAD}paths: {}\n${levels.join('\n')}\n`), { lenient: true });
    expect(spec).toBeUndefined();
    expect(sink.items.map((d) => [d.code, d.severity])).toEqual([['TC1001', 'error']]);
  });
});
