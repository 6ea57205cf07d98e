import { childPointer } from '../../diagnostics/pointer.js';
import type { Finding } from '../finding.js';
import type { SwaggerNode } from './swagger-walk.js';

/**
 * TC2001: a non-body parameter without `type` (the generator cannot type it; lenient makes it `unknown`).
 * TC2008: a path parameter without `required: true`; a path segment is always present, so it is required.
 */
export function checkParameters(nodes: readonly SwaggerNode[]): Finding[] {
  const findings: Finding[] = [];
  for (const { kind, node, pointer } of nodes) {
    if (kind !== 'parameter') continue;
    const name = JSON.stringify(node['name'] ?? '');
    const location = typeof node['in'] === 'string' ? node['in'] : undefined;
    if (location !== undefined && location !== 'body' && node['type'] === undefined) {
      findings.push({
        code: 'TC2001',
        pointer,
        message: `parameter ${name} (in ${location}) has no type`,
        // A string is what any value in a URL or header is; swagger-parser can then check the rest.
        fix: { op: 'set', at: childPointer(pointer, 'type'), value: 'string' },
      });
    }
    if (location === 'path' && node['required'] !== true) {
      const at = childPointer(pointer, 'required');
      findings.push({
        code: 'TC2008',
        pointer: node['required'] === undefined ? pointer : at,
        message: `path parameter ${name} must have required: true (a path parameter is always required)`,
        fix: { op: 'set', at, value: true },
      });
    }
  }
  return findings;
}
