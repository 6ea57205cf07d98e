import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** `twine-codegen.config.json`: defaults for `generate`; flags on the command line override it. */
export interface CodegenConfig {
  spec?: string;
  out?: string;
  lenient?: boolean;
  package?: { name?: string; version?: string; description?: string };
}

export const CONFIG_FILE = 'twine-codegen.config.json';

const TOP_KEYS = { spec: 'string', out: 'string', lenient: 'boolean', package: 'object', $schema: 'string' } as const;
const PACKAGE_KEYS = { name: 'string', version: 'string', description: 'string' } as const;

/** A config problem is the user's mistake: reported as a usage error (exit 2) with a hint, never a trace. */
export class ConfigError extends Error {}

export function loadConfig(explicitPath: string | undefined, cwd = process.cwd()): CodegenConfig {
  const path = resolve(cwd, explicitPath ?? CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicitPath !== undefined) throw new ConfigError(`config file not found: ${explicitPath}`);
    return {};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  checkKeys(raw, TOP_KEYS, path, '');
  const config = raw as CodegenConfig & Record<string, unknown>;
  if (config.package !== undefined) checkKeys(config.package, PACKAGE_KEYS, path, 'package.');
  return config;
}

function checkKeys(value: unknown, allowed: Record<string, string>, file: string, prefix: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${file}: ${prefix || 'the config'} must be an object`);
  }
  for (const [key, v] of Object.entries(value)) {
    const type = allowed[key];
    if (type === undefined) {
      const hint = closest(key, Object.keys(allowed));
      throw new ConfigError(`${file}: unknown key "${prefix}${key}"${hint ? ` (did you mean "${prefix}${hint}"?)` : ''}; allowed: ${Object.keys(allowed).filter((k) => k !== '$schema').join(', ')}`);
    }
    if (typeof v !== type || v === null) throw new ConfigError(`${file}: "${prefix}${key}" must be a ${type}`);
  }
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
