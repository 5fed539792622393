import { describe, expect, it } from 'vitest';
import type { ObjectStorageEndpoint } from '../../src/linode/account-types.js';
import { endpointOfHost, endpointsOfRegion, s3EndpointOf, trustedEndpoints } from '../../src/s3/endpoint.js';

const listing: ObjectStorageEndpoint[] = [
  { region: 'us-iad', endpoint_type: 'E1', s3_endpoint: 'us-iad-1.linodeobjects.com' },
  { region: 'us-iad', endpoint_type: 'E3', s3_endpoint: 'us-iad-10.linodeobjects.com' },
  { region: 'in-bom-2', endpoint_type: 'E2', s3_endpoint: 'in-bom-2.linodeobjects.com' },
  { region: 'in-bom-2', endpoint_type: 'E3', s3_endpoint: 'in-bom-3.linodeobjects.com' },
  { region: 'in-bom-2', endpoint_type: 'E0', s3_endpoint: null },
  { region: 'fr-par', endpoint_type: 'E3', s3_endpoint: 'evil.example.com' },
  { region: 'gb-lon', endpoint_type: 'E3', s3_endpoint: 'gb-lon-1.linodeobjects.com.evil.example.com' },
  { region: 'de-fra-2', endpoint_type: 'E3', s3_endpoint: 'https://de-fra-2.linodeobjects.com' },
  { region: 'se-sto', endpoint_type: 'E3', s3_endpoint: 'user@se-sto-1.linodeobjects.com' },
  { region: 'it-mil', endpoint_type: 'E3', s3_endpoint: 'it-mil-1.linodeobjects.com:8443' },
  { region: 'EVIL/..', endpoint_type: 'E3', s3_endpoint: 'x.linodeobjects.com' },
];

describe('trustedEndpoints', () => {
  it('keeps only region ids with a plain host under linodeobjects.com, and says what it dropped', () => {
    const lines: string[] = [];
    const kept = trustedEndpoints(listing, (line) => lines.push(line));
    expect(kept.map((e) => e.s3_endpoint)).toEqual([
      'us-iad-1.linodeobjects.com',
      'us-iad-10.linodeobjects.com',
      'in-bom-2.linodeobjects.com',
      'in-bom-3.linodeobjects.com',
    ]);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('evil.example.com');
  });
});

describe('s3EndpointOf', () => {
  const trusted = trustedEndpoints(listing);

  it('prefers <region>-1 when listed, else the newest endpoint type', () => {
    expect(s3EndpointOf('us-iad', trusted)).toBe('https://us-iad-1.linodeobjects.com');
    expect(s3EndpointOf('in-bom-2', trusted)).toBe('https://in-bom-3.linodeobjects.com');
    expect(endpointsOfRegion(trusted, 'in-bom-2').map((e) => e.endpoint_type)).toEqual(['E3', 'E2']);
  });

  it("never uses an untrusted listing entry: the region's default instead", () => {
    // Even an unfiltered listing passed by mistake: the host is checked again.
    const raw = listing.filter((e) => e.s3_endpoint !== null) as Parameters<typeof s3EndpointOf>[1];
    expect(s3EndpointOf('fr-par', raw)).toBe('https://fr-par-1.linodeobjects.com');
    expect(s3EndpointOf('fr-par', trusted)).toBe('https://fr-par-1.linodeobjects.com');
    expect(s3EndpointOf('gb-lon', trusted)).toBe('https://gb-lon-1.linodeobjects.com');
  });

  it('uses the default when the listing was not read, and the workflow override before anything', () => {
    expect(s3EndpointOf('in-bom-2', undefined)).toBe('https://in-bom-2-1.linodeobjects.com');
    expect(s3EndpointOf('in-bom-2', trusted, 'http://127.0.0.1:9000/{region}-1')).toBe('http://127.0.0.1:9000/in-bom-2-1');
  });

  it('refuses a region that is no region id', () => {
    expect(() => s3EndpointOf('evil.example.com/x', trusted)).toThrow(/not a Linode region id/);
  });
});

describe('endpointOfHost', () => {
  const trusted = trustedEndpoints(listing);
  it('finds the endpoint a bucket host is under, the longest first', () => {
    expect(endpointOfHost('b.in-bom-2.linodeobjects.com', trusted)?.region).toBe('in-bom-2');
    expect(endpointOfHost('b.us-iad-10.linodeobjects.com', trusted)?.s3_endpoint).toBe('us-iad-10.linodeobjects.com');
    expect(endpointOfHost('in-bom-2.linodeobjects.com', trusted)).toBeUndefined();
    expect(endpointOfHost('b.evil.example.com', trusted)).toBeUndefined();
  });
});
