import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { loadSpec } from '../../../src/load/index.js';
import type { LoadResult } from '../../../src/load/types.js';

/** A temp folder for one test file's fixture specs, removed when the file's tests end. */
export function tempSpecs(): { write(name: string, content: string | Uint8Array): string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'twine-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}

export async function loadBoth(path: string): Promise<{ strict: LoadResult; lenient: LoadResult }> {
  return { strict: await loadSpec(path, { lenient: false }), lenient: await loadSpec(path, { lenient: true }) };
}

/** The fields tests assert: never the wording of messages. */
export function located(d: Diagnostic): Pick<Diagnostic, 'code' | 'pointer' | 'line' | 'column' | 'severity'> {
  return { code: d.code, pointer: d.pointer, line: d.line, column: d.column, severity: d.severity };
}

/** A minimal valid document to build cases on; `paths` and the rest are appended by each case. */
export const HEAD = `swagger: "2.0"
info: { title: T, version: "1" }
`;
