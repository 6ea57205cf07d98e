import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

/**
 * The YAML 1.2 core schema for js-yaml, with the `yaml` package's rules (the fallback parser, and what
 * earlier versions produced): js-yaml's own core schema also reads `0b101` and `-0x1A` as numbers but not
 * `-.5` or `1e400`. Nothing else is implicit: no timestamps, no `<<` merges, no custom tags.
 */
const NULL = /^(?:~|null|Null|NULL)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const coreNull = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string) => NULL.test(text),
  construct: () => null,
});

const coreBool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) => BOOL.test(text),
  construct: (text: string) => text.toLowerCase() === 'true',
});

const coreInt = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => INT.test(text),
  construct: (text: string) => {
    if (text.startsWith('0o')) return parseInt(text.slice(2), 8);
    if (text.startsWith('0x')) return parseInt(text.slice(2), 16);
    return parseInt(text, 10);
  },
});

const coreFloat = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string) => FLOAT.test(text),
  construct: (text: string) => {
    const special = text.replace(/^[-+]/, '').toLowerCase();
    if (special === '.nan') return Number.NaN;
    if (special === '.inf') return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return Number(text);
  },
});

export const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [coreNull, coreBool, coreInt, coreFloat] });
