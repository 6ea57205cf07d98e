import type { ApiModel } from '../ir/types.js';
import type { SurfaceEntry } from '../emit/surface.js';

export type { SurfaceEntry };

/** The emitter's `describeSurface`, injected so the diff engine stays independent of the emitter. */
export type DescribeSurface = (model: ApiModel) => readonly SurfaceEntry[];
