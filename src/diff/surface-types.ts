/**
 * One export of the generated client, as the emitter's `describeSurface(model)` lists it
 * (src/emit/surface.ts). Declared here so the diff does not depend on the emitter being built.
 */
export interface SurfaceEntry {
  readonly name: string;
  readonly kind: 'function' | 'type' | 'value';
  /** The export's TypeScript signature text. */
  readonly signature: string;
}

export type DescribeSurface = (model: import('../ir/types.js').ApiModel) => readonly SurfaceEntry[];
