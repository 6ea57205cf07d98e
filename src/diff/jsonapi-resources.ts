import type { ApiModel, ObjectSchema, Schema } from '../ir/types.js';
import { childPointer } from '../diagnostics/pointer.js';
import { type TypeTable, resolveSchema, typeTable } from './resolve-schema.js';

/** What the JSON:API rules compare about one resource definition, with pointers for the report. */
export interface ResourceFacts {
  readonly definition: string;
  readonly type: string;
  readonly typePointer: string;
  readonly attributes: ReadonlyMap<string, { readonly readOnly: boolean; readonly pointer: string }>;
  readonly relationships: ReadonlyMap<string, { readonly pointer: string }>;
}

/**
 * Resources of a model. The IR's `resources` (the JSON:API analysis) decides which definitions are
 * resources when it ran; otherwise a definition is one when it has a single-valued `type` enum and an
 * `attributes` object. Members and pointers are read from the schemas either way.
 */
export function resourceFacts(model: ApiModel): ResourceFacts[] {
  const types = typeTable(model);
  const declared = new Map(model.resources.map((r) => [r.definition, r.type]));
  const facts: ResourceFacts[] = [];
  for (const named of model.types) {
    if (declared.size > 0 && !declared.has(named.name)) continue;
    const object = asObject(named.schema, types);
    if (object === undefined) continue;
    const typeProp = object.properties.find((p) => p.name === 'type');
    const typeSchema = typeProp === undefined ? undefined : resolveSchema(typeProp.schema, types).schema;
    const enumType = typeSchema?.kind === 'primitive' && typeSchema.enum?.length === 1 ? typeSchema.enum[0] : undefined;
    const type = declared.get(named.name) ?? (typeof enumType === 'string' ? enumType : undefined);
    const attributes = memberObject(object, 'attributes', types);
    if (type === undefined || (declared.size === 0 && attributes === undefined)) continue;
    facts.push({
      definition: named.name,
      type,
      typePointer: typeProp?.schema.pointer ?? childPointer(named.pointer, 'properties', 'type'),
      attributes: new Map(
        (attributes?.properties ?? []).map((p) => [
          p.name,
          { readOnly: p.schema.readOnly === true || resolveSchema(p.schema, types).schema.readOnly === true, pointer: p.schema.pointer ?? named.pointer },
        ]),
      ),
      relationships: new Map(
        (memberObject(object, 'relationships', types)?.properties ?? []).map((p) => [p.name, { pointer: p.schema.pointer ?? named.pointer }]),
      ),
    });
  }
  return facts;
}

function asObject(schema: Schema, types: TypeTable): ObjectSchema | undefined {
  const resolved = resolveSchema(schema, types).schema;
  return resolved.kind === 'object' ? resolved : undefined;
}

function memberObject(object: ObjectSchema, name: string, types: TypeTable): ObjectSchema | undefined {
  const member = object.properties.find((p) => p.name === name);
  return member === undefined ? undefined : asObject(member.schema, types);
}
