import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel } from '../../ir/types.js';
import type { ClientDefaults } from '../../runtime/descriptor.js';
import type { NamePlan } from '../plan.js';
import { propertyKey, stringLiteral } from './literal.js';
import { isPaged } from './jsonapi-operation.js';
import { paramsAreOptional, planParams } from './params.js';

/**
 * `src/client.gen.ts`: `createClient` binds every operation to one transport. The standalone functions in
 * operations.gen.ts stay importable on their own for bundles that want only a few operations.
 */
export function clientFileStatements(model: ApiModel, plan: NamePlan): StatementStructures[] {
  const bound = model.operations.flatMap((op) => {
    const names = plan.operations.get(op.operationId);
    return names === undefined ? [] : [{ names, optional: paramsAreOptional(op, planParams(op)), paged: isPaged(op) }];
  });
  const ops = bound.map((b) => b.names);
  const defaults = clientDefaults(model);
  const members = bound.map(({ names: n, optional, paged }) =>
    paged
      ? `${propertyKey(n.fn)}: bindPaged(transport, ${n.fn}),`
      : `${propertyKey(n.fn)}: (params${optional ? '?' : ''}: ${n.params}, init?: CallOptions) => ${n.fn}(transport, params, init),`,
  );
  const anyPaged = bound.some((b) => b.paged);
  // Paged operations carry their params type in their own declaration; only the others need it imported.
  const unpagedParams = bound.filter((b) => !b.paged).map((b) => b.names.params);
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: [...(anyPaged ? ['bindPaged'] : []), 'createTransport'] },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/index.js',
      isTypeOnly: true,
      namedImports: ['CallOptions', 'ClientDefaults', 'ClientOptions'],
    },
    ...(ops.length === 0
      ? []
      : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './operations.gen.js', namedImports: ops.map((n) => n.fn) } as const]),
    ...(unpagedParams.length === 0
      ? []
      : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './operations.gen.js', isTypeOnly: true, namedImports: unpagedParams } as const]),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: 'Defaults from the spec: base URL from schemes/host/basePath, token URL from securityDefinitions.' }],
      declarations: [
        {
          name: 'clientDefaults',
          type: 'ClientDefaults',
          initializer: `{ ${Object.entries(defaults)
            .map(([k, v]) => `${k}: ${stringLiteral(v)}`)
            .join(', ')} }`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      name: 'createClient',
      isExported: true,
      docs: [{ description: 'A client with one method per operation, sharing one transport (auth, retries, hooks).' }],
      parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
      statements: [
        'const transport = createTransport(options, clientDefaults);',
        `return {\ntransport,\n${members.join('\n')}\n};`,
      ],
    },
    { kind: StructureKind.TypeAlias, name: 'Client', isExported: true, type: 'ReturnType<typeof createClient>' },
  ];
}

export function clientDefaults(model: ApiModel): { -readonly [K in keyof ClientDefaults]: string } {
  const baseUrl = model.servers[0];
  return {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(model.tokenUrl === undefined ? {} : { tokenUrl: model.tokenUrl }),
  };
}
