import { isEnvRef, isManagedKeyRef, type DesiredValue } from '../config/types.js';
import type { JsonValue } from '../linode/types.js';
import type { Shown } from './types.js';

/** How a managed key that this plan creates is shown before it exists. */
export const NEW_MANAGED_KEY = '(new managed key)';

/** A leaf of a resource: how to show it, and what to compare (undefined: cannot be compared). */
export interface Leaf {
  shown: Shown;
  compare: JsonValue | undefined;
}

/**
 * Values the API fills in or reports for "not set" are the same as the field being absent:
 * `path: ''`, `content_type: null`, `custom_headers: []`, `details: null`. Dropping them on both
 * sides is what lets an applied config re-plan to zero changes.
 */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !isEnvRef(value) && !isManagedKeyRef(value)) return Object.keys(value).length === 0;
  return false;
}

function isPrimitiveArray(value: unknown[]): boolean {
  return value.every((item) => item === null || typeof item !== 'object');
}

/** Arrays of primitives (e.g. `cluster_ids`) compare as one value; arrays of objects by index. */
function leafOfArray(values: JsonValue[], unordered: boolean): Leaf {
  const value = unordered ? [...values].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b), 'en', { numeric: true })) : values;
  return { shown: { kind: 'value', value }, compare: value };
}

export interface FlattenOptions {
  /** Paths of primitive arrays whose order does not matter. */
  unordered?: ReadonlySet<string>;
}

/** Flattens a desired value into `path → leaf`, keeping `${NAME}` references unrevealed. */
export function flattenDesired(value: DesiredValue, prefix: string, out: Map<string, Leaf>, options: FlattenOptions = {}): Map<string, Leaf> {
  if (isEnvRef(value)) {
    out.set(
      prefix,
      value.secret
        ? { shown: { kind: 'sensitive', name: value.name }, compare: undefined }
        : { shown: { kind: 'env', name: value.name, known: value.value !== undefined }, compare: value.value },
    );
    return out;
  }
  if (isManagedKeyRef(value)) {
    // Made at apply, so never equal to what is live: the plan says where it changes (plan/keys.ts).
    out.set(
      prefix,
      value.part === 'secret_key'
        ? { shown: { kind: 'sensitive', name: 'managed key secret' }, compare: undefined }
        : { shown: { kind: 'value', value: NEW_MANAGED_KEY }, compare: undefined },
    );
    return out;
  }
  if (isEmpty(value)) return out;
  if (Array.isArray(value)) {
    if (isPrimitiveArray(value)) {
      out.set(prefix, leafOfArray(value as JsonValue[], options.unordered?.has(prefix) ?? false));
      return out;
    }
    value.forEach((item, index) => flattenDesired(item, `${prefix}[${index}]`, out, options));
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) flattenDesired(item, prefix ? `${prefix}.${key}` : key, out, options);
    return out;
  }
  out.set(prefix, { shown: { kind: 'value', value }, compare: value });
  return out;
}

/** Flattens a live (API) value into `path → leaf`. */
export function flattenLive(value: JsonValue | undefined, prefix: string, out: Map<string, Leaf>, options: FlattenOptions = {}): Map<string, Leaf> {
  if (value === undefined || isEmpty(value)) return out;
  if (Array.isArray(value)) {
    if (isPrimitiveArray(value)) {
      out.set(prefix, leafOfArray(value, options.unordered?.has(prefix) ?? false));
      return out;
    }
    value.forEach((item, index) => flattenLive(item, `${prefix}[${index}]`, out, options));
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) flattenLive(item, prefix ? `${prefix}.${key}` : key, out, options);
    return out;
  }
  out.set(prefix, { shown: { kind: 'value', value }, compare: value });
  return out;
}

/** Structural equality of JSON values, key order ignored. */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  const aObj = a as Record<string, JsonValue>;
  const bObj = b as Record<string, JsonValue>;
  const keys = Object.keys(aObj);
  return keys.length === Object.keys(bObj).length && keys.every((key) => jsonEqual(aObj[key], bObj[key]));
}
