import { API_REASONS, type RuleViolation } from '../src/linode/rules.js';

/** What a handler answers; the server turns it into an HTTP response. A string body is served as text/html. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** 200 with a JSON body (the API answers 200, not 201, to a create). */
export function ok(body: unknown): Reply {
  return { status: 200, body };
}

/** The API's error envelope: `{"errors":[{reason, field?}, ...]}`. */
export function errors(status: number, violations: RuleViolation[]): Reply {
  return { status, body: { errors: violations } };
}

/** An error reply with one violation. */
export function fail(status: number, reason: string, field?: string): Reply {
  return errors(status, [field === undefined ? { reason } : { reason, field }]);
}

/** API rule: an unknown path or id is 404 "Not found". */
export function notFound(): Reply {
  return fail(404, API_REASONS.notFound);
}
