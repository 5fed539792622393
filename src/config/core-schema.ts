/**
 * A js-yaml schema that reads scalars as the `yaml` library does with its default schema, the
 * YAML 1.2 core schema. The patterns and conversions are facts copied from yaml 2.x
 * (node_modules/yaml/dist/schema/common/null.js and core/{bool,int,float}.js, in the order yaml
 * tries them); __tests__/config/fast-load.test.ts holds the two parsers to the same values.
 * Nothing else: yaml's core schema has no merge keys (`<<` is a plain key), timestamps, binary,
 * omap, pairs or set.
 */
import { FAILSAFE_SCHEMA, NOT_RESOLVED, defineMappingTag, defineScalarTag } from 'js-yaml';
import { PlainMapping, type PlainValue } from './plain-tree.js';

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

type Resolved<T> = T | typeof NOT_RESOLVED;

function resolveNull(source: string): Resolved<null> {
  return NULL.test(source) ? null : NOT_RESOLVED;
}

function resolveBool(source: string): Resolved<boolean> {
  return BOOL.test(source) ? source[0] === 't' || source[0] === 'T' : NOT_RESOLVED;
}

function resolveInt(source: string): Resolved<number> {
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  return NOT_RESOLVED;
}

function resolveFloat(source: string): Resolved<number> {
  if (FLOAT_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return NOT_RESOLVED;
}

const DIGITS = [...'0123456789'];

/**
 * An implicit tag of the core schema, load-only (the action never writes YAML). `firstChars`: the
 * first characters its patterns can match, so that js-yaml tries only those tags on a plain
 * scalar, and none on most (labels, URLs, `${NAME}`).
 */
function coreTag<T>(name: string, firstChars: string[], resolve: (source: string) => Resolved<T>) {
  return defineScalarTag(`tag:yaml.org,2002:${name}`, { implicit: true, implicitFirstChars: firstChars, resolve, identify: () => false });
}

const nullTag = coreTag('null', ['', '~', 'n', 'N'], resolveNull);
const boolTag = coreTag('bool', ['t', 'T', 'f', 'F'], resolveBool);
const intTag = coreTag('int', [...DIGITS, '-', '+'], resolveInt);
const floatTag = coreTag('float', [...DIGITS, '-', '+', '.'], resolveFloat);

/**
 * Mappings as PlainMapping, with string keys only. js-yaml's own `{}` mapping would turn a plain
 * `123:` or `true:` key into the string "123" or "true" (yaml keeps the number, and the walk
 * reports "must be a string; quote it"), and a `[a]:` key into "a". Here such a key makes js-yaml
 * throw, and the `yaml` path reads the file. A quoted "123" is a string to both parsers, and
 * PlainMapping keeps it in file order, so it is taken (an LKE cluster is named by id that way).
 */
const mappingTag = defineMappingTag<PlainMapping>('tag:yaml.org,2002:map', {
  create: () => new PlainMapping(),
  addPair(mapping, key, value) {
    // The message is never shown.
    if (typeof key !== 'string') return 'a mapping key that is not a string';
    mapping.add(key, value as PlainValue);
    return '';
  },
  has: (mapping, key) => typeof key === 'string' && mapping.has(key),
  // For merge keys, which this schema does not have; js-yaml asks for them all the same.
  keys: (mapping) => mapping.entries.map((entry) => entry.key),
  get: (mapping, key) => (typeof key === 'string' ? mapping.get(key) : undefined),
  identify: () => false,
});

/** Strings and sequences as js-yaml reads them (failsafe), the rest as above. */
export const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.withTags(nullTag, boolTag, intTag, floatTag, mappingTag);
