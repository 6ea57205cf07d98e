import { validate } from './swagger2-validator.gen.js';

/** One error of the Swagger 2.0 JSON Schema, as Ajv reports it. */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/**
 * Validates a document against the official Swagger 2.0 JSON Schema (the one swagger-parser uses, compiled
 * ahead of time) without dereferencing it, so every error points at the node as written.
 */
export function swagger2SchemaErrors(document: unknown): readonly SchemaError[] {
  const valid = validate(document) as boolean;
  return valid ? [] : ((validate as unknown as { errors: SchemaError[] }).errors ?? []);
}
