/**
 * Keeps secrets out of everything a user or a log can see. Two layers: known secret values (client secret,
 * every token the client has held) are replaced wherever they occur in text, and secret-looking names
 * (Authorization headers, `client_secret=`/`access_token=` query values) are masked even before their
 * values are known.
 */

export const REDACTED = '[REDACTED]';

const SECRET_NAME =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|.*(secret|token|password).*)$/i;

/** Tokens rotate; remembering the most recent ones is enough to catch stale copies in messages. */
const MAX_REMEMBERED = 64;

export class Redactor {
  readonly #secrets: string[] = [];

  /** Registers a value that must never be shown. Empty values are ignored. */
  add(secret: string | undefined): void {
    if (!secret || this.#secrets.includes(secret)) return;
    this.#secrets.push(secret);
    // Longest first, so a secret that contains another is replaced whole.
    this.#secrets.sort((a, b) => b.length - a.length);
    if (this.#secrets.length > MAX_REMEMBERED) this.#secrets.pop();
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.#secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }

  url(value: string): string {
    return this.text(redactQueryByName(value));
  }

  headers(headers: Readonly<Record<string, string>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      out[name] = SECRET_NAME.test(name) ? maskHeaderValue(value) : this.text(value);
    }
    return out;
  }

  /** Deep copy of JSON-like data with secret-named fields masked and secret values replaced. */
  json<T>(value: T): T {
    return redactJson(value, this) as T;
  }
}

function maskHeaderValue(value: string): string {
  const scheme = /^(Bearer|Basic|Token)\s/i.exec(value);
  return scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
}

function redactQueryByName(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hashAt = url.indexOf('#', q);
  const query = hashAt < 0 ? url.slice(q + 1) : url.slice(q + 1, hashAt);
  const rest = hashAt < 0 ? '' : url.slice(hashAt);
  const parts = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    if (eq < 0) return pair;
    const name = safeDecode(pair.slice(0, eq));
    return SECRET_NAME.test(name) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
  });
  return `${url.slice(0, q)}?${parts.join('&')}${rest}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function redactJson(value: unknown, redactor: Redactor): unknown {
  if (typeof value === 'string') return redactor.text(value);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, redactor));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] =
        SECRET_NAME.test(key) && typeof item === 'string' ? REDACTED : redactJson(item, redactor);
    }
    return out;
  }
  return value;
}
