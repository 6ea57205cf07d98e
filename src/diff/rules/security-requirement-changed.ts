import type { ApiModel, Operation, SecurityRequirement } from '../../ir/types.js';
import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const securityRequirementChanged: Rule = {
  id: 'security-requirement-changed',
  severity: 'warning',
  description: "The security an operation requires changed (schemes or scopes): the client's token may no longer be accepted.",
  advice: 'Check that your credentials grant the new requirement.',
  example: {
    base: `securityDefinitions:
  twine_auth: { type: oauth2, flow: application, tokenUrl: 'https://example.com/oauth/token', scopes: { group: g, organization: o } }
paths:
  /patient:
    get: { operationId: fetchPatients, security: [{ twine_auth: [group] }], responses: { '200': { description: OK } } }`,
    head: `securityDefinitions:
  twine_auth: { type: oauth2, flow: application, tokenUrl: 'https://example.com/oauth/token', scopes: { group: g, organization: o } }
paths:
  /patient:
    get: { operationId: fetchPatients, security: [{ twine_auth: [organization] }], responses: { '200': { description: OK } } }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      const before = describeSecurity(effective(ctx.base, base));
      const after = describeSecurity(effective(ctx.head, head));
      if (before !== after) yield finding(head, head.pointer, `security of ${opName(head)} changed from ${before} to ${after}`);
    }
  },
};

function effective(model: ApiModel, op: Operation): readonly SecurityRequirement[] {
  return op.security ?? model.security;
}

/** `twine_auth[group] or api_key`; `none` for an open operation. Requirements are sorted by the IR builder. */
function describeSecurity(requirements: readonly SecurityRequirement[]): string {
  if (requirements.length === 0) return 'none';
  return requirements
    .map((r) => (r.schemes.length === 0 ? 'none' : r.schemes.map((s) => (s.scopes.length === 0 ? s.name : `${s.name}[${s.scopes.join(',')}]`)).join(' and ')))
    .sort()
    .join(' or ');
}
