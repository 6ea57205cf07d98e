import type { Change } from '../types.js';
import { summarize } from './summary.js';

/** The pinned machine format: `{ changes: [{ rule, severity, operationId?, pointer, message }], summary }`. */
export function formatJson(changes: readonly Change[]): string {
  const report = {
    changes: changes.map((c) => ({
      rule: c.rule,
      severity: c.severity,
      ...(c.operationId === undefined ? {} : { operationId: c.operationId }),
      pointer: c.pointer,
      message: c.message,
    })),
    summary: summarize(changes),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
