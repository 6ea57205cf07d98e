import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel, Operation } from '../../ir/types.js';
import type { OperationDescriptor } from '../../runtime/descriptor.js';
import type { NamePlan, OperationNames } from '../plan.js';
import { jsonLiteral, propertyKey, stringLiteral } from './literal.js';
import { bodyTypeText, operationDoc, paramsTypeText, resultTypeText } from './operation-types.js';
import { decodesDocument, isPaged, pageItemTypeText, resourceModelNames, usesJsonApi } from './jsonapi-operation.js';
import { type ParamEntry, paramsAreOptional, planParams } from './params.js';
import { resourceDescriptorText, resourceInputTypeText } from './resource-models.js';
import type { TypeContext } from './type-expr.js';

/** `src/operations.gen.ts`: per operation a params type, a result type, a descriptor and a function. */
export function operationsFileStatements(model: ApiModel, plan: NamePlan): StatementStructures[] {
  const ctx: TypeContext = { typeNames: plan.typeNames, used: new Set() };
  const decodes = model.operations.some(decodesDocument);
  const callsDocument = model.operations.some((op) => decodesDocument(op) && !isPaged(op));
  const encodes = model.operations.some((op) => plan.operations.get(op.operationId)?.body !== undefined);
  const paged = model.operations.some(isPaged);
  const runtimeValues = [
    ...(callsDocument ? ['callDocument'] : []),
    ...(encodes ? ['encodeResource'] : []),
    ...(paged ? ['pagedOperation'] : []),
  ];
  const statements: StatementStructures[] = [
    ...(runtimeValues.length === 0
      ? []
      : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: runtimeValues } as const]),
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/index.js',
      isTypeOnly: true,
      namedImports: [
        'CallOptions',
        ...(decodes ? ['DecodedDocument'] : []),
        ...(paged && model.operations.some((op) => isPaged(op) && pageItemTypeText(op, plan) === 'JsonApiModel') ? ['JsonApiModel'] : []),
        'OperationDescriptor',
        ...(paged ? ['Page', 'PagedOperation'] : []),
        ...(encodes ? ['RelationshipInput', 'ResourceDescriptor'] : []),
        'Transport',
      ],
    },
  ];
  const declarations = model.operations.flatMap((op) => {
    const names = plan.operations.get(op.operationId);
    return names === undefined ? [] : operationStatements(op, names, ctx, plan);
  });
  // Model names appear only in the result types of decoded and paged operations (resultTypeText).
  const returnsModels = (op: Operation): boolean => plan.operations.has(op.operationId) && (isPaged(op) || decodesDocument(op));
  const usedModels = [...new Set(model.operations.filter(returnsModels).flatMap((op) => resourceModelNames(op, plan) ?? []))].sort();
  if (usedModels.length > 0) {
    statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: './resources.gen.js', isTypeOnly: true, namedImports: usedModels });
  }
  const usedTypes = [...(ctx.used ?? [])].sort();
  if (usedTypes.length > 0) {
    statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.gen.js', isTypeOnly: true, namedImports: usedTypes });
  }
  return [...statements, ...declarations];
}

function operationStatements(op: Operation, names: OperationNames, ctx: TypeContext, plan: NamePlan): StatementStructures[] {
  const entries = planParams(op);
  const paramsOptional = paramsAreOptional(op, entries);
  const resource = op.jsonApi?.requestResource;
  const body: StatementStructures[] =
    names.body === undefined || resource === undefined
      ? []
      : [
          { kind: StructureKind.TypeAlias, name: names.body.type, isExported: true, type: resourceInputTypeText(resource, op.method === 'patch', ctx) },
          {
            kind: StructureKind.VariableStatement,
            declarationKind: VariableDeclarationKind.Const,
            declarations: [{ name: names.body.descriptor, type: 'ResourceDescriptor', initializer: resourceDescriptorText(resource) }],
          },
        ];
  return [
    ...body,
    { kind: StructureKind.TypeAlias, name: names.params, isExported: true, type: paramsTypeText(op, entries, ctx, names.body?.type) },
    { kind: StructureKind.TypeAlias, name: names.result, isExported: true, type: resultTypeText(op, ctx, plan) },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: names.descriptor, type: 'OperationDescriptor', initializer: descriptorText(op, entries) }],
    },
    isPaged(op) ? pagedStatement(op, names, ctx, plan) : {
      kind: StructureKind.Function,
      name: names.fn,
      isExported: true,
      leadingTrivia: operationDoc(op, names),
      parameters: [
        { name: 'transport', type: 'Transport' },
        // Optional rather than `= {}`: `{}` inherits Object.prototype members, which a params type may declare.
        { name: 'params', type: names.params, hasQuestionToken: paramsOptional },
        { name: 'init', type: 'CallOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<${names.result}>`,
      statements: [callText(op, names)],
    },
  ];
}

/**
 * A collection GET: a function object from the runtime (`fetchPatients(t, params)` is the first page;
 * `.all`, `.pages`, `.count` iterate and count). Building it has no side effect, so bundlers may drop it.
 */
function pagedStatement(op: Operation, names: OperationNames, ctx: TypeContext, plan: NamePlan): StatementStructures {
  const typeArgs = `${names.params}, ${bodyTypeText(op, ctx)}, ${pageItemTypeText(op, plan)}`;
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    leadingTrivia: operationDoc(op, names),
    declarations: [
      {
        name: names.fn,
        type: `PagedOperation<${typeArgs}>`,
        initializer: `/* @__PURE__ */ pagedOperation<${typeArgs}>(${names.descriptor})`,
      },
    ],
  };
}

/** The call: flattened resource inputs are encoded into a document, JSON:API responses decoded. */
function callText(op: Operation, names: OperationNames): string {
  const body = names.body;
  const args =
    body === undefined
      ? 'params'
      : op.body?.required === true
        ? `{ ...params, body: encodeResource(${body.descriptor}, params.body) }`
        : `{ ...params, body: params?.body === undefined ? undefined : encodeResource(${body.descriptor}, params.body) }`;
  if (decodesDocument(op)) {
    // The document is checked against what the spec declares: one resource, a list, or either.
    const primary = op.jsonApi?.cardinality ?? 'any';
    return `return callDocument<${names.result}>(transport, ${names.descriptor}, ${args}, init, ${stringLiteral(primary)});`;
  }
  return `return transport.call(${names.descriptor}, ${args}, init) as Promise<${names.result}>;`;
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
    jsonApi: usesJsonApi(op),
    ...(op.paging === undefined ? {} : { paging: op.paging }),
  };
  // `as const`: TypeScript drops the contextual type of members whose key is an Object.prototype name
  // (`constructor`, `toString`), widening `in: 'query'` to string; constant literals need none.
  return `${literalOf(descriptor)} as const`;
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
    // `__proto__: x` in an object literal sets the prototype; a computed key defines a property.
    const members = Object.entries(value).map(([k, v]) => `${k === '__proto__' ? '["__proto__"]' : propertyKey(k)}: ${literalOf(v)}`);
    return `{ ${members.join(', ')} }`;
  }
  return typeof value === 'string' ? stringLiteral(value) : jsonLiteral(value);
}
