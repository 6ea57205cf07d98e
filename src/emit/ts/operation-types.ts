import type { Operation } from '../../ir/types.js';
import type { OperationNames } from '../plan.js';
import type { ParamEntry, ParamTree } from './params.js';
import { propertyKey } from './literal.js';
import { jsDoc, type TypeContext, typeExpr, tsUnion } from './type-expr.js';

/** The params object type of one operation (see ./params.ts for its shape). */
export function paramsTypeText(op: Operation, entries: readonly ParamEntry[], ctx: TypeContext): string {
  const input: TypeContext = { ...ctx, input: true };
  const members = entries.map((e) => memberText(e.key, e.tree, e.required, input));
  if (op.body !== undefined) {
    members.push(`${jsDoc(op.body.description)}body${op.body.required ? '' : '?'}: ${typeExpr(op.body.schema, input)};`);
  }
  return members.length === 0 ? 'Record<string, never>' : `{\n${members.join('\n')}\n}`;
}

function memberText(key: string, tree: ParamTree, required: boolean, ctx: TypeContext): string {
  const doc = tree.leaf === undefined ? '' : jsDoc(tree.leaf.description, tree.leaf.deprecated === true);
  return `${doc}${propertyKey(key)}${required ? '' : '?'}: ${treeType(tree, ctx)};`;
}

function treeType(tree: ParamTree, ctx: TypeContext): string {
  const leaf = tree.leaf === undefined ? undefined : typeExpr(tree.leaf.schema, ctx);
  if (tree.children.size === 0) return leaf ?? 'unknown';
  const members = [...tree.children].map(([name, child]) => {
    const required = child.leaf?.required === true || [...child.children.values()].some((c) => c.leaf?.required === true);
    return memberText(name, child, required, ctx);
  });
  const nested = `{\n${members.join('\n')}\n}`;
  return leaf === undefined ? nested : tsUnion([leaf, nested]);
}

/** Union of the 2xx bodies; `undefined` when a success has no body (204), `unknown` when undeclared. */
export function resultTypeText(op: Operation, ctx: TypeContext): string {
  const successes = op.responses.filter((r) => /^2\d\d$/.test(r.status));
  if (successes.length === 0) return 'unknown';
  return tsUnion(successes.map((r) => (r.schema === undefined ? (r.status === '204' ? 'undefined' : 'unknown') : typeExpr(r.schema, ctx))));
}

export function operationDoc(op: Operation, names: OperationNames): string {
  const lines = [op.summary, op.description].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  const head = `\`${op.method.toUpperCase()} ${op.path}\``;
  return jsDoc([...new Set(lines)].concat(head).join('\n\n'), op.deprecated) || `/** ${names.fn} */\n`;
}
