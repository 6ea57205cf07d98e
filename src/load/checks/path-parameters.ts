import { childPointer } from '../../diagnostics/pointer.js';
import type { Finding } from '../finding.js';
import { asObject, refOf, type JsonObject } from '../json.js';
import { resolveInternalRef } from '../refs/resolve-ref.js';
import { HTTP_METHODS, type SwaggerNode } from './swagger-walk.js';

interface DeclaredParameter {
  readonly name: string;
  readonly pointer: string;
}

/**
 * TC2007: the path template and the path parameters must name the same things: a `{placeholder}` with no
 * parameter leaves the generated function without an argument for it, and a path parameter that is not in
 * the template can never be sent.
 */
export function checkPathParameters(document: JsonObject, nodes: readonly SwaggerNode[]): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const { kind, node, pointer, path } of nodes) {
    if (kind !== 'pathItem' || path === undefined) continue;
    const placeholders = [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] ?? '');
    const shared = pathParameters(document, node['parameters'], childPointer(pointer, 'parameters'));
    for (const method of HTTP_METHODS) {
      const operation = asObject(node[method]);
      if (operation === undefined) continue;
      const at = childPointer(pointer, method);
      const own = pathParameters(document, operation['parameters'], childPointer(at, 'parameters'));
      const declared = [...own, ...shared.filter((s) => !own.some((o) => o.name === s.name))];
      for (const parameter of declared) {
        if (placeholders.includes(parameter.name) || reported.has(parameter.pointer)) continue;
        reported.add(parameter.pointer);
        findings.push({
          code: 'TC2007',
          pointer: parameter.pointer,
          message: `path parameter ${JSON.stringify(parameter.name)} is not in the path template ${path}`,
          fix: { op: 'set', at: parameter.pointer, value: { name: parameter.name, in: 'query', type: 'string' } },
        });
      }
      for (const name of placeholders.filter((p) => !declared.some((d) => d.name === p))) {
        findings.push({
          code: 'TC2007',
          pointer: at,
          message: `path template ${path} has {${name}} but ${method} declares no path parameter ${JSON.stringify(name)}`,
          fix: { op: 'append', at: childPointer(at, 'parameters'), value: { name, in: 'path', required: true, type: 'string' } },
        });
      }
    }
  }
  return findings;
}

/** The path parameters of one list, through `$ref: '#/parameters/...'`, each at the pointer where it is listed. */
function pathParameters(document: JsonObject, list: unknown, pointer: string): DeclaredParameter[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index): DeclaredParameter[] => {
    const ref = refOf(item);
    const target = ref === undefined ? { found: true, value: item } : resolveInternalRef(document, ref);
    const parameter = target.found ? asObject(target.value) : undefined;
    const name = parameter?.['name'];
    if (parameter?.['in'] !== 'path' || typeof name !== 'string') return [];
    return [{ name, pointer: childPointer(pointer, index) }];
  });
}
