import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import { splitPointer } from './json.js';

/**
 * How to neutralise a defect in the copy handed to swagger-parser, so that it reports only what our own
 * checks did not already explain (and a missing `$ref` target does not stop it from looking further).
 */
export type Fix =
  | { readonly op: 'remove'; readonly at: string }
  | { readonly op: 'set'; readonly at: string; readonly value: unknown }
  | { readonly op: 'append'; readonly at: string; readonly value: unknown };

/** A diagnostic found by one of the loader's own checks, with its repair. */
export interface Finding extends DiagnosticInput {
  readonly fix?: Fix;
}

/** Applies fixes in place; one whose target vanished under an earlier fix (a removed parent) is skipped. */
export function applyFixes(root: Record<string, unknown>, fixes: readonly Fix[]): void {
  for (const fix of fixes) {
    const segments = splitPointer(fix.at);
    const last = segments.pop();
    if (last === undefined) continue;
    const parent = walk(root, segments);
    if (parent === undefined) continue;
    if (fix.op === 'set') {
      parent[last] = fix.value;
    } else if (fix.op === 'remove') {
      if (Array.isArray(parent)) parent[Number(last)] = {};
      else delete parent[last];
    } else {
      const list = parent[last];
      if (Array.isArray(list)) list.push(fix.value);
      else parent[last] = [fix.value];
    }
  }
}

function walk(root: Record<string, unknown>, segments: readonly string[]): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}
