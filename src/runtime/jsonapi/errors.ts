/**
 * Thrown when a JSON:API document (a response body, or an input about to be encoded) does not have the shape
 * JSON:API 1.0 requires. Messages name the place (a JSON pointer) and the expected shape, never the value:
 * documents carry tokens and personal data that must not leak into logs.
 */
export class JsonApiDocumentError extends Error {
  override readonly name = 'JsonApiDocumentError';
  /** JSON pointer into the document (`/included/3/type`); empty for the document itself. */
  readonly pointer: string;

  constructor(message: string, pointer: string) {
    super(pointer === '' ? message : `${message} (at ${pointer})`);
    this.pointer = pointer;
  }
}

/** What a value is, for messages, without its content. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
