/**
 * What the generator tells the runtime about one resource type, so `encodeResource` knows which input keys
 * are relationships. Emitted once per resource, e.g.
 * `{ type: 'patient', relationships: { groups: { cardinality: 'many', type: 'group' } } }`.
 */
export interface ResourceDescriptor {
  /** The JSON:API `type` member value. */
  readonly type: string;
  readonly relationships: Readonly<Record<string, RelationshipDescriptor>>;
}

export interface RelationshipDescriptor {
  readonly cardinality: 'one' | 'many';
  /** The related type, used when a value is a bare `{ id }`; absent when the spec allows several types. */
  readonly type?: string;
}
