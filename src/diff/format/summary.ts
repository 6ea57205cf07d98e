import type { Change, ChangeSeverity } from '../types.js';

export type Summary = Record<ChangeSeverity, number>;

export function summarize(changes: readonly Change[]): Summary {
  const summary: Summary = { breaking: 0, warning: 0, info: 0 };
  for (const c of changes) summary[c.severity]++;
  return summary;
}

/** `3 breaking, 1 warning, 5 info` */
export function summaryLine(summary: Summary): string {
  return `${summary.breaking} breaking, ${summary.warning} warning${summary.warning === 1 ? '' : 's'}, ${summary.info} info`;
}
