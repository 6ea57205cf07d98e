import { pointerOf, resolvePointer, segmentsOrUndefined } from '../../diagnostics/pointer.js';
import type { Finding } from '../finding.js';
import { refOf } from '../json.js';
import { collectRefs, isInternalRef, type RefSite } from './collect-refs.js';
import { resolveInternalRef } from './resolve-ref.js';

/**
 * TC1002 for internal `$ref`s whose target does not exist, TC1006 for references that only point at each
 * other (`A: {$ref: B}`, `B: {$ref: A}`), which no dereferencer can turn into a schema. Recursion through
 * properties (`Tree.children.items: {$ref: Tree}`) is a valid recursive type and is not reported.
 */
export function checkInternalRefs(document: unknown): Finding[] {
  const findings: Finding[] = [];
  const cycles = new Set<string>();
  for (const site of collectRefs(document)) {
    if (!isInternalRef(site.ref)) continue;
    const target = resolveInternalRef(document, site.ref);
    if (!target.found) {
      findings.push(unresolved(site, target.reason));
      continue;
    }
    const cycle = aliasCycle(document, site);
    if (cycle === undefined) continue;
    const key = [...new Set(cycle)].sort().join('\u0000');
    if (cycles.has(key)) continue;
    cycles.add(key);
    for (const member of new Set(cycle)) {
      const message = `circular $ref: ${cycle.join(' -> ')} never reaches a schema`;
      findings.push({ code: 'TC1006', pointer: member, message, fix: { op: 'set', at: member, value: {} } });
    }
  }
  return findings;
}

function unresolved(site: RefSite, reason: 'missing' | 'invalid' | 'circular'): Finding {
  const fix = { op: 'set', at: site.pointer, value: {} } as const;
  if (reason === 'circular') {
    return { code: 'TC1006', pointer: site.pointer, message: `circular $ref ${site.ref} never reaches a schema`, fix };
  }
  const message =
    reason === 'invalid'
      ? `$ref ${JSON.stringify(site.ref)} is not a valid JSON pointer (write it like #/definitions/Name)`
      : `missing $ref target ${site.ref}`;
  return { code: 'TC1002', pointer: site.pointer, message, fix };
}

/** The chain of pointers `site -> ... -> site` when the site is part of a reference-only loop. */
function aliasCycle(document: unknown, site: RefSite): string[] | undefined {
  const chain = [site.pointer];
  let ref = site.ref;
  for (;;) {
    const next = normalize(ref);
    if (next === undefined) return undefined;
    const seenAt = chain.indexOf(next);
    // A chain that runs into a loop it is not part of is reported by the loop's own members.
    if (seenAt >= 0) return seenAt === 0 ? [...chain, next] : undefined;
    const nextRef = refOf(resolvePointer(document, next));
    if (nextRef === undefined || !isInternalRef(nextRef)) return undefined;
    chain.push(next);
    ref = nextRef;
  }
}

/** `#/definitions/A%20B` and `#/definitions/A B` name the same node; undefined for a malformed pointer. */
function normalize(ref: string): string | undefined {
  const segments = segmentsOrUndefined(ref);
  return segments === undefined ? undefined : pointerOf(segments);
}
