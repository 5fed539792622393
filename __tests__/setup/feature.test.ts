import { describe, expect, it } from 'vitest';
import { LinodeApiError } from '../../src/linode/errors.js';
import { explainLogsRefusal, LKE_AUDIT_TICKET_SUMMARY } from '../../src/setup/feature.js';

const refusal = (status: number, version = 'v4', path = '/monitor/streams') =>
  new LinodeApiError(`GET /${version}${path} failed (${status})`, { status, method: 'GET', path: `/${version}${path}` });
const rejects = (error: unknown) => async () => {
  throw error;
};

describe('explainLogsRefusal', () => {
  it('says the account lacks the Logs feature when both versions answer 404, and how to ask for it', async () => {
    const message = await explainLogsRefusal(refusal(404), 'v4', rejects(refusal(404, 'v4beta')));
    expect(message).toBe(
      'The account does not have the Logs feature (Akamai Cloud Pulse log streams): the Logs endpoints answered 404 on v4, 404 on v4beta. ' +
        'Ask Linode to enable it with a support ticket (Cloud Manager → Help & Support → Open a ticket); for Kubernetes API audit logs of ' +
        `LKE Enterprise clusters, use the ticket summary "${LKE_AUDIT_TICKET_SUMMARY}". Nothing was changed.`,
    );
  });

  it("on a 403, also says the token's user may be restricted", async () => {
    const message = await explainLogsRefusal(refusal(403, 'v4beta', '/monitor/streams/destinations'), 'v4beta', rejects(refusal(403, 'v4')));
    expect(message).toContain('the Logs endpoints answered 403 on v4beta, 403 on v4.');
    expect(message).toContain("A 403 can also mean the token's user is restricted: use a token of an unrestricted user. Nothing was changed.");
    expect(message).toContain(`"${LKE_AUDIT_TICKET_SUMMARY}"`);
  });

  it('points at the other API version when the endpoints work there', async () => {
    expect(await explainLogsRefusal(refusal(404), 'v4', async () => [])).toBe(
      'The Logs endpoints answered 404 on v4 but work on v4beta: set the input api-version: v4beta. Nothing was changed.',
    );
  });

  it('leaves anything else to the original error', async () => {
    let probed = false;
    const probe = async () => {
      probed = true;
    };
    expect(await explainLogsRefusal(refusal(500), 'v4', probe)).toBeUndefined();
    expect(await explainLogsRefusal(refusal(404, 'v4', '/lke/clusters'), 'v4', probe)).toBeUndefined();
    expect(await explainLogsRefusal(new Error('socket hang up'), 'v4', probe)).toBeUndefined();
    expect(probed).toBe(false);
    // The other version failing some other way says nothing about the feature.
    expect(await explainLogsRefusal(refusal(404), 'v4', rejects(refusal(503, 'v4beta')))).toBeUndefined();
  });
});
