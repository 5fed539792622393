/**
 * A tiny schema DSL. The config's structure is described once with these constructors
 * (see schema.ts); the structural validator (structure.ts), the JSON Schema (json-schema.ts)
 * and the TypeScript type of the validated value (`Parsed`) are all derived from it.
 */
import type { EnvRef } from './types.js';

interface Described {
  readonly description: string;
}

/** A string; `envRefs` says whether a whole-value `${NAME}` reference may stand in for it. */
export interface StringSchema<R extends boolean = boolean> extends Described {
  readonly kind: 'string';
  readonly envRefs: R;
}

/** A write-only value that must be a `${NAME}` reference, never a literal. */
export interface SecretSchema extends Described {
  readonly kind: 'secret';
  /** Suffix of the variable name suggested when a literal is found, e.g. `PASSWORD`. */
  readonly envHint: string;
  /** A sibling field whose value names the variable better than `envHint` (a header's `name`). */
  readonly envHintFrom?: string;
}

export interface IntSchema extends Described {
  readonly kind: 'int';
  readonly minimum?: number;
}

export interface BoolSchema extends Described {
  readonly kind: 'bool';
}

/** A resource named by its numeric id or by its label (a literal string), e.g. an LKE cluster. */
export interface IdOrLabelSchema extends Described {
  readonly kind: 'idOrLabel';
}

export interface EnumSchema<V extends string = string> extends Described {
  readonly kind: 'enum';
  readonly values: readonly V[];
}

export interface ConstSchema<V extends number = number> extends Described {
  readonly kind: 'const';
  readonly value: V;
}

export interface SeqSchema<I extends Schema = Schema> extends Described {
  readonly kind: 'seq';
  readonly items: I;
  readonly minItems?: number;
}

/** Rules for the keys of a map, which are user-chosen names (labels). */
export interface KeyRules {
  /** What a key is, for messages: `destination label`. */
  readonly what: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** A mapping from user-chosen keys to values of one schema. */
export interface MapSchema<V extends Schema = Schema> extends Described {
  readonly kind: 'map';
  readonly values: V;
  readonly keys: KeyRules;
}

export interface Field<S extends Schema = Schema> {
  readonly schema: S;
  readonly required: boolean;
  /** Applied when the field is absent; also the JSON Schema `default`. */
  readonly default?: string | number | boolean;
}

export type Fields = { readonly [name: string]: Field };

/** A mapping with fixed field names; any other key is an error. */
export interface ObjectSchema<F extends Fields = Fields> extends Described {
  readonly kind: 'object';
  readonly fields: F;
  /** Fields no longer accepted, with why and what to do instead. */
  readonly retired?: { readonly [name: string]: string };
}

/**
 * A mapping whose allowed fields depend on the value of one field (the tag), e.g. a destination's
 * `details` depends on its `type`. Every tag value has a variant, possibly with no extra fields.
 */
export interface TaggedSchema<
  T extends string = string,
  V extends string = string,
  C extends Fields = Fields,
  Variants extends { readonly [K in V]: Fields } = { readonly [K in V]: Fields },
> extends Described {
  readonly kind: 'tagged';
  readonly tag: T;
  readonly tagDescription: string;
  readonly tagValues: readonly V[];
  readonly common: C;
  readonly variants: Variants;
}

export type Schema =
  StringSchema | SecretSchema | IntSchema | BoolSchema | IdOrLabelSchema | EnumSchema | ConstSchema | SeqSchema | MapSchema | ObjectSchema | TaggedSchema;

/**
 * A string written in the file itself. A `${NAME}` reference is refused here: a host, a path or a
 * label decides where data (and credentials) go, and the file that names it is untrusted data.
 */
export const string = (description: string): StringSchema<false> => ({ kind: 'string', envRefs: false, description });

/**
 * A credential that is not write-only (a key id, a user name, a certificate): written literally or
 * as a `${NAME}` reference. These are the only plain strings a reference may stand in for.
 */
export const credential = (description: string): StringSchema<true> => ({ kind: 'string', envRefs: true, description });

export const secret = (description: string, envHint: string, envHintFrom?: string): SecretSchema => ({
  kind: 'secret',
  description,
  envHint,
  ...(envHintFrom === undefined ? {} : { envHintFrom }),
});

export const int = (description: string, minimum?: number): IntSchema => ({
  kind: 'int',
  description,
  ...(minimum === undefined ? {} : { minimum }),
});

export const bool = (description: string): BoolSchema => ({ kind: 'bool', description });

export const idOrLabel = (description: string): IdOrLabelSchema => ({ kind: 'idOrLabel', description });

export const oneOf = <const V extends string>(values: readonly V[], description: string): EnumSchema<V> => ({
  kind: 'enum',
  values,
  description,
});

export const constant = <const V extends number>(value: V, description: string): ConstSchema<V> => ({
  kind: 'const',
  value,
  description,
});

export const seq = <I extends Schema>(items: I, description: string, minItems?: number): SeqSchema<I> => ({
  kind: 'seq',
  items,
  description,
  ...(minItems === undefined ? {} : { minItems }),
});

export const map = <V extends Schema>(values: V, keys: KeyRules, description: string): MapSchema<V> => ({
  kind: 'map',
  values,
  keys,
  description,
});

export const object = <const F extends Fields>(fields: F, description: string, retired?: ObjectSchema['retired']): ObjectSchema<F> => ({
  kind: 'object',
  fields,
  description,
  ...(retired === undefined ? {} : { retired }),
});

export const tagged = <const T extends string, const V extends string, const C extends Fields, const Variants extends { readonly [K in V]: Fields }>(spec: {
  tag: T;
  tagDescription: string;
  tagValues: readonly V[];
  common: C;
  variants: Variants;
  description: string;
}): TaggedSchema<T, V, C, Variants> => ({ kind: 'tagged', ...spec });

export const required = <S extends Schema>(schema: S): Field<S> => ({ schema, required: true });

export const optional = <S extends Schema>(schema: S, defaultValue?: string | number | boolean): Field<S> => ({
  schema,
  required: false,
  ...(defaultValue === undefined ? {} : { default: defaultValue }),
});

/**
 * The type of a structurally validated value. Loose on purpose: an invalid field is dropped (and
 * reported), so every field is optional and sequence items and map values may be undefined.
 */
export type Parsed<S> =
  S extends StringSchema<false>
    ? string
    : S extends StringSchema
      ? string | EnvRef
      : S extends SecretSchema
        ? EnvRef
        : S extends IntSchema
          ? number
          : S extends BoolSchema
            ? boolean
            : S extends IdOrLabelSchema
              ? number | string
              : S extends EnumSchema<infer V>
                ? V
                : S extends ConstSchema<infer V>
                  ? V
                  : S extends SeqSchema<infer I>
                    ? ReadonlyArray<Parsed<I> | undefined>
                    : S extends MapSchema<infer V>
                      ? ReadonlyMap<string, Parsed<V> | undefined>
                      : S extends ObjectSchema<infer F>
                        ? ParsedFields<F>
                        : S extends TaggedSchema<infer T, infer V, infer C, infer Variants>
                          ? ParsedTagged<T, V, C, Variants>
                          : never;

export type ParsedFields<F extends Fields> = { readonly [K in keyof F]?: Parsed<F[K]['schema']> };

/** A union on the tag, so `if (d.type === 'custom_https')` narrows `d.details`. */
export type ParsedTagged<T extends string, V extends string, C extends Fields, Variants extends { readonly [K in V]: Fields }> =
  ({ readonly [K in T]?: undefined } & ParsedFields<C>) | { [N in V]: { readonly [K in T]: N } & ParsedFields<C> & ParsedFields<Variants[N]> }[V];
