/**
 * Every identifier the generator writes is made here, from spec text that may be anything. The output is
 * checked against a strict ASCII grammar, never trusted: what does not fit is rebuilt from its words,
 * a leading digit gets a `_`, and reserved words get a trailing `_`. Collisions are resolved per scope by
 * a NameScope, in the order names are claimed, so the result is deterministic.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * ECMAScript reserved words plus strict-mode and TypeScript words that cannot name a value or type, and
 * `then`: a module (or client object) exporting `then` is a thenable, so `await import(...)` would call
 * it as `then(resolve, reject)` and never settle.
 */
const RESERVED = new Set(
  (
    'then ' +
    'break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if import in instanceof new null return super switch this throw true try typeof var void ' +
    'while with yield let static implements interface package private protected public await arguments eval ' +
    'any boolean never number object string symbol undefined unknown bigint as async declare from get is ' +
    'keyof module namespace of readonly require set type infer satisfies constructor prototype'
  ).split(' '),
);

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text) && !RESERVED.has(text);
}

/** Splits spec text into words at separators and case changes: `fetch-patient_byID` -> fetch, patient, by, ID. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents detached by NFKD
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function finish(candidate: string, fallback: string): string {
  let name = candidate === '' ? fallback : candidate;
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (RESERVED.has(name)) name = `${name}_`;
  if (!IDENTIFIER.test(name)) throw new Error(`internal: identifier grammar violated by ${JSON.stringify(name)}`);
  return name;
}

/**
 * A value name (function, variable, method): kept as written when it already is a safe identifier
 * (`fetchPatients`, `create_token`), otherwise camelCased from its words.
 */
export function valueName(text: string): string {
  if (IDENTIFIER.test(text)) return finish(text, 'operation');
  const parts = words(text);
  const camel = parts.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : capitalize(w))).join('');
  return finish(camel, 'operation');
}

/** A type name: PascalCase from the text's words (`holder` -> `Holder`, `models.Patient` -> `ModelsPatient`). */
export function typeName(text: string): string {
  const pascal = IDENTIFIER.test(text) ? capitalize(text) : words(text).map(capitalize).join('');
  return finish(pascal, 'Type');
}

/** PascalCase from the text's words, always (`calendar_event` -> `CalendarEvent`): for JSON:API type names. */
export function pascalName(text: string): string {
  return finish(words(text).map(capitalize).join(''), 'Resource');
}

/**
 * One namespace of generated names. `claim` returns the wanted name, or the first free `name2`, `name3`...
 * Names compare case-sensitively, but two names differing only in case also collide, because packages are
 * read on case-insensitive file systems and by people. A scope may also avoid the exact names of a sibling
 * scope: the package root re-exports values and types from several modules, where a type and a value of
 * the same name would be ambiguous.
 */
export class NameScope {
  private readonly taken = new Set<string>();
  private readonly exact = new Set<string>();
  private sibling: NameScope | undefined;

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name.toLowerCase()) || this.sibling?.exact.has(name) === true; n++) name = `${wanted}${n}`;
    this.taken.add(name.toLowerCase());
    this.exact.add(name);
    return name;
  }

  /** Makes this scope avoid the exact names `other` claims, as `other` avoids this one's. */
  pairWith(other: NameScope): void {
    this.sibling = other;
    other.sibling = this;
  }
}
