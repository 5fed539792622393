import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { fixture } from './fixture.js';

const SCHEMA_FILE = 'schema/linode-logs.schema.json';
const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

// Regenerate with: UPDATE_SCHEMA=1 npx vitest run __tests__/config/json-schema.test.ts
if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);

type Schema = boolean | { [keyword: string]: unknown };

/**
 * Just enough of draft 2020-12 to check the keywords the generator emits, so the test needs no
 * validator dependency. Returns the paths that fail.
 */
function check(schema: Schema, value: unknown, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const s = schema as Record<string, unknown> & { properties?: Record<string, Schema> };
  const errors: string[] = [];
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const type = s.type as string | undefined;
  const typeOk =
    type === undefined ||
    (type === 'object' && isObject) ||
    (type === 'array' && Array.isArray(value)) ||
    (type === 'string' && typeof value === 'string') ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'integer' && Number.isInteger(value));
  if (!typeOk) return [`${path}: not ${type}`];
  if ('const' in s && value !== s.const) errors.push(`${path}: not ${String(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(value)) errors.push(`${path}: not in enum`);
  if (typeof s.minimum === 'number' && typeof value === 'number' && value < s.minimum) errors.push(`${path}: below minimum`);
  if (typeof s.pattern === 'string' && typeof value === 'string' && !new RegExp(s.pattern, 'u').test(value)) {
    errors.push(`${path}: pattern`);
  }
  if (s.not !== undefined && check(s.not as Schema, value, path).length === 0) errors.push(`${path}: matches not`);
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${path}: too few items`);
    if (s.items !== undefined) value.forEach((item, i) => errors.push(...check(s.items as Schema, item, `${path}[${i}]`)));
  }
  if (isObject) {
    const object = value as Record<string, unknown>;
    for (const name of (s.required as string[] | undefined) ?? []) if (!(name in object)) errors.push(`${path}: missing ${name}`);
    for (const [name, item] of Object.entries(object)) {
      const names = s.propertyNames as { minLength?: number; maxLength?: number } | undefined;
      if (names && ((names.minLength ?? 0) > name.length || (names.maxLength ?? Infinity) < name.length)) {
        errors.push(`${path}.${name}: bad name`);
      }
      const own = s.properties?.[name];
      if (own !== undefined) errors.push(...check(own, item, `${path}.${name}`));
      else if (s.additionalProperties !== undefined) errors.push(...check(s.additionalProperties as Schema, item, `${path}.${name}`));
    }
  }
  for (const part of (s.allOf as Array<{ if: Schema; then: Schema }> | undefined) ?? []) {
    if (check(part.if, value, path).length === 0) errors.push(...check(part.then, value, path));
  }
  return errors;
}

const schema = configJsonSchema();
/** The example as plain data, loosely typed so each case below can break it in one line. */
type Loose = any;
const exampleValue = (): Loose => parse(fixture('example.yml'));

describe('the JSON Schema', () => {
  it('is committed as generated', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });

  it('is draft 2020-12 and closed at every level', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['version']);
    const text = JSON.stringify(schema);
    expect(text).not.toContain('"additionalProperties":true');
  });

  it('describes every property (outside if/then selectors)', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [name, property] of Object.entries(properties ?? {})) {
        if (typeof property === 'object' && property !== null && !('description' in property)) undescribed.push(`${path}.${name}`);
      }
      // An `if` only selects a variant by its tag; editors show the descriptions from `then`.
      for (const [key, child] of Object.entries(node)) if (key !== 'if') walk(child, `${path}/${key}`);
    };
    walk(schema, '$');
    expect(undescribed).toEqual([]);
  });

  it('accepts the contract example and the valid fixtures', () => {
    expect(check(schema, exampleValue())).toEqual([]);
    for (const name of ['minimal', 'defaults-and-order', 'stream-quota-2', 'client-certificate']) {
      expect(check(schema, parse(fixture(`valid/${name}.yml`))), name).toEqual([]);
    }
  });

  it('rejects unknown fields, bad enums, missing required fields and literal secrets', () => {
    const cases: Array<[string, (c: Loose) => void, string]> = [
      ['unknown field', (c) => (c.destinations.siem.details.colour = 'blue'), '$.destinations.siem.details.colour: not allowed'],
      ['bad enum', (c) => (c.destinations.siem.details.data_compression = 'zip'), '$.destinations.siem.details.data_compression: not in enum'],
      ['missing field', (c) => delete c.destinations['audit-bucket'].details.host, '$.destinations.audit-bucket.details: missing host'],
      ['version', (c) => (c.version = 2), '$.version: not 1'],
      [
        'literal secret',
        (c) => (c.destinations.siem.details.custom_headers[0].value = 'token'),
        '$.destinations.siem.details.custom_headers[0].value: pattern',
      ],
      [
        'partial reference',
        (c) => (c.destinations.siem.details.authentication.details.basic_authentication_user = 'u-${USER}'),
        '$.destinations.siem.details.authentication.details.basic_authentication_user: pattern',
      ],
      [
        'reference outside a credential',
        (c) => (c.destinations.siem.details.endpoint_url = '${HOST}'),
        '$.destinations.siem.details.endpoint_url: matches not',
      ],
      ['details on audit_logs', (c) => (c.streams['linode-audit'].details = { cluster_ids: [1] }), '$.streams.linode-audit.details: not allowed'],
      ['lke without details', (c) => delete c.streams['lke-audit'].details, '$.streams.lke-audit: missing details'],
      [
        'none with details',
        (c) => (c.destinations.siem.details.authentication.type = 'none'),
        '$.destinations.siem.details.authentication.details: not allowed',
      ],
      ['short stream label', (c) => (c.streams.ab = c.streams['linode-audit']), '$.streams.ab: bad name'],
    ];
    for (const [name, edit, expected] of cases) {
      const config = exampleValue();
      edit(config);
      expect(check(schema, config), name).toContain(expected);
    }
  });
});
