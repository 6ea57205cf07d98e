import type { Operation } from '../types.js';
import type { SchemaReader } from './object-view.js';
import { primaryDataOf } from './primary-data.js';

/**
 * Resource types the paths imply, for resource schemas whose `type` is a plain string without an enum
 * (about half of the real Twine spec's resources). The API serves each type at `/<type>` and
 * `/<type>/{id}`, so a definition returned as `data` by a 2xx response of exactly those paths is of that
 * type (`/result` returns `PatientHealthResultResource`, of type `result`). Nested paths such as
 * `/patient/{id}/groups` say nothing and are ignored; a definition two paths disagree about gets no type.
 */
export function typesFromPaths(reader: SchemaReader, operations: readonly Operation[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const operation of operations) {
    const match = /^\/([A-Za-z0-9_-]+)(?:\/\{[^/{}]+\})?$/.exec(operation.path);
    const type = match?.[1];
    if (type === undefined) continue;
    for (const response of operation.responses) {
      const primary = primaryDataOf(reader, response);
      const name = primary === undefined ? undefined : reader.refName(primary.resource);
      if (name === undefined) continue;
      const types = seen.get(name) ?? new Set<string>();
      types.add(type);
      seen.set(name, types);
    }
  }
  const result = new Map<string, string>();
  for (const [name, types] of seen) {
    const [only] = types;
    if (types.size === 1 && only !== undefined) result.set(name, only);
  }
  return result;
}
