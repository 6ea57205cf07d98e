import { asObject, type JsonObject } from '../json.js';
import type { Finding } from '../finding.js';

/**
 * TC2010: `info.version` written as a YAML or JSON number (`version: 7.78`). Swagger 2.0 wants a string,
 * but the intent is plain, so it is recoverable: the version is read as the number's text. YAML has already
 * turned `7.10` into 7.1 by then, which is why the message asks for quotes.
 */
export function checkInfoVersion(document: JsonObject): Finding[] {
  const version = asObject(document['info'])?.['version'];
  if (typeof version !== 'number') return [];
  return [
    {
      code: 'TC2010',
      pointer: '#/info/version',
      message: `info.version must be a string; read as "${String(version)}" (quote it: an unquoted 7.10 is the number 7.1)`,
      fix: { op: 'set', at: '#/info/version', value: String(version) },
    },
  ];
}
