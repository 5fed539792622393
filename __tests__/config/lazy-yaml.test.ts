import { expect, it, vi } from 'vitest';

const VALID = `version: 1
destinations:
  siem:
    type: custom_https
    details:
      endpoint_url: https://siem.example.com/ingest
      data_compression: gzip
      authentication: { type: none }
`;

/** The loader in a fresh module graph, and the list of times it loaded the yaml library. */
async function freshLoader() {
  vi.resetModules();
  const loads: string[] = [];
  vi.doMock('yaml', async (importOriginal) => {
    loads.push('yaml');
    return importOriginal();
  });
  const { loadConfig } = await import('../../src/config/load.js');
  return { loadConfig, loads };
}

it('loads a valid file without the yaml library, and loads it for a position', async () => {
  const { loadConfig, loads } = await freshLoader();
  const loaded = await loadConfig(VALID, 'f.yml', {});
  expect(loads).toEqual([]);
  expect(await loaded.source.locate(['destinations', 'siem', 'details', 'endpoint_url'])).toEqual({ line: 6, col: 21 });
  expect(loads).toEqual(['yaml']);
});

it('reports an invalid file with the yaml library', async () => {
  const { loadConfig, loads } = await freshLoader();
  await expect(loadConfig('version: 2\n', 'f.yml', {})).rejects.toThrow(/version: must be 1 \(got 2\)/);
  expect(loads).toEqual(['yaml']);
});
