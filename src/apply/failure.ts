import type { Change } from '../plan/types.js';
import { WaitTimeoutError } from './wait.js';

interface ApiFailureShape {
  status: number;
  reasons: Array<{ reason: string; field?: string }>;
  message: string;
}

function isApiFailure(error: unknown): error is ApiFailureShape {
  return error instanceof Error && typeof (error as Partial<ApiFailureShape>).status === 'number' && Array.isArray((error as Partial<ApiFailureShape>).reasons);
}

/**
 * A failed change as a message a user can act on: what was being done, what the API said, and
 * where in the config the offending field is. Never includes request bodies (they hold secrets).
 */
export async function describeApiFailure(
  error: unknown,
  change: Change,
  locate?: (change: Change, field: string | undefined) => Promise<string | undefined>,
): Promise<string> {
  const doing = `${change.action} ${change.kind} "${change.label}"`;
  if (!isApiFailure(error)) return `${doing}: ${error instanceof Error ? error.message : String(error)}`;
  const reasons = error.reasons.length > 0 ? error.reasons : [{ reason: error.message }];
  const lines: string[] = [];
  for (const { reason, field } of reasons) {
    const where = await locate?.(change, field);
    lines.push(`${where ? `${where}: ` : ''}${reason}${field ? ` [${field}]` : ''}`);
  }
  // A destination create tests its credentials by writing a test object; a failure says only this.
  if (change.kind === 'destination' && error.status === 400 && reasons.some((r) => r.reason === 'An error occurred')) {
    lines.push(
      'The API checks a new destination by writing a small test object with its credentials: check that the access key exists, has read_write access to the bucket, and that bucket_name and host name that bucket.',
    );
  }
  return `${doing} failed (${error.status === 0 ? 'network' : error.status}): ${lines.join('; ')}`;
}

/**
 * Whether a failure may pass by itself, so that a re-run converges: no answer (network, an
 * ambiguous write), 408, 429, a 5xx, or a resource still settling. A 4xx such as "Stream limit
 * reached for this type" is the API's considered refusal: the same plan is refused again.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof WaitTimeoutError) return true;
  if (!isApiFailure(error)) return false;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}
