import type { JsonApiLinks, JsonApiMeta, RelationshipObject, ResourceObject } from './types.js';

/**
 * Name collisions in a model. JSON:API forbids fields named `id` or `type` and puts attributes and
 * relationships in one namespace, but specs and servers break that, and a field must never vanish. The rule:
 *
 * - `id` and `type` always hold the resource's identity.
 * - A relationship wins over an attribute of the same name: `model.owner` is the related model.
 * - A displaced attribute (named `id`, `type`, a relationship's name, or one of the two reserved keys below)
 *   moves to `model.$attributes` (e.g. `model.$attributes.type`); a displaced relationship (named `id`,
 *   `type` or a reserved key) moves to `model.$relationships`.
 * - `encodeResource` reads both keys back, so a decoded model round-trips.
 *
 * The type emitter applies the same rule, so generated model types match what `decodeDocument` builds.
 */
export const DISPLACED_ATTRIBUTES_KEY = '$attributes';
export const DISPLACED_RELATIONSHIPS_KEY = '$relationships';

/** True when a field of that name cannot live at the top level of a model (see the rule above). */
export function isReservedFieldName(name: string): boolean {
  return (
    name === 'id' ||
    name === 'type' ||
    name === DISPLACED_ATTRIBUTES_KEY ||
    name === DISPLACED_RELATIONSHIPS_KEY ||
    // Assigning `__proto__` would replace the model's prototype instead of adding a field.
    name === '__proto__'
  );
}

/** Stores a field by name; a plain assignment to `__proto__` would swap the prototype instead. */
export function setField(target: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__')
    Object.defineProperty(target, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else target[name] = value;
}

// Resource and relationship `links`/`meta` live beside the fields, not among them, so they never clobber an
// attribute. The link is a private field stamped onto the plain model: a base constructor that returns its
// argument makes a subclass's field initialiser add `#source` to that object. The model stays a plain object
// (its prototype is untouched), and spreading, JSON.stringify, structuredClone, `toEqual` and util.inspect do
// not see the field. Measured per 10,000 models: ~0.02 ms, against ~0.95 ms for a non-enumerable symbol
// property (Object.defineProperty) and ~2 ms for a WeakMap, which also loaded the GC.
class ReturnsTarget {
  constructor(target: object) {
    return target;
  }
}

class SourceLink extends ReturnsTarget {
  readonly #source: ResourceObject;

  constructor(model: object, resource: ResourceObject) {
    super(model);
    this.#source = resource;
  }

  static of(model: object): ResourceObject | undefined {
    // `#source in` throws on a primitive, which plain JavaScript callers may pass.
    return typeof model === 'object' && model !== null && #source in model
      ? (model as SourceLink).#source
      : undefined;
  }
}

export function rememberSource(model: object, resource: ResourceObject): void {
  new SourceLink(model, resource);
}

function sourceOf(model: object): ResourceObject | undefined {
  return SourceLink.of(model);
}

/** The resource object a model was decoded from, as received. */
export function resourceSource(model: object): ResourceObject | undefined {
  return sourceOf(model);
}

/** The resource's own `links` (e.g. `self`). */
export function resourceLinks(model: object): JsonApiLinks | undefined {
  return sourceOf(model)?.links;
}

/** The resource's own `meta`. */
export function resourceMeta(model: object): JsonApiMeta | undefined {
  return sourceOf(model)?.meta;
}

/** A relationship as received: its `links`, `meta`, and linkage `data` (with per-identifier `meta`). */
export function relationshipSource(model: object, name: string): RelationshipObject | undefined {
  const relationships = sourceOf(model)?.relationships;
  return relationships !== undefined && Object.prototype.hasOwnProperty.call(relationships, name)
    ? relationships[name]
    : undefined;
}
