import { readFileSync } from 'node:fs';
import { jsonText } from './json-text.js';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import semver from 'semver';
import validatePackageName from 'validate-npm-package-name';
import { escapeMarkdown } from '../util/markdown.js';
import { GENERATED_HEADER } from './ts/project.js';
import type { ApiInfo, ApiModel } from '../ir/types.js';

/** File-shaped text (package.json, README.md, tsconfig) comes from Handlebars templates in templates/. */
const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface PackageOptions {
  readonly name: string;
  readonly version: string;
  readonly description: string;
}

/**
 * The TypeScript the generated package builds with. 7.x because its CommonJS build uses `Bundler`
 * resolution under `module: CommonJS` (see templates/tsconfig.cjs.json.hbs), which 5.x rejects; kept in
 * step with this project's own devDependency by a test.
 */
export const GENERATED_TYPESCRIPT_RANGE = '^7.0.2';

/** npm's own rules for a new package name (lowercase, URL-safe, not a core module, at most 214 characters). */
export function packageNameProblems(name: string): string[] {
  const verdict = validatePackageName(name);
  return verdict.validForNewPackages ? [] : [...(verdict.errors ?? []), ...(verdict.warnings ?? [])];
}

export function isValidPackageName(name: string): boolean {
  return packageNameProblems(name).length === 0;
}

/** Strict semver 2.0 (no leading zeros, no `v`); npm drops `+build` metadata when it publishes. */
export function isValidSemver(version: string): boolean {
  return semver.valid(version) === version.split('+')[0];
}

// package.json: values enter only as JSON literals, so a hostile title cannot break out of its string.
const jsonTemplates = Handlebars.create();
jsonTemplates.registerHelper('json', (value: unknown) => JSON.stringify(value ?? ''));

// README.md: no HTML escaping (entities would show in code blocks); every spec string goes through `md`.
const markdownTemplates = Handlebars.create();
markdownTemplates.registerHelper('md', (value: unknown) => escapeMarkdown(String(value ?? '')));

export function render(file: string, data: object): string {
  const markdown = file.endsWith('.md.hbs');
  const engine = markdown ? markdownTemplates : jsonTemplates;
  const template = engine.compile(readFileSync(`${TEMPLATES_DIR}${file}`, 'utf8'), { strict: true, noEscape: markdown });
  return template(data);
}

/**
 * The spec's `info.version` as the package version: `v7.78.1` -> `7.78.1`, `7.78` -> `7.78.0`, a date
 * `2019-06-11` -> `2019.6.11`, leading zeros dropped as npm would. Anything else becomes a pre-release of
 * 0.0.0 made of its words and numbers (`1.2.3.10` -> `0.0.0-1.2.3.10`, numbers kept numeric so versions
 * still sort); npm publishes a pre-release only with `--tag`, so such a spec wants `package.version` set.
 */
export function semverOf(specVersion: string): string {
  const text = specVersion.trim().replace(/^v(?=\d)/i, '');
  if (isValidSemver(text)) return semver.valid(text) ?? text;
  const date = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (date !== null) return `${number(date[1])}.${number(date[2])}.${number(date[3])}`;
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?([-+][0-9A-Za-z.+-]*)?$/.exec(text);
  if (match !== null) {
    const suffix = (match[4] ?? '').replace(/(?<=[-.])0+(?=\d+(?:[.+]|$))/g, '');
    const candidate = `${number(match[1])}.${number(match[2])}.${number(match[3])}${suffix}`;
    if (isValidSemver(candidate)) return semver.valid(candidate) ?? candidate;
  }
  const identifiers = specVersion
    .split(/[^0-9A-Za-z-]+/)
    .map((part) => part.replace(/^-+|-+$/g, ''))
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? number(part) : part));
  return `0.0.0-${identifiers.join('.') || 'unknown'}`;
}

/** Digits without leading zeros, as text: `Number` would round past 2^53. */
function number(digits = '0'): string {
  return digits.replace(/^0+(?=\d)/, '');
}

export function defaultPackageOptions(model: ApiModel): PackageOptions {
  return {
    name: '@twine/client',
    version: semverOf(model.info.version),
    description: `Typed client for ${oneLine(model.info.title)}`,
  };
}

/** Rejects what npm would reject later, naming the value, before any file is written. */
export function checkPackageOptions(options: PackageOptions): void {
  if (!isValidPackageName(options.name)) throw new TypeError(`not a valid npm package name: ${JSON.stringify(options.name)}`);
  if (!isValidSemver(options.version)) throw new TypeError(`not a semver version: ${JSON.stringify(options.version)}`);
}

export function packageJsonText(model: ApiModel, options: PackageOptions): string {
  checkPackageOptions(options);
  const { license, contact } = model.info;
  const text = render('package.json.hbs', {
    ...options,
    description: oneLine(options.description),
    license: license?.name,
    author: authorOf(contact),
    homepage: contact?.url,
    typescriptVersion: GENERATED_TYPESCRIPT_RANGE,
  });
  // Parsing proves the template produced valid JSON; printing makes the bytes canonical.
  return jsonText(JSON.parse(text));
}

/** npm's person object from the spec's contact; npm requires a name, so the email or URL stands in. */
function authorOf(contact: ApiInfo['contact']): object | undefined {
  const name = contact?.name ?? contact?.email ?? contact?.url;
  if (contact === undefined || name === undefined) return undefined;
  return { name: oneLine(name), ...(contact.email === undefined ? {} : { email: contact.email }), ...(contact.url === undefined ? {} : { url: contact.url }) };
}

export function tsconfigTexts(): { path: string; text: string }[] {
  return ['tsconfig.json', 'tsconfig.cjs.json'].map((path) => ({ path, text: render(`${path}.hbs`, { header: GENERATED_HEADER }) }));
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
