import type { SecurityRequirement, SecurityScheme } from '../types.js';
import { type ReadContext, asString, isObject } from './context.js';

/**
 * Security Definitions and Security Requirement Objects (Swagger 2.0).
 * @see https://swagger.io/specification/v2/#security-definitions-object
 */
export function readSecuritySchemes(ctx: ReadContext): SecurityScheme[] {
  const defs = ctx.document.securityDefinitions;
  if (!isObject(defs)) return [];
  const schemes: SecurityScheme[] = [];
  for (const [name, def] of Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isObject(def)) continue;
    const description = asString(def.description);
    const doc = description === undefined ? {} : { description };
    if (def.type === 'oauth2') {
      const flow = (['application', 'password', 'implicit', 'accessCode'] as const).find((f) => f === def.flow) ?? 'application';
      const tokenUrl = asString(def.tokenUrl);
      const authorizationUrl = asString(def.authorizationUrl);
      schemes.push({
        kind: 'oauth2',
        name,
        flow,
        ...(tokenUrl === undefined ? {} : { tokenUrl }),
        ...(authorizationUrl === undefined ? {} : { authorizationUrl }),
        scopes: isObject(def.scopes) ? Object.keys(def.scopes).sort() : [],
        ...doc,
      });
    } else if (def.type === 'apiKey') {
      schemes.push({ kind: 'apiKey', name, in: def.in === 'query' ? 'query' : 'header', paramName: asString(def.name) ?? name, ...doc });
    } else if (def.type === 'basic') {
      schemes.push({ kind: 'basic', name, ...doc });
    }
  }
  return schemes;
}

export function readSecurityRequirements(raw: unknown): SecurityRequirement[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((alternative) => ({
    schemes: Object.entries(alternative)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, scopes]) => ({
        name,
        scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string').sort() : [],
      })),
  }));
}
