import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel, Operation } from '../../ir/types.js';
import type { OperationDescriptor } from '../../runtime/descriptor.js';
import type { NamePlan, OperationNames } from '../plan.js';
import { jsonLiteral, propertyKey, stringLiteral } from './literal.js';
import { operationDoc, paramsTypeText, resultTypeText } from './operation-types.js';
import { type ParamEntry, paramsAreOptional, planParams } from './params.js';
import type { TypeContext } from './type-expr.js';

const JSON_API = 'application/vnd.api+json';

/** `src/operations.gen.ts`: per operation a params type, a result type, a descriptor and a function. */
export function operationsFileStatements(model: ApiModel, plan: NamePlan): StatementStructures[] {
  const ctx: TypeContext = { typeNames: plan.typeNames };
  const usedTypes = [...new Set(plan.typeNames.values())].sort();
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/index.js',
      isTypeOnly: true,
      namedImports: ['CallOptions', 'OperationDescriptor', 'Transport'],
    },
  ];
  if (usedTypes.length > 0) {
    statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.gen.js', isTypeOnly: true, namedImports: usedTypes });
  }
  for (const op of model.operations) {
    const names = plan.operations.get(op.operationId);
    if (names !== undefined) statements.push(...operationStatements(op, names, ctx));
  }
  return statements;
}

function operationStatements(op: Operation, names: OperationNames, ctx: TypeContext): StatementStructures[] {
  const entries = planParams(op);
  const paramsOptional = paramsAreOptional(op, entries);
  return [
    { kind: StructureKind.TypeAlias, name: names.params, isExported: true, type: paramsTypeText(op, entries, ctx) },
    { kind: StructureKind.TypeAlias, name: names.result, isExported: true, type: resultTypeText(op, ctx) },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: names.descriptor, type: 'OperationDescriptor', initializer: descriptorText(op, entries) }],
    },
    {
      kind: StructureKind.Function,
      name: names.fn,
      isExported: true,
      leadingTrivia: operationDoc(op, names),
      parameters: [
        { name: 'transport', type: 'Transport' },
        { name: 'params', type: names.params, ...(paramsOptional ? { initializer: '{}' } : {}) },
        { name: 'init', type: 'CallOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<${names.result}>`,
      statements: [`return transport.call(${names.descriptor}, params, init) as Promise<${names.result}>;`],
    },
  ];
}

/** The descriptor as an object literal: every spec string through stringLiteral/propertyKey. */
function descriptorText(op: Operation, entries: readonly ParamEntry[]): string {
  const descriptor: OperationDescriptor = {
    operationId: op.operationId,
    method: op.method.toUpperCase() as OperationDescriptor['method'],
    path: pathTemplate(op.path, entries),
    params: Object.fromEntries(entries.map((e) => [e.key, e.descriptor])),
    ...(op.body === undefined ? {} : { body: { contentTypes: op.consumes, required: op.body.required } }),
    accept: op.produces,
    jsonApi: op.produces.includes(JSON_API) || op.consumes.includes(JSON_API),
  };
  return literalOf(descriptor);
}

/** Path parameters claim their wire names as keys first, so only a renamed one needs rewriting here. */
function pathTemplate(path: string, entries: readonly ParamEntry[]): string {
  return entries.reduce(
    (p, e) => (e.descriptor.in === 'path' && e.key !== e.descriptor.name ? p.split(`{${e.descriptor.name}}`).join(`{${e.key}}`) : p),
    path,
  );
}

function literalOf(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literalOf).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value).map(([k, v]) => `${propertyKey(k)}: ${literalOf(v)}`);
    return `{ ${members.join(', ')} }`;
  }
  return typeof value === 'string' ? stringLiteral(value) : jsonLiteral(value);
}
