/**
 * From a 2xx response to a decoded JSON:API document. Anything else the server sends with a success status
 * (an HTML maintenance page, an empty body, `errors` without `data`, a list where one resource was declared)
 * is an `InvalidResponseError` naming the problem, never an empty result that looks like success.
 */
import type { OperationDescriptor } from '../descriptor.js';
import type { RawResponse } from '../http.js';
import type { CallOptions } from '../options.js';
import { describeBody, invalidResponse } from '../invalid-response.js';
import type { Redactor } from '../redact.js';
import { readResponseBody } from '../response-body.js';
import type { Params } from '../serialize.js';
import type { Transport } from '../transport.js';
import { decodeDocument } from './decode.js';
import { JsonApiDocumentError } from './errors.js';
import { isObject } from './shape.js';
import type { DecodedDocument } from './types.js';

/**
 * What the operation declares as primary data: one resource, a list, a page of a collection (a list, or the
 * meta-only document with `meta.count` that the API sends for page size 0), or anything (`any` also accepts
 * a document without `data`).
 */
export type PrimaryData = 'one' | 'many' | 'page' | 'any';

/** `body` is the response's parsed body, when the caller has already parsed it. */
export function readDocument(
  raw: RawResponse,
  op: OperationDescriptor,
  primary: PrimaryData,
  redactor?: Redactor,
  body: unknown = readResponseBody(raw, op, redactor),
): DecodedDocument {
  const fail = (problem: string, pointer?: string, cause?: unknown): never => {
    throw invalidResponse(raw, op, { problem, body, pointer, cause }, redactor);
  };
  if (!isObject(body))
    return fail(`returned ${describeBody(raw, body)} where a JSON:API document was expected`);
  if (body['data'] === undefined && body['errors'] !== undefined)
    return fail('returned errors with a success status');
  const meta = body['meta'];
  const countOnly =
    primary === 'page' &&
    body['data'] === undefined &&
    isObject(meta) &&
    meta['count'] !== undefined;
  let doc: DecodedDocument;
  try {
    doc = decodeDocument(body, { requireData: primary !== 'any' && !countOnly });
  } catch (error) {
    if (!(error instanceof JsonApiDocumentError)) throw error;
    return fail(`returned a malformed JSON:API document: ${error.message}`, error.pointer, error);
  }
  if (primary === 'one' && !isObject(doc.raw['data']))
    return fail(
      `returned ${describeData(doc.raw['data'])} where one resource was expected`,
      '/data',
    );
  if ((primary === 'many' || (primary === 'page' && !countOnly)) && !Array.isArray(doc.data))
    return fail(`returned ${describeData(doc.raw['data'])} where a list was expected`, '/data');
  return doc;
}

function describeData(data: unknown): string {
  if (data === null) return '"data": null';
  return Array.isArray(data) ? 'a list' : 'one resource';
}

/**
 * What a generated JSON:API operation that is not paged returns: the call's document, decoded and checked.
 *
 * @example export const fetchPatient = (t: Transport, params: FetchPatientParams, init?: CallOptions) =>
 *   callDocument<FetchPatientResult>(t, fetchPatientOp, params, init, 'one');
 */
export function callDocument<TResult>(
  transport: Transport,
  op: OperationDescriptor,
  params: Params,
  init: CallOptions | undefined,
  primary: PrimaryData,
): Promise<TResult> {
  return transport
    .send(op, params, init)
    .then((raw) => readDocument(raw, op, primary, transport.redactor) as TResult);
}
