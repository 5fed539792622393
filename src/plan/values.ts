/**
 * Desired values as the setup plan reads and shows them: shared by the keys, buckets, clusters
 * and checks, which each need a value shown in a field diff or a detail read as text.
 */
import { isEnvRef } from '../config/types.js';
import type { Shown } from './types.js';

/** A literal shown as it is. */
export function value(v: string | boolean | number): Shown {
  return { kind: 'value', value: v };
}

/** A detail as text: the literal, or the variable's value when it is set; undefined otherwise. */
export function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  return isEnvRef(v) ? v.value : undefined;
}

/** An LKE cluster's tier in words: `tier standard`, or `of unknown tier` when the answer has no `tier`. */
export function tierOf(cluster: { tier?: string }): string {
  return cluster.tier === undefined ? 'of unknown tier (the API did not say)' : `tier ${cluster.tier}`;
}
