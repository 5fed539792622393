/**
 * Telling an account without the Logs feature from a wrong API version. The real API has no
 * Logs endpoints (404, or 403) for an account without the feature; the endpoints may also be
 * on only one of v4 and v4beta. Asking the other version tells the two apart.
 */
import type { ApiVersion } from '../linode/api-url.js';
import { isLinodeApiError } from '../linode/errors.js';

/** The ticket summary Linode's docs give for Kubernetes API audit logs. */
export const LKE_AUDIT_TICKET_SUMMARY = 'Support for Kubernetes API audit logs';

const isLogsRefusal = (error: unknown): boolean =>
  isLinodeApiError(error) && (error.status === 404 || error.status === 403) && /\/monitor\/streams/.test(error.path);

/**
 * When reading the Logs endpoints failed with 404/403, what that means, found by asking the other
 * version (`probeOther` lists streams there). Undefined when it means something else: then the
 * original error says it best.
 */
export async function explainLogsRefusal(error: unknown, version: ApiVersion, probeOther: () => Promise<unknown>): Promise<string | undefined> {
  if (!isLinodeApiError(error) || !isLogsRefusal(error)) return undefined;
  const other: ApiVersion = version === 'v4' ? 'v4beta' : 'v4';
  try {
    await probeOther();
  } catch (otherError) {
    if (!isLogsRefusal(otherError)) return undefined;
    const statuses = `${error.status} on ${version}, ${isLinodeApiError(otherError) ? otherError.status : '?'} on ${other}`;
    return (
      `The account does not have the Logs feature (Akamai Cloud Pulse log streams): the Logs endpoints answered ${statuses}. ` +
      'Ask Linode to enable it with a support ticket (Cloud Manager → Help & Support → Open a ticket); for Kubernetes API audit logs of ' +
      `LKE Enterprise clusters, use the ticket summary "${LKE_AUDIT_TICKET_SUMMARY}". ` +
      (error.status === 403 ? "A 403 can also mean the token's user is restricted: use a token of an unrestricted user. " : '') +
      'Nothing was changed.'
    );
  }
  return `The Logs endpoints answered ${error.status} on ${version} but work on ${other}: set the input api-version: ${other}. Nothing was changed.`;
}
