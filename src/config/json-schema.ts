import type { Field, Fields, Schema, TaggedSchema } from './descriptors.js';
import { ENV_REF_OR_PLAIN_PATTERN, ENV_REF_PATTERN } from './env-refs.js';
import { configSchema } from './schema.js';

export type JsonSchema = { [key: string]: unknown };

/**
 * The config file's JSON Schema (draft 2020-12), derived from the same description as the
 * validator. Editors use it for completion and checks; semantic rules (cross-references, bucket
 * names, …) are only in the validator.
 */
export function configJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Linode log streams config',
    ...toJsonSchema(configSchema),
  };
}

function toJsonSchema(schema: Schema): JsonSchema {
  const { description } = schema;
  switch (schema.kind) {
    case 'string':
      // A plain string, or a whole-value `${NAME}` reference where allowed; never a partial one.
      return schema.envRefs ? { type: 'string', description, pattern: ENV_REF_OR_PLAIN_PATTERN } : { type: 'string', description, not: { pattern: '\\$\\{' } };
    case 'secret':
      return { type: 'string', description, pattern: ENV_REF_PATTERN };
    case 'int':
      return { type: 'integer', description, ...(schema.minimum === undefined ? {} : { minimum: schema.minimum }) };
    case 'bool':
      return { type: 'boolean', description };
    case 'idOrLabel':
      return {
        description,
        oneOf: [
          { type: 'integer', minimum: 1 },
          { type: 'string', minLength: 1, not: { pattern: '\\$\\{' } },
        ],
      };
    case 'enum':
      return { type: 'string', description, enum: [...schema.values] };
    case 'const':
      return { description, const: schema.value };
    case 'seq':
      return {
        type: 'array',
        description,
        items: toJsonSchema(schema.items),
        ...(schema.minItems === undefined ? {} : { minItems: schema.minItems }),
      };
    case 'map':
      return {
        type: 'object',
        description,
        propertyNames: {
          type: 'string',
          ...(schema.keys.minLength === undefined ? {} : { minLength: schema.keys.minLength }),
          ...(schema.keys.maxLength === undefined ? {} : { maxLength: schema.keys.maxLength }),
        },
        additionalProperties: toJsonSchema(schema.values),
      };
    case 'object':
      return { type: 'object', description, ...properties(schema.fields), additionalProperties: false };
    case 'tagged':
      return tagged(schema);
  }
}

function property(field: Field): JsonSchema {
  const schema = toJsonSchema(field.schema);
  return field.default === undefined ? schema : { ...schema, default: field.default };
}

function properties(fields: Fields): { properties: JsonSchema; required?: string[] } {
  const required = Object.entries(fields)
    .filter(([, field]) => field.required)
    .map(([name]) => name);
  return {
    properties: Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, property(field)])),
    ...(required.length === 0 ? {} : { required }),
  };
}

/** `Depends on type. basic: Credentials …` for a field that only some variants have. */
function variantFieldDescription(schema: TaggedSchema, name: string): string {
  const uses = schema.tagValues.flatMap((value) => {
    const field = schema.variants[value]?.[name];
    return field === undefined ? [] : [`${value}: ${field.schema.description}`];
  });
  return [`Depends on ${schema.tag}.`, ...uses].join(' ');
}

/**
 * Variant fields are listed with only a description (so `additionalProperties: false` admits them) and
 * constrained in one if/then per tag value; a field of another variant is `false` there.
 */
function tagged(schema: TaggedSchema): JsonSchema {
  const variantFields = [...new Set(schema.tagValues.flatMap((value) => Object.keys(schema.variants[value] ?? {})))];
  const common = properties(schema.common);
  return {
    type: 'object',
    description: schema.description,
    properties: {
      [schema.tag]: { type: 'string', description: schema.tagDescription, enum: [...schema.tagValues] },
      ...common.properties,
      ...Object.fromEntries(variantFields.map((name) => [name, { description: variantFieldDescription(schema, name) }])),
    },
    required: [schema.tag, ...(common.required ?? [])],
    additionalProperties: false,
    allOf: schema.tagValues.map((value) => {
      const fields = schema.variants[value] ?? {};
      const own = properties(fields);
      const others = variantFields.filter((name) => !Object.hasOwn(fields, name));
      return {
        if: { properties: { [schema.tag]: { const: value } }, required: [schema.tag] },
        then: {
          properties: { ...own.properties, ...Object.fromEntries(others.map((name) => [name, false])) },
          ...(own.required === undefined ? {} : { required: own.required }),
        },
      };
    }),
  };
}
