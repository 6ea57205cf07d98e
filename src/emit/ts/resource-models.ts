import { StructureKind, type StatementStructures } from 'ts-morph';
import type { ApiModel, JsonApiAttribute, JsonApiRelationship, JsonApiResource } from '../../ir/types.js';
import { isReservedFieldName } from '../../runtime/jsonapi/fields.js';
import type { NamePlan } from '../plan.js';
import { docText, propertyKey, stringLiteral } from './literal.js';
import { jsDoc, optionalMark, orUndefined, type TypeContext, tsArray, tsUnion, typeExpr } from './type-expr.js';

/**
 * `src/resources.gen.ts`: one model per JSON:API resource type, shaped exactly as `decodeDocument` builds
 * it: `id`, `type`, attributes flattened, relationships resolved to related models. Names collide by the
 * runtime's rule (src/runtime/jsonapi/fields.ts): identity wins, then relationships; a displaced attribute
 * lives under `$attributes`, a displaced relationship under `$relationships`.
 */
export function resourceModelStatements(model: ApiModel, plan: NamePlan): StatementStructures[] {
  if (model.resources.length === 0) return [];
  const ctx: TypeContext = { typeNames: plan.typeNames, used: new Set() };
  const models = model.resources.map(
      (r): StatementStructures => ({
        kind: StructureKind.TypeAlias,
        name: plan.resourceNames.get(r.type) ?? 'unknown',
        isExported: true,
        docs: [{ description: docText(`The \`${r.type}\` resource, decoded (from the spec's \`${r.definition}\`).`) }],
        type: modelTypeText(r, plan, ctx),
      }),
  );
  const text = models.map((m) => (m.kind === StructureKind.TypeAlias ? String(m.type) : '')).join('\n');
  const runtimeTypes = ['JsonApiModel', 'Related'].filter((n) => new RegExp(`\\b${n}\\b`).test(text));
  const usedTypes = [...(ctx.used ?? [])].sort();
  return [
    ...(runtimeTypes.length === 0
      ? []
      : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/index.js', isTypeOnly: true, namedImports: runtimeTypes } as const]),
    ...(usedTypes.length === 0
      ? []
      : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.gen.js', isTypeOnly: true, namedImports: usedTypes } as const]),
    ...models,
  ];
}

function modelTypeText(resource: JsonApiResource, plan: NamePlan, ctx: TypeContext): string {
  const relationshipNames = new Set(resource.relationships.map((r) => r.name));
  const members = [`id: string;`, `type: ${stringLiteral(resource.type)};`];
  const displacedAttributes: string[] = [];
  const displacedRelationships: string[] = [];
  for (const a of resource.attributes) {
    const member = attributeMember(a, ctx);
    (isReservedFieldName(a.name) || relationshipNames.has(a.name) ? displacedAttributes : members).push(member);
  }
  for (const r of resource.relationships) {
    const member = `${r.readOnly ? 'readonly ' : ''}${propertyKey(r.name)}?: ${relatedType(r, plan)};`;
    (isReservedFieldName(r.name) ? displacedRelationships : members).push(member);
  }
  if (displacedAttributes.length > 0) members.push(`$attributes?: {\n${displacedAttributes.join('\n')}\n};`);
  if (displacedRelationships.length > 0) members.push(`$relationships?: {\n${displacedRelationships.join('\n')}\n};`);
  return `{\n${members.join('\n')}\n}`;
}

function attributeMember(a: JsonApiAttribute, ctx: TypeContext): string {
  const readonly = a.readOnly ? 'readonly ' : '';
  return `${jsDoc(a.schema.description, a.schema.deprecated === true)}${readonly}${propertyKey(a.name)}${a.required ? '' : '?'}: ${typeExpr(a.schema, ctx)};`;
}

/** A related model when the spec names the type and we model it, else the generic decoded model. */
function relatedType(r: JsonApiRelationship, plan: NamePlan): string {
  const models = r.types.map((t) => plan.resourceNames.get(t));
  const one =
    models.length > 0 && models.every((m): m is string => m !== undefined)
      ? tsUnion(models.map((m) => `Related<${m}>`))
      : 'JsonApiModel';
  return r.cardinality === 'many' ? tsArray(one.includes('|') ? `(${one})` : one) : tsUnion([one, 'null']);
}

/**
 * The flattened input of a create/upsert (`full`) or update (`partial`) body: writable attributes and
 * relationships as identifiers; `id` optional (the server assigns it on create).
 */
export function resourceInputTypeText(resource: JsonApiResource, partial: boolean, ctx: TypeContext): string {
  const input: TypeContext = { ...ctx, input: true };
  const relationshipNames = new Set(resource.relationships.map((r) => r.name));
  const members = ['id?: string | undefined;'];
  for (const a of resource.attributes) {
    if (a.readOnly || isReservedFieldName(a.name) || relationshipNames.has(a.name)) continue;
    const required = a.required && !partial;
    members.push(`${jsDoc(a.schema.description)}${propertyKey(a.name)}${optionalMark(required)}: ${typeExpr(a.schema, input)}${orUndefined(required)};`);
  }
  for (const r of resource.relationships) {
    if (r.readOnly || isReservedFieldName(r.name)) continue;
    const linkage = r.cardinality === 'many' ? 'ReadonlyArray<RelationshipInput>' : 'RelationshipInput | null';
    const required = r.required && !partial;
    members.push(`${propertyKey(r.name)}${optionalMark(required)}: ${linkage}${orUndefined(required)};`);
  }
  return `{\n${members.join('\n')}\n}`;
}

/** The runtime's ResourceDescriptor literal for encodeResource. */
export function resourceDescriptorText(resource: JsonApiResource): string {
  const relationships = resource.relationships
    .filter((r) => !r.readOnly && !isReservedFieldName(r.name))
    .map((r) => {
      const type = r.types.length === 1 && r.types[0] !== undefined ? `, type: ${stringLiteral(r.types[0])}` : '';
      return `${propertyKey(r.name)}: { cardinality: ${stringLiteral(r.cardinality)}${type} }`;
    });
  // `as const` for the same reason as operation descriptors: relationship names may be `constructor`.
  return `{ type: ${stringLiteral(resource.type)}, relationships: { ${relationships.join(', ')} } } as const`;
}
