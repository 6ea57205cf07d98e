/**
 * The shape of `twine-codegen.config.ts` (or `.json`), importable as `twine-codegen/config`:
 *
 * @example
 * // twine-codegen.config.ts
 * import { defineConfig } from 'twine-codegen/config';
 * export default defineConfig({ spec: 'spec/twine.yaml', out: 'generated/twine-client', package: { name: '@acme/twine' } });
 *
 * `spec`, `out` and `allowRefsFrom` folders are relative to the config file's folder (a leading `~/` is the home folder). Flags on
 * the command line override every value here. This module has no imports, so loading a config costs
 * nothing beyond the config.
 */
export interface CodegenConfig {
  /** Swagger 2.0 spec file or http(s) URL (`--spec`). */
  spec?: string;
  /** Output folder of the generated package (`--out`). */
  out?: string;
  /** Recoverable spec defects become warnings; the parts are typed `unknown` (`--lenient`). */
  lenient?: boolean;
  /**
   * Folders (relative to this file) and http(s) URL prefixes that `$ref`s may read besides the spec's own
   * folder (`--allow-refs-from`, which replaces this list). Everything else is refused.
   */
  allowRefsFrom?: string[];
  /** The generated package's identity; the version defaults to the spec's `info.version` as semver. */
  package?: { name?: string; version?: string; description?: string };
  /**
   * How the generated TypeScript is laid out: Prettier options (defaults: printWidth 100, singleQuote,
   * trailingComma "all"), or `false` to skip Prettier (faster; the code printer's own layout).
   */
  formatting?: false | FormattingOptions;
}

/** The Prettier options the generated TypeScript follows. */
export interface FormattingOptions {
  printWidth?: number;
  tabWidth?: number;
  useTabs?: boolean;
  semi?: boolean;
  singleQuote?: boolean;
  trailingComma?: 'all' | 'es5' | 'none';
  bracketSpacing?: boolean;
}

/** Returns its argument: it exists so an editor type-checks and completes the config object. */
export function defineConfig(config: CodegenConfig): CodegenConfig {
  return config;
}
