import type { DiagnosticInput } from '../../diagnostics/diagnostic.js';
import { childPointer } from '../../diagnostics/pointer.js';
import type { Operation } from '../types.js';
import type { SchemaReader } from './object-view.js';

/**
 * JSON:API requires `errors` to be an array; the real Twine spec declares one object while its examples
 * and the server send an array. We follow the standard (the runtime normalises either shape to an array)
 * and say so with TC3001 at the declaration, once per place however many responses share it.
 */
export function checkErrorsMembers(reader: SchemaReader, operations: readonly Operation[]): DiagnosticInput[] {
  const found = new Map<string, DiagnosticInput>();
  for (const operation of operations) {
    for (const response of operation.responses) {
      if (response.schema === undefined) continue;
      const errors = reader.objectView(response.schema)?.properties.get('errors');
      if (errors === undefined || reader.arrayItems(errors.schema) !== undefined) continue;
      if (reader.objectView(errors.schema) === undefined) continue;
      const pointer = errors.schema.pointer ?? childPointer(response.pointer, 'schema', 'properties', 'errors');
      found.set(pointer, {
        code: 'TC3001',
        message: '"errors" is declared as one object; JSON:API and the server send an array, so the client reads an array',
        pointer,
      });
    }
  }
  return [...found.values()].sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}
