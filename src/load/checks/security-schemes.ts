import { childPointer } from '../../diagnostics/pointer.js';
import type { Finding } from '../finding.js';
import { OAUTH2_FLOWS, SECURITY_TYPES, securityShape } from './swagger-shapes.js';
import type { SwaggerNode } from './swagger-walk.js';

/**
 * TC2009: a security scheme that matches none of Swagger 2.0's variants (an unknown `type` or OAuth2
 * `flow`, or a required field such as `tokenUrl` missing). The generated client authenticates the way the
 * API documents either way, so lenient mode goes on without the scheme.
 */
export function checkSecuritySchemes(nodes: readonly SwaggerNode[]): Finding[] {
  const findings: Finding[] = [];
  for (const { kind, node, pointer } of nodes) {
    if (kind !== 'securityScheme') continue;
    const name = JSON.stringify(pointer.slice(pointer.lastIndexOf('/') + 1));
    const fix = { op: 'remove', at: pointer } as const;
    const { shape, wrong } = securityShape(node);
    if (wrong === 'type') {
      const message = `security scheme ${name} has type ${JSON.stringify(node['type'])}; Swagger 2.0 knows ${Object.keys(SECURITY_TYPES).join(', ')}`;
      findings.push({ code: 'TC2009', pointer: childPointer(pointer, 'type'), message, fix });
    } else if (wrong === 'flow') {
      findings.push({ code: 'TC2009', pointer: childPointer(pointer, 'flow'), message: flowMessage(name, node['flow']), fix });
    } else if (shape !== undefined) {
      const missing = shape.required.filter((key) => node[key] === undefined);
      if (missing.length > 0) {
        const message = `security scheme ${name} has no ${missing.join(', ')}, which its type${node['flow'] === undefined ? '' : ' and flow'} require`;
        findings.push({ code: 'TC2009', pointer, message, fix });
      }
    }
  }
  return findings;
}

function flowMessage(name: string, flow: unknown): string {
  const flows = Object.keys(OAUTH2_FLOWS).join(', ');
  const base = `security scheme ${name} has OAuth2 flow ${JSON.stringify(flow)}; Swagger 2.0 knows ${flows}`;
  // The Twine spec writes the grant's OAuth name; Swagger 2.0 calls that flow "application".
  return typeof flow === 'string' && /client.?credentials/i.test(flow)
    ? `${base} (the client_credentials grant is the "application" flow)`
    : base;
}
