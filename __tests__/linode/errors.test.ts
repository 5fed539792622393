import { describe, expect, it } from 'vitest';
import { LinodeApiError, httpError, isLinodeApiError, networkError, parseErrorBody } from '../../src/linode/errors.js';
import { API_REASONS } from '../../src/linode/rules.js';

function failure(status: number, body: string, apiPath = '/monitor/streams') {
  return httpError({ method: 'GET', path: `/v4${apiPath}`, apiPath, apiVersion: 'v4', status, body });
}

describe('parseErrorBody', () => {
  it('reads reasons and fields', () => {
    expect(parseErrorBody('{"errors":[{"reason":"Must contain one item","field":"destinations"},{"reason":"Type cannot be changed"}]}')).toEqual({
      kind: 'reasons',
      reasons: [{ reason: 'Must contain one item', field: 'destinations' }, { reason: 'Type cannot be changed' }],
    });
  });

  it('describes anything else by size only', () => {
    expect(parseErrorBody('<h1>Bad Gateway</h1>')).toEqual({ kind: 'opaque', description: 'non-JSON response, 20 bytes' });
    expect(parseErrorBody('{"message":"nope"}')).toEqual({ kind: 'opaque', description: 'JSON response without "errors", 18 bytes' });
    expect(parseErrorBody('{"errors":[{"nope":1}]}')).toEqual({ kind: 'opaque', description: 'JSON response without reasons, 23 bytes' });
    expect(parseErrorBody('  ')).toEqual({ kind: 'empty' });
  });

  it('keeps server text on one bounded line', () => {
    const parsed = parseErrorBody(JSON.stringify({ errors: [{ reason: `line one\n\u001b[31mline two${'x'.repeat(600)}` }] }));
    expect(parsed.kind).toBe('reasons');
    const reason = parsed.kind === 'reasons' ? (parsed.reasons[0]?.reason ?? '') : '';
    expect(reason.startsWith('line one [31mline two')).toBe(true);
    expect(reason.length).toBeLessThanOrEqual(501);
  });
});

describe("a token without the endpoint's scope (401)", () => {
  const body = JSON.stringify({ errors: [{ reason: API_REASONS.tokenNotAuthorized }] });
  const at = (method: string, apiPath: string, writes?: boolean) =>
    httpError({ method, path: `/v4${apiPath}`, apiPath, apiVersion: 'v4', status: 401, body, ...(writes !== undefined ? { writes } : {}) }).message;

  it("names the scope the run needs: read_only for a plan's read (with read_write for apply), read_write for any request of an apply", () => {
    expect(at('GET', '/monitor/streams')).toBe(
      `GET /v4/monitor/streams failed (401): ${API_REASONS.tokenNotAuthorized} — the token lacks the \`monitor:read_only\` scope for this endpoint; create a personal access token with \`monitor:read_write\` (\`monitor:read_only\` is enough for plan and check)`,
    );
    expect(at('GET', '/monitor/streams', true)).toBe(
      `GET /v4/monitor/streams failed (401): ${API_REASONS.tokenNotAuthorized} — the token lacks the \`monitor:read_write\` scope, which apply needs; create a personal access token that has it`,
    );
    expect(at('GET', '/lke/clusters', true)).toContain('the token lacks the `lke:read_write` scope, which apply needs');
    expect(at('POST', '/object-storage/keys')).toContain(
      'the token lacks the `object_storage:read_write` scope for this endpoint; create a personal access token that has it',
    );
  });
});

describe('httpError', () => {
  it('formats reasons with their fields', () => {
    const error = failure(400, '{"errors":[{"reason":"Destination not found","field":"destination"}]}');
    expect(error.message).toBe('GET /v4/monitor/streams failed (400): Destination not found [destination]');
    expect(error.reasons).toEqual([{ reason: 'Destination not found', field: 'destination' }]);
    expect(error.status).toBe(400);
    expect(error.path).toBe('/v4/monitor/streams');
  });

  it('uses the status text when the body has nothing to say, never the body', () => {
    expect(failure(502, '<html>gateway secrets</html>').message).toBe('GET /v4/monitor/streams failed (502): Bad Gateway (non-JSON response, 28 bytes)');
    expect(failure(503, '').message).toBe('GET /v4/monitor/streams failed (503): Service Unavailable');
  });

  it('adds the api-version hint only to collection paths', () => {
    expect(failure(404, '', '/monitor/streams/destinations').message).toContain('try api-version: v4beta');
    expect(failure(404, '', '/monitor/streams/destinations/4').message).not.toContain('api-version');
    const beta = httpError({ method: 'POST', path: '/v4beta/monitor/streams', apiPath: '/monitor/streams', apiVersion: 'v4beta', status: 404, body: '' });
    expect(beta.message).toMatch(/try api-version: v4$/);
  });
});

describe('networkError', () => {
  it('names the host and what happened, with status 0', () => {
    const error = networkError({
      method: 'PUT',
      path: '/v4/monitor/streams/3',
      host: 'api.linode.com',
      code: 'ECONNABORTED',
      detail: 'timeout of 30000ms exceeded',
      timeoutMs: 30_000,
    });
    expect(error.status).toBe(0);
    expect(error.message).toBe('PUT /v4/monitor/streams/3 failed: api.linode.com: no response within 30.0 s (ECONNABORTED)');
  });
});

describe('isLinodeApiError', () => {
  it('recognises the class and look-alikes from another copy of the module, nothing else', () => {
    expect(isLinodeApiError(new LinodeApiError('x', { status: 1, method: 'GET', path: '/' }))).toBe(true);
    expect(isLinodeApiError(Object.assign(new Error('x'), { name: 'LinodeApiError', status: 500 }))).toBe(true);
    expect(isLinodeApiError(new Error('x'))).toBe(false);
    expect(isLinodeApiError('LinodeApiError')).toBe(false);
  });
});
