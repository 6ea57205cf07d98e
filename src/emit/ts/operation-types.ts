import type { Operation } from '../../ir/types.js';
import type { NamePlan, OperationNames } from '../plan.js';
import { decodesDocument, documentTypeText, fieldsTypeText, includeTypeText, isPaged, pageItemTypeText, sortTypeText, usesJsonApi } from './jsonapi-operation.js';
import type { ParamEntry, ParamTree } from './params.js';
import { propertyKey } from './literal.js';
import { jsDoc, optionalMark, orUndefined, type TypeContext, typeExpr, tsUnion } from './type-expr.js';

/**
 * The params object type of one operation (see ./params.ts for its shape). JSON:API operations get typed
 * query members: `include` and `sort` as arrays of the spec's enums, `filter` values as a value or a list
 * (written comma-joined), and a `page` that is either cursor (`limit`, cursor) or skip (`size`, `number`)
 * so mixing the two strategies does not compile.
 */
export function paramsTypeText(op: Operation, entries: readonly ParamEntry[], ctx: TypeContext, bodyType?: string): string {
  const input: TypeContext = { ...ctx, input: true };
  const jsonApi = usesJsonApi(op);
  const members = entries.map((e) => {
    const special = jsonApi ? jsonApiMemberType(op, e, input) : undefined;
    return memberText(e.key, e.tree, e.required, input, special);
  });
  if (op.body !== undefined) {
    members.push(`${jsDoc(op.body.description)}body${optionalMark(op.body.required)}: ${bodyType ?? typeExpr(op.body.schema, input)}${orUndefined(op.body.required)};`);
  }
  return members.length === 0 ? 'Record<string, never>' : `{\n${members.join('\n')}\n}`;
}

function jsonApiMemberType(op: Operation, e: ParamEntry, ctx: TypeContext): string | undefined {
  if (e.descriptor.in !== 'query') return undefined;
  if (e.descriptor.name === 'include' && !e.descriptor.nested) return includeTypeText(op);
  if (e.descriptor.name === 'sort' && !e.descriptor.nested) return sortTypeText(op);
  if (e.descriptor.name === 'fields' && e.descriptor.nested && e.tree.leaf === undefined && e.tree.children.size === 0) return fieldsTypeText(op);
  if (e.descriptor.name === 'filter' && e.descriptor.nested) return treeType(e.tree, { ...ctx, listLeaves: true });
  if (e.descriptor.name === 'page' && e.descriptor.nested && op.paging?.skip === true && op.paging.cursor) return pageUnionText(e.tree, ctx);
  return undefined;
}

/** Skip and cursor members as two alternatives, each forbidding the other's members. */
function pageUnionText(tree: ParamTree, ctx: TypeContext): string {
  const cursorKeys = new Set(['limit', 'cursor', 'after', 'before']);
  const names = [...tree.children.keys()];
  const side = (mine: (n: string) => boolean) =>
    `{\n${names
      .map((n) => {
        const child = tree.children.get(n);
        return mine(n) && child !== undefined ? memberText(n, child, false, ctx) : `${propertyKey(n)}?: never;`;
      })
      .join('\n')}\n}`;
  return `${side((n) => cursorKeys.has(n))} | ${side((n) => !cursorKeys.has(n))}`;
}

function memberText(key: string, tree: ParamTree, required: boolean, ctx: TypeContext, override?: string): string {
  const doc = tree.leaf === undefined ? '' : jsDoc(tree.leaf.description, tree.leaf.deprecated === true);
  return `${doc}${propertyKey(key)}${optionalMark(required)}: ${override ?? treeType(tree, ctx)}${orUndefined(required)};`;
}

function treeType(tree: ParamTree, ctx: TypeContext & { listLeaves?: boolean }): string {
  const leafSchema = tree.leaf?.schema;
  const plainString = leafSchema?.kind === 'primitive' && leafSchema.type === 'string' && leafSchema.enum === undefined;
  const leaf =
    leafSchema === undefined ? undefined : ctx.listLeaves === true && plainString ? 'string | ReadonlyArray<string>' : typeExpr(leafSchema, ctx);
  if (tree.children.size === 0) return leaf ?? 'unknown';
  const members = [...tree.children].map(([name, child]) => {
    const required = child.leaf?.required === true || [...child.children.values()].some((c) => c.leaf?.required === true);
    return memberText(name, child, required, ctx);
  });
  const nested = `{\n${members.join('\n')}\n}`;
  return leaf === undefined ? nested : tsUnion([leaf, nested]);
}

/**
 * A decoded JSON:API document for JSON:API operations; otherwise the union of the 2xx bodies: `undefined`
 * when a success has no body (204), `unknown` when undeclared.
 */
export function resultTypeText(op: Operation, ctx: TypeContext, plan?: NamePlan): string {
  if (plan !== undefined && isPaged(op)) return `Page<${bodyTypeText(op, ctx)}, ${pageItemTypeText(op, plan)}>`;
  if (plan !== undefined && decodesDocument(op)) return documentTypeText(op, plan);
  return bodyTypeText(op, ctx);
}

/** The union of the 2xx bodies as the spec declares them. */
export function bodyTypeText(op: Operation, ctx: TypeContext): string {
  const successes = op.responses.filter((r) => /^2\d\d$/.test(r.status));
  if (successes.length === 0) return 'unknown';
  return tsUnion(successes.map((r) => (r.schema === undefined ? (r.status === '204' ? 'undefined' : 'unknown') : typeExpr(r.schema, ctx))));
}

export function operationDoc(op: Operation, names: OperationNames): string {
  const lines = [op.summary, op.description].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  const head = `\`${op.method.toUpperCase()} ${op.path}\``;
  return jsDoc([...new Set(lines)].concat(head).join('\n\n'), op.deprecated) || `/** ${names.fn} */\n`;
}
