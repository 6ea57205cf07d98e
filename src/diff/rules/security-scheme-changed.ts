import { childPointer } from '../../diagnostics/pointer.js';
import type { SecurityScheme } from '../../ir/types.js';
import type { Rule } from '../types.js';

export const securitySchemeChanged: Rule = {
  id: 'security-scheme-changed',
  severity: 'breaking',
  description: 'A security scheme was removed or changed how tokens are obtained (kind, flow, token URL, key location): the client authenticates the old way.',
  advice: 'Regenerate the client and check its auth options.',
  example: {
    base: `securityDefinitions:
  twine_auth: { type: oauth2, flow: application, tokenUrl: 'https://example.com/oauth/token', scopes: {} }
paths: {}`,
    head: `securityDefinitions:
  twine_auth: { type: oauth2, flow: application, tokenUrl: 'https://example.com/pub/oauth/token', scopes: {} }
paths: {}`,
  },
  *check(ctx) {
    const after = new Map(ctx.head.securitySchemes.map((s) => [s.name, s]));
    for (const before of ctx.base.securitySchemes) {
      const pointer = childPointer('#/securityDefinitions', before.name);
      const now = after.get(before.name);
      if (now === undefined) yield { pointer, message: `security scheme '${before.name}' was removed` };
      else if (mechanism(before) !== mechanism(now)) {
        yield { pointer, message: `security scheme '${before.name}' changed from ${mechanism(before)} to ${mechanism(now)}` };
      }
    }
  },
};

/** The facts the generated client's auth depends on; descriptions and scope lists are not among them. */
function mechanism(s: SecurityScheme): string {
  switch (s.kind) {
    case 'oauth2':
      return `oauth2 ${s.flow} ${s.tokenUrl ?? s.authorizationUrl ?? ''}`.trim();
    case 'apiKey':
      return `apiKey in ${s.in} '${s.paramName}'`;
    case 'basic':
      return 'basic';
  }
}
