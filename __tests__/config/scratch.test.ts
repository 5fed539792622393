import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { ConfigErrors } from '../../src/config/errors.js';
test('scratch', () => {
  for (const f of readdirSync('__fixtures__/configs/invalid').sort()) {
    const text = readFileSync(`__fixtures__/configs/invalid/${f}`, 'utf8');
    try { loadConfig(text, f, {}); console.log(`== ${f}: LOADED`); } catch (e) {
      if (e instanceof ConfigErrors) console.log(`== ${f}\n` + e.errors.map((x) => x.toString().replace(/d{256}/g, 'D256')).join('\n'));
      else throw e;
    }
  }
  for (const f of readdirSync('__fixtures__/configs/valid').sort()) {
    const text = readFileSync(`__fixtures__/configs/valid/${f}`, 'utf8');
    try { loadConfig(text, f, {}); console.log(`== ${f}: LOADED`); } catch (e) { console.log(String((e as Error).message)); }
  }
});
