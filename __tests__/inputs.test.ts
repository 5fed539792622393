import { afterEach, describe, expect, it } from 'vitest';
import { InputError, getInputs, parseDuration } from '../src/inputs.js';

/** @actions/core reads inputs from INPUT_<NAME> (upper case, spaces as _). */
const set: string[] = [];
function input(name: string, value: string): void {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  process.env[key] = value;
  set.push(key);
}
afterEach(() => {
  for (const key of set.splice(0)) delete process.env[key];
});

describe('wait-timeout', () => {
  it('defaults to 30 minutes and reads durations and bare seconds', () => {
    expect(getInputs().waitTimeoutMs).toBe(30 * 60_000);
    input('wait-timeout', '1h30m');
    expect(getInputs().waitTimeoutMs).toBe(90 * 60_000);
    expect(parseDuration('wait-timeout', '90')).toBe(90_000);
    expect(parseDuration('wait-timeout', ' 2m5s ')).toBe(125_000);
    expect(parseDuration('wait-timeout', '6h')).toBe(6 * 3_600_000);
  });

  it.each(['0', '0s', '0h0m', '00', '7h', '400m', '99999', '-5', '1.5m', '15 m', 'm', 'soon'])('refuses %j with a clear input error', (value) => {
    input('wait-timeout', value);
    let error: unknown;
    try {
      getInputs();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`Input wait-timeout must be a duration from 1s to 6h, like 90s, 15m or 1h30m (got "${value}").`);
  });
});
