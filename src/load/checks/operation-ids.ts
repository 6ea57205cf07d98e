import { childPointer } from '../../diagnostics/pointer.js';
import type { Finding } from '../finding.js';
import type { SwaggerNode } from './swagger-walk.js';

/** TC2005: two operations with one operationId would generate two functions with one name. */
export function checkOperationIds(nodes: readonly SwaggerNode[]): Finding[] {
  const first = new Map<string, string>();
  const findings: Finding[] = [];
  for (const { kind, node, pointer } of nodes) {
    const id = node['operationId'];
    if (kind !== 'operation' || typeof id !== 'string') continue;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, pointer);
      continue;
    }
    const at = childPointer(pointer, 'operationId');
    findings.push({
      code: 'TC2005',
      pointer: at,
      message: `duplicate operationId ${JSON.stringify(id)} (first used at ${earlier})`,
      fix: { op: 'set', at, value: `${id}\u0000${findings.length}` },
    });
  }
  return findings;
}
