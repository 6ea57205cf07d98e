/** Reads JSON:API error documents as servers really send them: `errors` as an array, one object, or absent. */

/** One JSON:API error object (https://jsonapi.org/format/1.0/#error-objects). */
export interface JsonApiErrorObject {
  readonly id?: string;
  readonly status?: string;
  readonly code?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly source?: { readonly pointer?: string; readonly parameter?: string };
  readonly meta?: Readonly<Record<string, unknown>>;
}

export interface ErrorBody {
  readonly errors: readonly JsonApiErrorObject[];
  readonly reqId: string | undefined;
}

/** The real spec declares `errors` as one object while the server sends an array; accept both. */
export function normaliseErrorBody(body: unknown): ErrorBody {
  if (!isRecord(body)) return { errors: [], reqId: undefined };
  const raw = body['errors'];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const errors = list.filter(isRecord).map(toErrorObject);
  const meta = body['meta'];
  const reqId = isRecord(meta) && typeof meta['req_id'] === 'string' ? meta['req_id'] : undefined;
  return { errors, reqId };
}

function toErrorObject(raw: Record<string, unknown>): JsonApiErrorObject {
  const out: Record<string, unknown> = {};
  for (const key of ['id', 'status', 'code', 'title', 'detail'] as const) {
    const value = raw[key];
    // Some servers send numeric statuses; JSON:API says strings.
    if (typeof value === 'string' || typeof value === 'number') out[key] = String(value);
  }
  const source = raw['source'];
  if (isRecord(source)) out['source'] = { ...source };
  const meta = raw['meta'];
  if (isRecord(meta)) out['meta'] = { ...meta };
  return out as JsonApiErrorObject;
}

/** `403 Forbidden: A valid bearer token is required (req_id d07c...)` */
export function formatErrorMessage(status: number, statusText: string, body: ErrorBody): string {
  return withErrorDetails(statusText ? `${status} ${statusText}` : String(status), body);
}

/** `head: detail; detail (req_id ...)`: the server's own words, each once, after the client's. */
export function withErrorDetails(head: string, body: ErrorBody): string {
  const details = unique(body.errors.map((e) => e.detail ?? e.title ?? e.code).filter(isNonEmpty));
  const withDetails = details.length > 0 ? `${head}: ${details.join('; ')}` : head;
  return body.reqId ? `${withDetails} (req_id ${body.reqId})` : withDetails;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** HTTP/2 responses carry no reason phrase, so the standard one is looked up. */
export function statusText(status: number, fromResponse = ''): string {
  return STATUS_TEXT[status] ?? fromResponse;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isNonEmpty(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
