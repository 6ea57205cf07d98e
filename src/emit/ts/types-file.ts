import { StructureKind, type StatementStructures } from 'ts-morph';
import type { ApiModel } from '../../ir/types.js';
import type { NamePlan } from '../plan.js';
import { docText, propertyKey } from './literal.js';
import { type TypeContext, typeExpr } from './type-expr.js';

/** `src/types.gen.ts`: one exported type per definition, interfaces for plain object schemas. */
export function typesFileStatements(model: ApiModel, plan: NamePlan): StatementStructures[] {
  const ctx: TypeContext = { typeNames: plan.typeNames };
  // Without any export the file is a script, not a module, and the package's CommonJS build fails on the
  // index's `export * from './types.gen.js'` (a spec without definitions, such as the seed).
  if (model.types.length === 0) return [{ kind: StructureKind.ExportDeclaration, namedExports: [] }];
  return model.types.map((t): StatementStructures => {
    const name = plan.typeNames.get(t.name) ?? 'unknown';
    const docs = t.schema.description === undefined ? [] : [{ description: docText(t.schema.description) }];
    const schema = t.schema;
    if (schema.kind === 'object' && schema.properties.length > 0 && schema.nullable !== true && schema.additionalProperties === undefined) {
      return {
        kind: StructureKind.Interface,
        name,
        isExported: true,
        docs,
        properties: schema.properties.map((p) => ({
          name: propertyKey(p.name),
          type: typeExpr(p.schema, ctx),
          hasQuestionToken: !p.required,
          isReadonly: p.schema.readOnly === true,
          docs: [p.schema.description, p.schema.deprecated === true ? '@deprecated' : undefined]
            .filter((d): d is string => d !== undefined)
            .map((d) => ({ description: d === '@deprecated' ? d : docText(d) })),
        })),
      };
    }
    return { kind: StructureKind.TypeAlias, name, isExported: true, docs, type: typeExpr(schema, ctx) };
  });
}
