import type { ApiModel, Operation, Schema } from '../ir/types.js';
import { checkPackageOptions, type PackageOptions, render } from './package-files.js';
import type { NamePlan } from './plan.js';
import { resourceSample, sampleValue, treeSample } from './readme-samples.js';
import { decodesDocument, isPaged } from './ts/jsonapi-operation.js';
import { jsonLiteral, propertyKey, stringLiteral } from './ts/literal.js';
import { paramsAreOptional, planParams } from './ts/params.js';

/**
 * README.md of the generated package: install, auth, JSON:API, paging, errors, and one usage example per
 * operation. Examples are code this module writes (checked identifiers, keys through `propertyKey`, values
 * through `jsonLiteral`), each on lines that start with code, so spec text can neither close a fence nor
 * start a Markdown block; prose from the spec goes through the template's `md` helper.
 */
interface OperationExample {
  readonly fn: string;
  readonly method: string;
  readonly path: string;
  readonly summary?: string;
  readonly deprecated: boolean;
  readonly example: string;
}

export function readmeText(model: ApiModel, plan: NamePlan, options: PackageOptions): string {
  checkPackageOptions(options);
  const operations = model.operations.flatMap((op) => {
    const fn = plan.operations.get(op.operationId)?.fn;
    return fn === undefined ? [] : [{ op, fn }];
  });
  const paged = operations.find(({ op }) => isPaged(op));
  // A GET by id shows a 404 best; any operation will do when there is none.
  const errorExample = operations.find(({ op }) => op.method === 'get' && op.parameters.some((p) => p.in === 'path')) ?? operations[0];
  const { title, version, description, license, contact } = model.info;
  // Written the way Prettier would format it (placeholders, one trailing newline), so generation need not
  // run Prettier's Markdown and embedded-code formatting; test/unit/emit/readme-format.test.ts checks it.
  const text = render('README.md.hbs', {
    name: options.name,
    title,
    specVersion: version,
    descriptionBlock: verbatimBlock(description),
    baseUrl: model.servers[0] === undefined ? undefined : stringLiteral(model.servers[0]),
    jsonApi: model.operations.some(decodesDocument),
    paged: paged === undefined ? undefined : pagedSample(paged.fn, callArgs(paged.op, model)),
    errorExample: errorExample === undefined ? { fn: 'someOperation', args: '' } : { fn: errorExample.fn, args: callArgs(errorExample.op, model) },
    firstFn: operations[0]?.fn ?? 'someOperation',
    operations: operations.map(({ op, fn }): OperationExample => ({
      fn,
      method: op.method.toUpperCase(),
      path: op.path,
      ...(op.summary === undefined ? {} : { summary: op.summary }),
      deprecated: op.deprecated,
      example: exampleCode(op, fn, model),
    })),
    license,
    contact: contact === undefined ? undefined : [contact.name, contact.email, contact.url].filter((c) => c !== undefined),
  });
  return `${text.replace(/\n+$/, '')}\n`;
}

/**
 * Spec text shown as written, safely: in a fenced block nothing is Markdown or HTML, and a fence one
 * backtick longer than the longest run in the text cannot be closed from inside it. Line separators
 * become newlines; other control characters are dropped.
 */
export function verbatimBlock(text: string | undefined): string | undefined {
  const body = (text ?? '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
  if (body === '') return undefined;
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${body}\n${fence}`;
}

/** A paged call's arguments, alone and (`params`) where per-call options follow them: `{}` when none are required. */
function pagedSample(fn: string, args: string): { fn: string; args: string; params: string } {
  return { fn, args, params: args === '' ? '{}' : args };
}

/** How a user calls the operation: paged ones iterate, JSON:API ones destructure the decoded document. */
export function exampleCode(op: Operation, fn: string, model: ApiModel): string {
  const args = callArgs(op, model);
  if (isPaged(op)) {
    return [
      `const { data, meta } = await client.${fn}(${args}); // the first page`,
      `for await (const item of client.${fn}.all(${args})) console.log(item);`,
      `const total = await client.${fn}.count(${args});`,
    ].join('\n');
  }
  if (decodesDocument(op)) return `const { data, meta, links, raw } = await client.${fn}(${args});`;
  return `const result = await client.${fn}(${args});`;
}

/**
 * A call's argument: required keys with sample values of their types (see readme-samples.ts), plus an
 * `include` when the spec enumerates it (JSON:API operations take it as an array). Empty when the params
 * object may be omitted.
 */
export function callArgs(op: Operation, model: ApiModel): string {
  const entries = planParams(op);
  const members = entries
    .filter((e) => e.required)
    .map((e) => `${propertyKey(e.key)}: ${e.descriptor.nested === true ? treeSample(e.tree, model) : sampleValue(e.tree.leaf?.schema ?? UNKNOWN, model)}`);
  const include = op.jsonApi?.include[0];
  const includeEntry = entries.find((e) => e.descriptor.in === 'query' && e.descriptor.name === 'include');
  if (include !== undefined && includeEntry !== undefined && !includeEntry.required) {
    members.push(`${propertyKey(includeEntry.key)}: [${jsonLiteral(include)}]`);
  }
  if (op.body !== undefined && op.body.required) {
    const resource = op.jsonApi?.requestResource;
    members.push(`body: ${resource === undefined ? sampleValue(op.body.schema, model) : resourceSample(resource, model)}`);
  }
  if (members.length === 0) return paramsAreOptional(op, entries) ? '' : '{}';
  return `{ ${members.join(', ')} }`;
}

const UNKNOWN: Schema = { kind: 'unknown' };
