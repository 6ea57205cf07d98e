import type { DiagnosticInput } from '../../diagnostics/diagnostic.js';
import { resolvePointer } from '../../diagnostics/pointer.js';

/** What every Swagger 2.0 reader function needs: the raw document and a place to report problems. */
export interface ReadContext {
  readonly document: Record<string, unknown>;
  readonly report: (input: DiagnosticInput) => void;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Follows a local `$ref` (`#/...`) chain to the node it names; undefined when missing or not local. */
export function followRef(ctx: ReadContext, node: unknown, seen = new Set<string>()): { node: unknown; pointer?: string } {
  if (!isObject(node) || typeof node.$ref !== 'string') return { node };
  const ref = node.$ref;
  if (!ref.startsWith('#') || seen.has(ref)) return { node: undefined };
  seen.add(ref);
  const target = resolvePointer(ctx.document, ref);
  if (target === undefined) return { node: undefined };
  const next = followRef(ctx, target, seen);
  return { node: next.node, pointer: next.pointer ?? ref };
}
