import type { Fault } from './types.js';

/** A fault the emulator cannot take (bad regex, bad status, …). */
export class FaultError extends Error {
  override name = 'FaultError';
}

interface ActiveFault {
  fault: Fault;
  pattern: RegExp | undefined;
  remaining: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a fault (it may come as JSON from another process) and returns it typed. */
export function parseFault(value: unknown): Fault {
  if (!isRecord(value)) throw new FaultError('a fault must be a JSON object');
  const known = ['method', 'path', 'times', 'status', 'body', 'headers', 'cut', 'latencyMs'];
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new FaultError(`unknown fault field(s): ${unknown.join(', ')}`);
  const { method, path, times, status, headers, cut, latencyMs } = value;
  if (method !== undefined && typeof method !== 'string') throw new FaultError('method must be a string');
  if (path !== undefined) {
    if (typeof path !== 'string') throw new FaultError('path must be a regex source string');
    try {
      new RegExp(path);
    } catch (error) {
      throw new FaultError(`path is not a valid regex: ${(error as Error).message}`);
    }
  }
  if (times !== undefined && (typeof times !== 'number' || !Number.isInteger(times) || times < 1)) {
    throw new FaultError('times must be a positive integer');
  }
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)) {
    throw new FaultError('status must be an HTTP status code (100-599)');
  }
  if (headers !== undefined && !(isRecord(headers) && Object.values(headers).every((v) => typeof v === 'string'))) {
    throw new FaultError('headers must be an object of strings');
  }
  if (cut !== undefined && cut !== 'before' && cut !== 'after') throw new FaultError("cut must be 'before' or 'after'");
  if (latencyMs !== undefined && (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0)) {
    throw new FaultError('latencyMs must be a number >= 0');
  }
  return structuredClone(value);
}

/** Injected faults, matched in the order they were added; each match uses up one of its `times`. */
export class FaultList {
  private active: ActiveFault[] = [];

  add(value: unknown): void {
    const fault = parseFault(value);
    this.active.push({
      fault,
      pattern: fault.path === undefined ? undefined : new RegExp(fault.path),
      remaining: fault.times ?? 1,
    });
  }

  clear(): void {
    this.active = [];
  }

  /** The first fault matching the request, counted as used; undefined when none. */
  take(method: string, path: string): Fault | undefined {
    const match = this.active.find(
      (a) => (a.fault.method === undefined || a.fault.method.toUpperCase() === method.toUpperCase()) && (a.pattern === undefined || a.pattern.test(path)),
    );
    if (!match) return undefined;
    match.remaining -= 1;
    if (match.remaining <= 0) this.active = this.active.filter((a) => a !== match);
    return match.fault;
  }

  /** The faults still armed, with `times` showing what is left. */
  pending(): Fault[] {
    return this.active.map((a) => ({ ...structuredClone(a.fault), times: a.remaining }));
  }
}
