import { readFileSync } from 'node:fs';
import { jsonText } from './json-text.js';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { escapeMarkdown } from '../util/markdown.js';
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

/** npm's rules for a new package name: lowercase, URL-safe, at most 214 characters, optional scope. */
const PACKAGE_NAME = /^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function isValidPackageName(name: string): boolean {
  return name.length <= 214 && PACKAGE_NAME.test(name);
}

export function isValidSemver(version: string): boolean {
  return SEMVER.test(version);
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

/** `v7.78.1` -> `7.78.1`; anything that is not semver-like becomes `0.0.0-<sanitised>` so npm accepts it. */
export function semverOf(specVersion: string): string {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?([-+][0-9A-Za-z.+-]*)?$/.exec(specVersion.trim());
  const candidate = match === null ? undefined : `${Number(match[1])}.${Number(match[2] ?? 0)}.${Number(match[3] ?? 0)}${match[4] ?? ''}`;
  if (candidate !== undefined && isValidSemver(candidate)) return candidate;
  const tag = specVersion.replace(/[^0-9A-Za-z-]+/g, '-').replace(/^-+|-+$/g, '');
  return `0.0.0-${tag || 'unknown'}`;
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
  return ['tsconfig.json', 'tsconfig.cjs.json'].map((path) => ({ path, text: render(`${path}.hbs`, {}) }));
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
