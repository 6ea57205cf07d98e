import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The real spec history in ../shared (never copied into this repo). */
export const HISTORY_DIR = join(import.meta.dirname, '../../../shared/specs/twine-history');

export function historyFiles(): string[] {
  if (!existsSync(HISTORY_DIR)) throw new Error(`corpus tests need ${HISTORY_DIR} (the shared folder beside the repo)`);
  return readdirSync(HISTORY_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

/** Versions with real defects, per the history's README. */
export const LENIENT_ONLY = ['012', '014', '015', '088'];
export const UNPARSEABLE = ['039'];
