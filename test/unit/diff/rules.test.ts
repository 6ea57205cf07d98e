import { describe, expect, it } from 'vitest';
import { diffModels } from '../../../src/diff/engine.js';
import { RULES } from '../../../src/diff/rules/index.js';
import { modelOf, testSurface } from './model.js';

const OP = '#/paths/~1patient/get';
const ONE = '#/paths/~1patient~1{id}/get';
const BODY = '#/definitions/CreatePatientRequest/properties';
const RESP = '#/definitions/Patient/properties';
const GROUP = '#/definitions/GroupResource/properties';

/**
 * Each rule's documented example is its fixture. `pointers`: where the rule must fire (base spec for
 * removals); `alsoFlagged`: the other non-info rules the same edit legitimately triggers (surface rules
 * excluded), so a rule that double-reports or misfires on a neighbour's example fails here.
 */
const cases: Record<string, { pointers: string[]; alsoFlagged?: string[] }> = {
  'operation-removed': { pointers: ['#/paths/~1patient/post'] },
  'operation-added': { pointers: ['#/paths/~1patient/post'] },
  'operation-renamed': { pointers: [OP] },
  'operation-deprecated': { pointers: [OP] },
  'operation-path-changed': { pointers: [OP] },
  'operation-method-changed': { pointers: ['#/paths/~1patient/put'] },
  'operation-documentation-changed': { pointers: [OP] },
  'request-parameter-added-required': { pointers: [`${OP}/parameters/1`] },
  'request-parameter-added-optional': { pointers: [`${OP}/parameters/1`] },
  'request-parameter-removed': { pointers: [`${OP}/parameters/0`] },
  'request-parameter-renamed': { pointers: [`${OP}/parameters/0`] },
  'request-parameter-became-required': { pointers: [`${OP}/parameters/0`] },
  'request-parameter-became-optional': { pointers: [`${OP}/parameters/0`] },
  'request-parameter-type-changed': { pointers: [`${OP}/parameters/0`] },
  'request-parameter-format-changed': { pointers: [`${OP}/parameters/0`] },
  'request-parameter-enum-value-removed': { pointers: [`${OP}/parameters/0`] },
  'request-parameter-enum-value-added': { pointers: [`${OP}/parameters/0`] },
  'request-parameter-location-changed': { pointers: [`${OP}/parameters/0`] },
  'request-property-added-required': { pointers: [`${BODY}/email`] },
  'request-property-added-optional': { pointers: [`${BODY}/email`] },
  'request-property-removed': { pointers: [`${BODY}/nickname`] },
  'request-property-became-required': { pointers: [`${BODY}/first_name`] },
  'request-property-type-changed': { pointers: [`${BODY}/birth_year`] },
  'request-property-format-changed': { pointers: [`${BODY}/birth_date`] },
  'request-property-enum-value-removed': { pointers: [`${BODY}/gender`] },
  'request-property-enum-value-added': { pointers: [`${BODY}/gender`] },
  'response-property-removed': { pointers: [`${RESP}/nickname`] },
  'response-property-became-optional': { pointers: [`${RESP}/first_name`] },
  'response-property-became-required': { pointers: [`${RESP}/first_name`] },
  'response-property-type-changed': { pointers: [`${RESP}/birth_year`] },
  'response-property-format-changed': { pointers: [`${RESP}/updated_at`] },
  'response-property-added': { pointers: [`${RESP}/email`] },
  'response-property-enum-value-added': { pointers: [`${RESP}/gender`] },
  'response-property-enum-value-removed': { pointers: [`${RESP}/gender`] },
  'response-success-status-removed': { pointers: [`${ONE}/responses/202`] },
  'response-success-status-added': { pointers: [`${ONE}/responses/202`] },
  'response-error-status-removed': { pointers: [`${ONE}/responses/404`] },
  'response-error-status-added': { pointers: [`${ONE}/responses/404`] },
  'request-content-type-changed': { pointers: ['#/paths/~1oauth~1token/post'] },
  'response-content-type-changed': { pointers: [OP] },
  'security-requirement-changed': { pointers: [OP] },
  'security-scheme-changed': { pointers: ['#/securityDefinitions/twine_auth'] },
  'jsonapi-include-value-removed': { pointers: [`${ONE}/parameters/1`] },
  'jsonapi-include-value-added': { pointers: [`${ONE}/parameters/1`] },
  'jsonapi-resource-type-renamed': { pointers: [`${GROUP}/type`] },
  'jsonapi-relationship-removed': { pointers: [`${GROUP}/relationships/properties/coaches`] },
  'jsonapi-attribute-became-read-only': { pointers: [`${GROUP}/attributes/properties/code`] },
  'paging-cursor-parameter-renamed': { pointers: [`${OP}/parameters/1`] },
  // Dropping page[number]/page[size] also removes two parameters callers may pass.
  'paging-removed': { pointers: [OP], alsoFlagged: ['request-parameter-removed'] },
  'paging-added': { pointers: [OP] },
  'surface-export-removed': { pointers: ['#/paths/~1patient/post'], alsoFlagged: ['operation-removed'] },
  'surface-export-added': { pointers: ['#/paths/~1patient/post'] },
  'surface-export-changed': { pointers: [OP], alsoFlagged: ['request-parameter-became-required'] },
};

describe('rule examples', () => {
  it('covers every registered rule exactly once, with unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s fires on its example where expected', (id, rule) => {
    const want = cases[id];
    expect(want).toBeDefined();
    const changes = diffModels(modelOf(rule.example.base), modelOf(rule.example.head), { describeSurface: testSurface });
    const own = changes.filter((c) => c.rule === id);
    expect(own.map((c) => c.pointer)).toEqual(want?.pointers);
    expect(own.every((c) => c.severity === rule.severity)).toBe(true);
    const flagged = new Set(changes.filter((c) => c.severity !== 'info' && c.rule !== id && !c.rule.startsWith('surface-')).map((c) => c.rule));
    expect([...flagged].sort()).toEqual(want?.alsoFlagged ?? []);
  });

  it('reports nothing for a spec against itself, and runs reversed examples deterministically', () => {
    for (const rule of RULES) {
      const base = modelOf(rule.example.base);
      const head = modelOf(rule.example.head);
      expect(diffModels(base, base, { describeSurface: testSurface }), rule.id).toEqual([]);
      expect(diffModels(head, base), rule.id).toEqual(diffModels(head, base));
    }
  });
});
