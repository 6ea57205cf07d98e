import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { ApiModel, Operation } from '../ir/types.js';
import type { NamePlan } from './plan.js';
import { propertyKey } from './ts/literal.js';
import { paramsAreOptional, planParams } from './ts/params.js';

/** File-shaped text (package.json, README.md, tsconfig) comes from Handlebars templates in templates/. */
const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface PackageOptions {
  readonly name: string;
  readonly version: string;
  readonly description: string;
}

const hbs = Handlebars.create();
// Values enter package.json only as JSON literals: a hostile title cannot break out of its string.
hbs.registerHelper('json', (value: unknown) => JSON.stringify(value ?? ''));

function render(file: string, data: object): string {
  const template = hbs.compile(readFileSync(`${TEMPLATES_DIR}${file}`, 'utf8'), { strict: true, noEscape: false });
  return template(data);
}

/** `v7.78.1` -> `7.78.1`; anything that is not semver-like becomes `0.0.0-<sanitised>` so npm accepts it. */
export function semverOf(specVersion: string): string {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?([-+][0-9A-Za-z.+-]*)?$/.exec(specVersion.trim());
  if (match === null) return `0.0.0-${specVersion.replace(/[^0-9A-Za-z-]+/g, '-').replace(/^-+|-+$/g, '') || 'unknown'}`;
  return `${match[1]}.${match[2] ?? '0'}.${match[3] ?? '0'}${match[4] ?? ''}`;
}

export function defaultPackageOptions(model: ApiModel): PackageOptions {
  return {
    name: '@twine/client',
    version: semverOf(model.info.version),
    description: `Typed client for ${model.info.title}`,
  };
}

export function packageJsonText(model: ApiModel, options: PackageOptions): string {
  const text = render('package.json.hbs', {
    ...options,
    license: model.info.license?.name,
    author: model.info.contact?.email ?? model.info.contact?.name,
    typescriptVersion: '^5.9.3',
  });
  // Parsing proves the template produced valid JSON; printing makes the bytes canonical.
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

export function tsconfigTexts(): { path: string; text: string }[] {
  return ['tsconfig.json', 'tsconfig.cjs.json'].map((path) => ({ path, text: render(`${path}.hbs`, {}) }));
}

export function readmeText(model: ApiModel, plan: NamePlan, options: PackageOptions): string {
  return render('README.md.hbs', {
    name: options.name,
    title: model.info.title,
    specVersion: model.info.version,
    description: model.info.description,
    baseUrl: model.servers[0],
    operations: model.operations.flatMap((op) => {
      const names = plan.operations.get(op.operationId);
      if (names === undefined) return [];
      return [{ fn: names.fn, method: op.method.toUpperCase(), path: op.path, summary: op.summary, deprecated: op.deprecated, example: exampleArgs(op) }];
    }),
  });
}

/** A call's argument showing the required keys with placeholder values (code, so keys are checked keys). */
function exampleArgs(op: Operation): string {
  const entries = planParams(op);
  const required = entries.filter((e) => e.required).map((e) => `${propertyKey(e.key)}: ${e.descriptor.in === 'path' ? "'…'" : '/* … */'}`);
  if (op.body !== undefined && op.body.required) required.push('body: { /* … */ }');
  if (required.length === 0) return paramsAreOptional(op, entries) ? '' : '{}';
  return `{ ${required.join(', ')} }`;
}
