import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import type { CodegenConfig } from '../config.js';
import { isValidSemver, packageNameProblems } from '../emit/package-files.js';
import { isRemote } from '../load/read-source.js';
import { parseRefRoot, type RefRoot } from '../load/refs/ref-roots.js';
import { ConfigError, importConfigModule } from './config-module.js';

export type { CodegenConfig } from '../config.js';
export { ConfigError } from './config-module.js';

/** Looked for in this order when `--config` is not given; more than one present is an error. */
export const CONFIG_FILES = ['twine-codegen.config.ts', 'twine-codegen.config.mts', 'twine-codegen.config.mjs', 'twine-codegen.config.js', 'twine-codegen.config.json'];

const TOP_KEYS = {
  spec: 'string',
  out: 'string',
  lenient: 'boolean',
  package: 'object',
  formatting: 'object|false',
  allowRefsFrom: 'string[]',
  $schema: 'string',
} as const;
const PACKAGE_KEYS = { name: 'string', version: 'string', description: 'string' } as const;
const FORMATTING_KEYS = {
  printWidth: 'number',
  tabWidth: 'number',
  useTabs: 'boolean',
  semi: 'boolean',
  singleQuote: 'boolean',
  trailingComma: 'string',
  bracketSpacing: 'boolean',
} as const;
const TRAILING_COMMAS = ['all', 'es5', 'none'];

/**
 * The config for `generate`: `explicitPath` (`--config`), else the one `twine-codegen.config.*` in `cwd`,
 * else `{}`. JSON is parsed; `.ts`/`.mts` are transpiled and imported like `.mjs`/`.js` (their default
 * export). Every key and type is checked; unknown keys get a did-you-mean hint.
 */
export async function loadConfig(explicitPath: string | undefined, cwd = process.cwd()): Promise<CodegenConfig> {
  return (await loadConfigFile(explicitPath, cwd)).config;
}

export interface ConfigPaths {
  readonly spec?: string;
  readonly out?: string;
  readonly allowRefsFrom?: readonly RefRoot[];
}

/**
 * `loadConfig` with the file it came from and the config's `spec`, `out` and `allowRefsFrom` resolved
 * against that file's folder (as tsconfig and Prettier resolve theirs), so `--config ci/twine.json` works
 * from anywhere.
 */
export async function loadConfigFile(
  explicitPath: string | undefined,
  cwd = process.cwd(),
): Promise<{ readonly config: CodegenConfig; readonly paths: ConfigPaths }> {
  const path = explicitPath === undefined ? findConfig(cwd) : resolve(cwd, explicitPath);
  if (path === undefined) return { config: {}, paths: {} };
  if (!existsSync(path)) throw new ConfigError(`config file not found: ${explicitPath ?? path}`);
  const raw = path.endsWith('.json') ? parseJson(path) : await importConfigModule(path);
  const config = checkConfig(raw, path);
  const near = (value: string): string => (isRemote(value) ? value : resolve(dirname(path), expandHome(value)));
  return {
    config,
    paths: {
      ...(config.spec === undefined ? {} : { spec: near(config.spec) }),
      ...(config.out === undefined ? {} : { out: near(config.out) }),
      ...(config.allowRefsFrom === undefined ? {} : { allowRefsFrom: refRoots(config.allowRefsFrom, path) }),
    },
  };
}

function refRoots(entries: readonly string[], file: string): RefRoot[] {
  return entries.map((entry, index) => {
    const parsed = parseRefRoot(isRemote(entry) ? entry : expandHome(entry), dirname(file));
    if ('problem' in parsed) throw new ConfigError(`${file}: "allowRefsFrom[${index}]" ${parsed.problem}`);
    return parsed.root;
  });
}

/**
 * A config file's `~` and `~/...` mean the home folder, as they would on the command line: a JSON string
 * never meets a shell, and a literal `~` folder beside the config is never what was meant. (`~user` stays
 * literal.)
 */
function expandHome(value: string): string {
  return value === '~' || value.startsWith('~/') ? join(homedir(), value.slice(1)) : value;
}

function findConfig(cwd: string): string | undefined {
  const found = CONFIG_FILES.filter((name) => existsSync(resolve(cwd, name)));
  if (found.length > 1) throw new ConfigError(`more than one config file: ${found.join(', ')}; keep one, or name it with --config`);
  return found[0] === undefined ? undefined : resolve(cwd, found[0]);
}

function parseJson(path: string): unknown {
  try {
    // Editors on Windows save JSON with a byte order mark, which JSON.parse refuses.
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** The checks a JSON Schema would make, with messages that name the key and suggest the nearest one. */
export function checkConfig(raw: unknown, file: string): CodegenConfig {
  checkKeys(raw, TOP_KEYS, file, '');
  const config = raw as CodegenConfig;
  if (config.package !== undefined) {
    checkKeys(config.package, PACKAGE_KEYS, file, 'package.');
    const { name, version } = config.package;
    const nameProblems = name === undefined ? [] : packageNameProblems(name);
    if (nameProblems.length > 0) {
      throw new ConfigError(`${file}: "package.name" ${JSON.stringify(name)} is not a valid npm package name: ${nameProblems.join('; ')} (e.g. "@acme/twine-client")`);
    }
    if (version !== undefined && !isValidSemver(version)) {
      throw new ConfigError(`${file}: "package.version" ${JSON.stringify(version)} is not a semver version (e.g. "1.2.3")`);
    }
  }
  if (config.formatting !== undefined && config.formatting !== false) {
    checkKeys(config.formatting, FORMATTING_KEYS, file, 'formatting.');
    for (const key of ['printWidth', 'tabWidth'] as const) {
      const value = config.formatting[key];
      if (value !== undefined && !(Number.isInteger(value) && value >= 1 && value <= 320)) {
        throw new ConfigError(`${file}: "formatting.${key}" must be a whole number from 1 to 320`);
      }
    }
    const comma = config.formatting.trailingComma;
    if (comma !== undefined && !TRAILING_COMMAS.includes(comma)) {
      throw new ConfigError(`${file}: "formatting.trailingComma" must be one of ${TRAILING_COMMAS.map((c) => `"${c}"`).join(', ')}`);
    }
  }
  return config;
}

function checkKeys(value: unknown, allowed: Record<string, string>, file: string, prefix: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${file}: ${prefix === '' ? 'the config' : `"${prefix.slice(0, -1)}"`} must be an object`);
  }
  const names = Object.keys(allowed).filter((k) => k !== '$schema');
  for (const [key, v] of Object.entries(value)) {
    const type = allowed[key];
    if (type === undefined) {
      const hint = nearestKey(key, names);
      const near = hint === undefined ? '' : ` (did you mean "${prefix}${hint}"?)`;
      throw new ConfigError(`${file}: unknown key "${prefix}${key}"${near}; allowed: ${names.join(', ')}`);
    }
    const shape = (t: string): boolean => typeof v === t && v !== null && !Array.isArray(v);
    const fits =
      type === 'object|false' ? v === false || shape('object') : type === 'string[]' ? Array.isArray(v) && v.every((item) => typeof item === 'string') : shape(type);
    if (fits) continue;
    const expected =
      type === 'object|false' ? 'an object or false' : type === 'string[]' ? 'an array of strings' : `a${type === 'object' ? 'n' : ''} ${type}`;
    throw new ConfigError(`${file}: "${prefix}${key}" must be ${expected}`);
  }
}

/** A typo (edit distance 2 at most), or a longer spelling of a key (`output`, `outDir` for `out`). */
function nearestKey(key: string, names: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const prefixed = names.find((name) => lower.startsWith(name.toLowerCase()) || name.toLowerCase().startsWith(lower));
  if (prefixed !== undefined) return prefixed;
  const hint = closest(lower, [...names]);
  return distance(lower, hint) <= 2 ? hint : undefined;
}
