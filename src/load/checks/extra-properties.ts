import { childPointer } from '../../diagnostics/pointer.js';
import type { Finding } from '../finding.js';
import { closest } from './closest.js';
import { allows, shapeOf } from './swagger-shapes.js';
import type { SwaggerNode } from './swagger-walk.js';

const KIND_NAMES: Partial<Record<SwaggerNode['kind'], string>> = {
  root: 'the Swagger object',
  pathItem: 'a path item',
  securityScheme: 'this security scheme',
  externalDocs: 'an external documentation object',
  items: 'an items object',
};

/** TC2004: a property the Swagger 2.0 schema forbids in that object (vendor extensions `x-...` are fine). */
export function checkExtraProperties(nodes: readonly SwaggerNode[]): Finding[] {
  const findings: Finding[] = [];
  for (const { kind, node, pointer } of nodes) {
    const shape = shapeOf(kind, node);
    if (shape === undefined) continue;
    for (const key of Object.keys(node)) {
      if (allows(shape, key)) continue;
      const at = childPointer(pointer, key);
      const near = closest(key, [...shape.keys]);
      const hint = near === undefined ? '; prefix it with x- if it is an extension' : ` (did you mean ${JSON.stringify(near)}?)`;
      const where = KIND_NAMES[kind] ?? `a ${kind} object`;
      const message = `property ${JSON.stringify(key)} is not allowed in ${where}${hint}`;
      findings.push({ code: 'TC2004', pointer: at, message, fix: { op: 'remove', at } });
    }
  }
  return findings;
}
