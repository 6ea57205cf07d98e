import fc from 'fast-check';

/**
 * Spec text built to break a code generator: comment and string terminators of every kind, template
 * holes, line terminators JavaScript honours (U+2028/U+2029), HTML terminators, names that are reserved,
 * start with digits, shadow prototype members or collide after case changes, and payloads that would
 * set a canary global or print to stdout if they ever reached the output as code.
 */
export const CANARY = '__twineFuzzCanary';

export const PAYLOADS: readonly string[] = [
  `*/globalThis.${CANARY}=1;/*`,
  `";globalThis.${CANARY}=1;//`,
  `';globalThis.${CANARY}=1;//`,
  `\`;globalThis.${CANARY}=1;//`,
  `\${globalThis.${CANARY}=1}`,
  `\nglobalThis.${CANARY}=1//`,
  `\u2028globalThis.${CANARY}=1//`,
  `\u2029globalThis.${CANARY}=1//`,
  `</script><script>globalThis.${CANARY}=1</script>`,
  `\\";console.log('PWNED');//`,
  `'+console.log("PWNED")+'`,
  `}); console.log("PWNED"); ({`,
];

const FRAGMENTS: readonly string[] = [
  '*/', '/*', '//', '"', "'", '`', '${', '}', '{', '\\', '\\u0022', '\u2028', '\u2029', '\n', '\r\n', '\r', '\t',
  '\u0000', '\u00a0', '\ufeff', '</script>', '<!--', '-->', '@param', '@ts-ignore', 'é', '日本', '😀',
  '0', '9lives', '1e3', 'class', 'delete', 'default', 'export', 'import', 'await', 'yield', 'enum', 'type',
  'constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then',
  'Promise', 'Error', 'createClient', 'ApiError', 'Client', 'clientDefaults', 'transport',
  'get', 'Get', 'GET', 'get_', 'get-', 'a', 'A', 'x', ' ', '-', '_', '.', '~', '#', '%', '?', '&', '=', '[', ']', '$',
];

/** One fragment, or a short run of fragments and payloads (the shrinker then finds the smallest). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

/** A name: hostile text, or a plain word whose case variants collide (`get`, `Get`, `GET`). */
export const hostileName: fc.Arbitrary<string> = fc.oneof(
  hostileText,
  fc.constantFrom('item', 'Item', 'ITEM', 'item_', 'item-', 'items', 'get', 'Get', 'constructor', '__proto__', '2fast', 'class'),
);

/** Unique names for the keys of one object (JSON object keys cannot repeat). */
export function uniqueNames(min: number, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(hostileName, { minLength: min, maxLength: max });
}

/** A JSON value for `default`, `example`, `x-` extensions: hostile strings in every position. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(hostileName, tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Text with `drop` characters removed, never empty (for places with a grammar: paths, hosts). */
export function without(text: string, drop: RegExp, fallback = 'x'): string {
  const kept = text.replace(drop, '');
  return kept === '' ? fallback : kept;
}
