import { describe, expect, it } from 'vitest';
import type { DesiredState } from '../../src/config/types.js';
import { deliveryTargets } from '../../src/delivery/targets.js';
import { deliveryVerdicts, formatAge, parseApiTime, type ProbeOutcome } from '../../src/delivery/verdict.js';
import { maxDeliveryAge } from '../../src/inputs.js';
import type { LiveState, LiveStream } from '../../src/linode/types.js';
import { renderDeliveryMarkdown, renderDeliveryText } from '../../src/render/delivery.js';

const env = (name: string, value: string | undefined) => ({ kind: 'env' as const, name, value, secret: true });
const NOW = Date.UTC(2026, 6, 20, 12, 0, 0);
const HOUR = 3_600_000;

const desired: DesiredState = {
  prune: false,
  streamQuota: 1,
  buckets: [{ name: 'locked', region: 'us-iad', credentials: { accessKeyId: env('ADMIN_ID', 'AID'), secretAccessKey: env('ADMIN_SECRET', 'AS') } }],
  destinations: [
    {
      label: 'declared',
      type: 'akamai_object_storage',
      details: { bucket_name: 'locked', host: 'locked.us-iad-1.linodeobjects.com', path: 'logs/{%Y}/' },
      managedKey: { bucket: 'locked', region: 'us-iad' },
    },
    {
      label: 'managed',
      type: 'akamai_object_storage',
      details: { bucket_name: 'other', host: 'other.us-ord-1.linodeobjects.com' },
      managedKey: { bucket: 'other', region: 'us-ord' },
    },
    {
      label: 'own-key',
      type: 'akamai_object_storage',
      details: { bucket_name: 'mine', host: 'mine.fr-par-1.linodeobjects.com', access_key_id: env('K', 'KID'), access_key_secret: env('S', undefined) },
    },
    { label: 'siem', type: 'custom_https', details: { endpoint_url: 'https://siem.example.com' } },
  ],
  streams: [
    { label: 'a', type: 'audit_logs', destination: 'declared', status: 'active' },
    { label: 'b', type: 'lke_audit_logs', destination: 'managed', status: 'active' },
    { label: 'c', type: 'audit_logs', destination: 'own-key', status: 'active' },
    { label: 'd', type: 'lke_audit_logs', destination: 'siem', status: 'active' },
    { label: 'off', type: 'audit_logs', destination: 'siem', status: 'inactive' },
  ],
};

describe('delivery targets', () => {
  it('uses the declared bucket and its region, never lists with a managed key, and says what to give', () => {
    const [a, b, c, d, ...rest] = deliveryTargets(desired);
    expect(rest).toEqual([]);
    expect(a!.target).toMatchObject({
      kind: 'probe',
      probe: { bucket: 'locked', region: 'us-iad', prefix: 'logs/', credentials: { accessKeyId: 'AID', secretAccessKey: 'AS' } },
    });
    expect(b!.target).toMatchObject({ kind: 'unobservable', why: expect.stringContaining('declare bucket other under buckets: with s3_credentials') });
    expect(c!.target).toMatchObject({ kind: 'unobservable', why: expect.stringContaining('${S}') });
    expect(d!.target).toEqual({ kind: 'unobservable', why: 'custom_https', https: true });
  });

  it("takes an undeclared bucket's region from the endpoint listing its host is under, not from the host's name", () => {
    const own: DesiredState = {
      ...desired,
      buckets: [],
      destinations: [
        {
          label: 'bom',
          type: 'akamai_object_storage',
          details: { bucket_name: 'mine', host: 'mine.in-bom-2.linodeobjects.com', access_key_id: env('K', 'KID'), access_key_secret: env('S', 'SEC') },
        },
      ],
      streams: [{ label: 'a', type: 'audit_logs', destination: 'bom', status: 'active' }],
    };
    const listing = [{ region: 'in-bom-2', endpoint_type: 'E3' as const, s3_endpoint: 'in-bom-2.linodeobjects.com' }];
    expect(deliveryTargets(own, listing)[0]!.target).toMatchObject({ kind: 'probe', probe: { bucket: 'mine', region: 'in-bom-2' } });
    // Without the listing the host's name is all there is, and `in-bom-2` reads as cluster 2 of in-bom.
    expect(deliveryTargets(own)[0]!.target).toMatchObject({ kind: 'probe', probe: { region: 'in-bom' } });
  });
});

describe('delivery verdicts', () => {
  const stream = (label: string, updated: string, status: LiveStream['status'] = 'active') => ({ label, status, updated, created: updated }) as LiveStream;
  const targets = deliveryTargets(desired).slice(0, 1);
  const walked = (lastModified?: number): Map<string, ProbeOutcome> =>
    new Map([['a', { kind: 'walked', walk: { newest: lastModified === undefined ? undefined : { key: 'k', lastModified }, listings: 4, complete: true } }]]);
  const live = (updated: string): LiveState => ({ destinations: [], streams: [stream('a', updated)] });

  it('ok, stale by age or absence, and not stale yet within the hour of provisioning plus the age', () => {
    const old = live('2026-07-18 09:45:13');
    expect(deliveryVerdicts(targets, walked(NOW - 30 * 60_000), old, NOW, HOUR)[0]).toMatchObject({
      status: 'ok',
      newest: '2026-07-20T11:30:00Z',
      ageSeconds: 1800,
    });
    expect(deliveryVerdicts(targets, walked(NOW - 2 * HOUR), old, NOW, HOUR)[0]).toMatchObject({
      status: 'stale',
      detail: expect.stringContaining('is 2h old'),
    });
    expect(deliveryVerdicts(targets, walked(), old, NOW, HOUR)[0]).toMatchObject({ status: 'stale', detail: 'no log object under s3://locked/logs/' });
    expect(deliveryVerdicts(targets, walked(), live('2026-07-20 10:01:00'), NOW, HOUR)[0]).toMatchObject({ status: 'new' });
    expect(deliveryVerdicts(targets, walked(), live('2026-07-20 09:59:59'), NOW, HOUR)[0]).toMatchObject({ status: 'stale' });
  });

  it('renders custom_https once, below the table', () => {
    const results = deliveryVerdicts(deliveryTargets(desired), walked(NOW), live('2026-07-18 09:45:13'), NOW, HOUR);
    const markdown = renderDeliveryMarkdown([...results, ...results], HOUR);
    expect(markdown.match(/cannot be observed from here/g)).toHaveLength(1);
    expect(renderDeliveryText(results, HOUR).match(/cannot be observed from here/g)).toHaveLength(1);
  });

  it('parses the API time and formats ages', () => {
    expect(parseApiTime('2025-07-20 09:45:13')).toBe(Date.UTC(2025, 6, 20, 9, 45, 13));
    expect(parseApiTime('2025-07-20T09:45:13')).toBe(Date.UTC(2025, 6, 20, 9, 45, 13));
    expect(parseApiTime('yesterday')).toBeUndefined();
    expect([formatAge(45_000), formatAge(3 * HOUR + 5 * 60_000), formatAge(50 * HOUR)]).toEqual(['45s', '3h 5m', '2d 2h']);
  });
});

describe('input max-delivery-age', () => {
  it('takes 90m, 3h, 2d; empty is off; refuses the rest', () => {
    expect([maxDeliveryAge(''), maxDeliveryAge('90m'), maxDeliveryAge('3h'), maxDeliveryAge('2d')]).toEqual([undefined, 90 * 60_000, 3 * HOUR, 48 * HOUR]);
    for (const bad of ['3', '30s', '31d', 'soon', 'h']) expect(() => maxDeliveryAge(bad)).toThrow(/max-delivery-age must be a duration from 1m to 30d/);
  });
});
