/**
 * The API layer: what every Linode API client of the action shares on top of http.ts (axios):
 * retries with one time budget per run, pagination, safe writes (creates that adopt, updates that
 * read back) and {@link LinodeApiError}s that carry no request config, token or body. The Logs
 * client (logs-client.ts) and the account client (account-client.ts) are thin layers of paths
 * over it.
 *
 * Not axios-retry: its retries are per request and blind (it would re-send a POST or PUT whose
 * answer was lost), its budget is a count per request rather than the run's time, and it cannot
 * look for a write's effect between attempts; those are the point of this file.
 */
import { DEFAULT_API_URL, isApiVersion, validateApiUrl, type ApiVersion } from './api-url.js';
import {
  LinodeApiError,
  describeNetworkFailure,
  gaveUpError,
  httpError,
  isLinodeApiError,
  networkError,
  seconds,
  statusText,
  unexpectedBodyError,
} from './errors.js';
import { PAGE_SIZE, PageShapeError, asPage, fetchAllPages } from './pagination.js';
import {
  DEFAULT_MAX_RETRY_TIME_MS,
  MAX_ATTEMPTS,
  RetryBudget,
  type RetryCall,
  classifyWriteFailure,
  isRetryable,
  isRetryableBlind,
  retryDelayMs,
  type Outcome,
} from './retry-policy.js';
import { createHttp, type HttpMethod, type HttpRequest, type HttpResult } from './http.js';
import type { Page } from './types.js';

export interface LinodeClientOptions {
  token: string;
  /** Default `https://api.linode.com`. */
  apiUrl?: string;
  /** Default `v4`. */
  apiVersion?: 'v4' | 'v4beta';
  /** Called with one line per retry/wait, for the log (never contains the token or a body). */
  onRetry?: (message: string) => void;
  /** Called with debug lines (method, path, status, duration, request id). Never the token, never a body. */
  debug?: (message: string) => void;
  /** Per request; default 30000. */
  timeoutMs?: number;
  /**
   * Retry time of the whole run, shared by every call of this client (waits, and each retry's
   * timeout counted before it is sent); default 120000. Ignored when `retryBudget` is given.
   */
  maxRetryTimeMs?: number;
  /** A budget shared with other clients of the same run. */
  retryBudget?: RetryBudget;
  /**
   * Stops every request of the client: in flight, waiting to retry, or not yet sent. A run
   * aborts the reads it started before its config file was parsed when the file is invalid.
   */
  signal?: AbortSignal;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1), injectable. */
  random?: () => number;
  /**
   * Called with the token's scopes from a successful answer's `X-OAuth-Scopes` header (the real
   * API sends it on every authenticated response; `*` is every scope), so a run can tell before
   * its first write whether the token may make it.
   */
  onScopes?: (scopes: string[]) => void;
  /**
   * The run applies: an answer saying the token lacks a scope names it at `read_write`, the level
   * the run needs, even for a read (default: the level of the request).
   */
  writes?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** A token is sent as a header value: it must be one printable word. */
function checkedToken(token: string): string {
  const trimmed = token.trim();
  if (trimmed === '') throw new Error('the Linode token is empty; set the `token` input from a secret');
  if (!/^[\x21-\x7e]+$/.test(trimmed)) {
    throw new Error('the Linode token contains spaces or non-printable characters; check the secret');
  }
  return trimmed;
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function checkedId(id: number): number {
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`invalid Linode resource id: ${String(id)}`);
  return id;
}

/** A wait between retries that an abort ends at once (rejecting with the abort's reason). */
const abortableSleep =
  (signal: AbortSignal | undefined) =>
  (ms: number): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const stop = (): void => {
        clearTimeout(timer);
        reject(signal!.reason as Error);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', stop);
        resolve();
      }, ms);
      signal?.addEventListener('abort', stop, { once: true });
    });

export interface Labelled {
  id: number;
  label: string;
}

function isLabelled(value: unknown): value is Labelled {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'number' &&
    typeof (value as { label?: unknown }).label === 'string'
  );
}

/**
 * The X-Filter header value for an exact label. Non-ASCII is \u-escaped: header values must be
 * Latin-1, and JSON.stringify leaves such characters as they are.
 */
export function labelFilter(label: string): string {
  return JSON.stringify({ label }).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A resource with a version, which every write moves. */
export interface Versioned extends Labelled {
  version: number;
}

/**
 * What an update was made against, so that an update whose answer was lost can be recognised as
 * applied instead of being sent again.
 */
export interface UpdateCheck<T> {
  /** The resource's version when the update was decided (apply re-reads it just before). */
  version: number;
  /** Whether the resource as read back holds what the update sent (write-only secrets aside). */
  reflects: (current: T) => boolean;
}

/**
 * What a create does with a resource it finds by label after an ambiguous failure: return it to
 * adopt it, or clean it up and return undefined so the create carries on (POSTs again when the
 * failure allows, else reports it).
 */
export type OnFound<T> = (found: T) => Promise<T | undefined>;

/** The requests a client is built from; all calls share the client's retry budget. */
export interface Api {
  /** Every item of a paginated collection. */
  list<T>(apiPath: string): Promise<T[]>;
  get<T>(apiPath: string): Promise<T>;
  /** PUT, retried like a GET: only for updates that may be repeated as they are. */
  put<T>(apiPath: string, body: unknown): Promise<T>;
  /**
   * PUT that never blindly repeats itself: after a failure that may have been applied it reads
   * the resource back, and if its version moved and it reflects the update, that is the answer;
   * otherwise the PUT is sent again (for transient failures, within the budget).
   */
  update<T extends Versioned>(apiPath: string, body: unknown, check: UpdateCheck<T>): Promise<T>;
  /** DELETE; a 404 (also after a retry whose first attempt did delete) means already gone. */
  remove(apiPath: string): Promise<void>;
  /** POST of a labelled resource that never blindly repeats itself; adopts what it finds by default. */
  create<T extends Labelled>(collection: string, body: { label: string }, onFound?: OnFound<T>): Promise<T>;
  /** A POST that creates nothing (retried only where the policy allows a POST); resolves with the parsed body. */
  post(apiPath: string, body: unknown): Promise<unknown>;
  /** Debug lines, token redacted. */
  debug(line: string): void;
}

/**
 * The shared request machinery. Throws at once on an unsafe `apiUrl` or an unusable token.
 */
export function createApi(options: LinodeClientOptions): Api {
  const token = checkedToken(options.token);
  const baseUrl = validateApiUrl(options.apiUrl ?? DEFAULT_API_URL);
  const apiVersion: ApiVersion = options.apiVersion ?? 'v4';
  if (!isApiVersion(apiVersion)) {
    throw new Error(`api-version must be v4 or v4beta, not "${String(apiVersion)}"`);
  }
  const timeoutMs = positiveOr(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const budget = options.retryBudget ?? new RetryBudget(positiveOr(options.maxRetryTimeMs, DEFAULT_MAX_RETRY_TIME_MS));
  const { signal } = options;
  const sleep = options.sleep ?? abortableSleep(signal);
  const random = options.random ?? Math.random;

  // Defence in depth: nothing should carry the token, but server text and library messages
  // end up in logs, so every outgoing line is scrubbed. Very short tokens (tests) are left
  // alone rather than blanking ordinary words.
  const redact = (text: string): string => (token.length >= 8 ? text.split(token).join('[redacted]') : text);
  const onRetry = (line: string): void => options.onRetry?.(redact(line));
  const debug = (line: string): void => options.debug?.(redact(line));
  const carriesToken = (error: LinodeApiError): boolean =>
    error.message.includes(token) || error.reasons.some((r) => r.reason.includes(token) || (r.field ?? '').includes(token));
  const scrub = (error: LinodeApiError): LinodeApiError =>
    token.length >= 8 && carriesToken(error)
      ? new LinodeApiError(redact(error.message), {
          status: error.status,
          method: error.method,
          path: error.path,
          reasons: error.reasons.map((r) => (r.field === undefined ? { reason: redact(r.reason) } : { reason: redact(r.reason), field: redact(r.field) })),
          code: error.code,
          attempts: error.attempts,
        })
      : error;

  /** One call against the run's retry budget, ended however it ends. */
  async function withCall<T>(work: (call: RetryCall) => Promise<T>): Promise<T> {
    const call = budget.call();
    try {
      return await work(call);
    } finally {
      call.end();
    }
  }
  /** Why a retry was not sent: its wait plus its own timeout would overrun the run's budget. */
  const budgetSpent = (): string => `the run's retry budget of ${seconds(budget.budgetMs)} would be exceeded`;

  /** The outcome behind each error `request` threw, so a create can honour Retry-After too. */
  const outcomes = new WeakMap<LinodeApiError, Outcome>();
  const send = createHttp({ baseUrl, apiVersion, token, timeoutMs, debug, ...(signal ? { signal } : {}) });
  const fullPath = (apiPath: string): string => `/${apiVersion}${apiPath}`;

  function toError(method: HttpMethod, apiPath: string, result: HttpResult): LinodeApiError {
    const path = fullPath(apiPath);
    if (result.type === 'network') {
      return networkError({ method, path, host: baseUrl.host, code: result.code, detail: result.detail, timeoutMs });
    }
    return httpError({ method, path, apiPath, apiVersion, status: result.status, body: result.body, writes: options.writes ?? false });
  }

  function describe(result: HttpResult): string {
    return result.type === 'network' ? describeNetworkFailure(result.code, result.detail, timeoutMs) : `${result.status} ${statusText(result.status)}`;
  }

  /**
   * One request with retries per the policy, inside the run's retry budget: a retry is sent only
   * if its wait and its own timeout still fit. Resolves with the parsed
   * JSON body of a 2xx response; rejects with a LinodeApiError.
   */
  async function request(
    req: HttpRequest,
    call: RetryCall,
    retryable: (outcome: Outcome) => boolean = (outcome) => isRetryable(req.method, outcome),
  ): Promise<unknown> {
    const fail = (error: LinodeApiError, outcome: Outcome): LinodeApiError => {
      const safe = scrub(error);
      outcomes.set(safe, outcome);
      return safe;
    };
    for (let attempt = 1; ; attempt++) {
      const result = await send(req);
      // An aborted run wants no answer, and no retry.
      if (signal?.aborted) throw signal.reason as Error;
      if (result.type === 'response' && result.status >= 200 && result.status < 300) {
        const scopes = result.header('x-oauth-scopes');
        if (scopes !== undefined) options.onScopes?.(scopes.split(/[\s,]+/).filter((scope) => scope !== ''));
        return parseJson(req.method, req.apiPath, result.status, result.body);
      }
      const error = toError(req.method, req.apiPath, result);
      const outcome: Outcome =
        result.type === 'network' ? { type: 'network', code: result.code } : { type: 'response', status: result.status, header: result.header };
      if (!retryable(outcome)) throw fail(error, outcome);
      if (attempt >= MAX_ATTEMPTS) {
        throw fail(gaveUpError(error, attempt, call.elapsedMs(), `at most ${MAX_ATTEMPTS} attempts`), outcome);
      }
      const delay = retryDelayMs(outcome, attempt, random, Date.now());
      if (!call.fits(delay + timeoutMs)) {
        throw fail(gaveUpError(error, attempt, call.elapsedMs(), budgetSpent()), outcome);
      }
      onRetry(`${req.method} ${req.apiPath}: ${describe(result)}, retrying in ${seconds(delay)} (attempt ${attempt + 1})`);
      await call.wait(delay, sleep);
    }
  }

  /** A failure in a few words: `connection reset (ECONNRESET)`, `503 Service Unavailable`. */
  function describeFailure(failure: LinodeApiError): string {
    return failure.status === 0 ? describeNetworkFailure(failure.code, 'network error', timeoutMs) : `${failure.status} ${statusText(failure.status)}`;
  }

  function parseJson(method: HttpMethod, apiPath: string, status: number, body: string): unknown {
    if (status === 204 || body.trim() === '') return undefined;
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw scrub(unexpectedBodyError(method, fullPath(apiPath), status, body, 'JSON'));
    }
  }

  function resource<T>(method: HttpMethod, apiPath: string, body: unknown): T {
    if (!isLabelled(body)) {
      throw unexpectedBodyError(method, fullPath(apiPath), 200, JSON.stringify(body) ?? '', 'a resource with id and label');
    }
    return body as T;
  }

  async function list<T>(apiPath: string, call: RetryCall, headers?: Record<string, string>): Promise<T[]> {
    return fetchAllPages(async (page): Promise<Page<T>> => {
      const req: HttpRequest = { method: 'GET', apiPath, query: { page, page_size: PAGE_SIZE } };
      if (headers !== undefined) req.headers = headers;
      const body = await request(req, call);
      try {
        return asPage<T>(body);
      } catch (error) {
        if (!(error instanceof PageShapeError)) throw error;
        throw new LinodeApiError(`GET ${fullPath(apiPath)} returned an unexpected page: ${error.message}`, {
          status: 200,
          method: 'GET',
          path: fullPath(apiPath),
        });
      }
    });
  }

  /** The resource with exactly this label, if the collection has one (newest if several). */
  async function findByLabel<T extends Labelled>(collection: string, label: string, call: RetryCall): Promise<T | undefined> {
    // X-Filter narrows the listing server-side; the exact comparison here does not rely on it.
    const items = await list<unknown>(collection, call, { 'X-Filter': labelFilter(label) });
    const matches = items.filter((item): item is T => isLabelled(item) && item.label === label);
    return matches.sort((a, b) => b.id - a.id)[0];
  }

  /**
   * After a write that must not be blindly repeated failed: throws when it certainly was not
   * applied; otherwise says how long to wait before looking for its effect, and whether it may
   * be sent again if it was not applied.
   */
  function afterWriteFailure(failure: LinodeApiError, attempt: number, call: RetryCall) {
    const kind = classifyWriteFailure(failure);
    if (kind === 'fatal') throw failure;
    const outcome = outcomes.get(failure) ?? { type: 'network', code: failure.code };
    const delay = kind === 'retry' ? retryDelayMs(outcome, attempt, random, Date.now()) : 0;
    const outOfAttempts = attempt >= MAX_ATTEMPTS;
    const canRetry = kind === 'retry' && !outOfAttempts && call.fits(delay + timeoutMs);
    return { kind, delay, canRetry, outOfAttempts, what: describeFailure(failure) };
  }

  /**
   * POST that never blindly repeats itself. After a failure that may have created the resource,
   * it waits, re-lists the collection by label and hands a match to `onFound` (adopting it by
   * default); only when there is none to adopt does it POST again (for transient failures,
   * within the budget).
   */
  async function create<T extends Labelled>(collection: string, body: { label: string }, onFound: OnFound<T> = async (found) => found): Promise<T> {
    return withCall((call) => createIn(call, collection, body, onFound));
  }

  async function createIn<T extends Labelled>(call: RetryCall, collection: string, body: { label: string }, onFound: OnFound<T>): Promise<T> {
    const label = body.label;
    for (let attempt = 1; ; attempt++) {
      let failure: LinodeApiError;
      try {
        return resource<T>('POST', collection, await request({ method: 'POST', apiPath: collection, body }, call));
      } catch (error) {
        if (!isLinodeApiError(error)) throw error;
        failure = error;
      }
      const { kind, delay, canRetry, what } = afterWriteFailure(failure, attempt, call);
      if (canRetry) {
        onRetry(`POST ${collection}: ${what}, the create may have been applied; looking for "${label}" in ${seconds(delay)} (attempt ${attempt + 1})`);
        await call.wait(delay, sleep);
      } else {
        onRetry(`POST ${collection}: ${what}, the create may have been applied; looking for "${label}"`);
      }
      let found: T | undefined;
      let removed = false;
      try {
        const match = await findByLabel<T>(collection, label, call);
        found = match === undefined ? undefined : await onFound(match);
        if (match !== undefined && found === undefined) {
          removed = true;
          onRetry(`POST ${collection}: "${label}" (id ${match.id}), created by the interrupted request, cannot be adopted and was removed`);
        }
      } catch (error) {
        if (!isLinodeApiError(error)) throw error;
        throw unsettled(failure, attempt, `the create may have been applied, and looking for "${label}" failed: ${error.message}`);
      }
      if (found !== undefined) {
        onRetry(`POST ${collection}: adopted "${label}" (id ${found.id}), created by the interrupted request`);
        return found;
      }
      if (!canRetry) {
        throw kind === 'retry'
          ? scrub(
              gaveUpError(
                failure,
                attempt,
                call.elapsedMs(),
                `${budgetSpent()}, ${removed ? `the "${label}" it created was removed` : `nothing named "${label}" was created`}`,
              ),
            )
          : failure;
      }
    }
  }

  async function updateIn<T extends Versioned>(call: RetryCall, apiPath: string, body: unknown, check: UpdateCheck<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let failure: LinodeApiError;
      try {
        return resource<T>('PUT', apiPath, await request({ method: 'PUT', apiPath, body }, call, isRetryableBlind));
      } catch (error) {
        if (!isLinodeApiError(error)) throw error;
        failure = error;
      }
      const { kind, delay, canRetry, outOfAttempts, what } = afterWriteFailure(failure, attempt, call);
      if (canRetry) {
        onRetry(`PUT ${apiPath}: ${what}, the update may have been applied; reading it back in ${seconds(delay)}`);
        await call.wait(delay, sleep);
      } else {
        onRetry(`PUT ${apiPath}: ${what}, the update may have been applied; reading it back`);
      }
      let current: T;
      try {
        current = resource<T>('GET', apiPath, await request({ method: 'GET', apiPath }, call));
      } catch (error) {
        if (!isLinodeApiError(error)) throw error;
        throw unsettled(failure, attempt, `the update may have been applied, and reading it back failed: ${error.message}`);
      }
      // A version that moved alone could be someone else's edit; the fields must be ours too.
      if (current.version !== check.version && check.reflects(current)) {
        onRetry(`PUT ${apiPath}: the interrupted update was applied (version ${check.version} → ${current.version})`);
        return current;
      }
      if (!canRetry) {
        if (kind !== 'retry') throw failure;
        const why = outOfAttempts ? `at most ${MAX_ATTEMPTS} attempts` : budgetSpent();
        throw scrub(gaveUpError(failure, attempt, call.elapsedMs(), `${why}; the update was not applied`));
      }
      onRetry(`PUT ${apiPath}: the update was not applied; sending it again (attempt ${attempt + 1})`);
    }
  }

  async function remove(apiPath: string): Promise<void> {
    try {
      await withCall((call) => request({ method: 'DELETE', apiPath }, call));
    } catch (error) {
      if (isLinodeApiError(error) && error.status === 404) {
        debug(`DELETE ${fullPath(apiPath)}: already gone (404)`);
        return;
      }
      throw error;
    }
  }

  return {
    list: (apiPath) => withCall((call) => list(apiPath, call)),
    get: async (apiPath) => resource('GET', apiPath, await withCall((call) => request({ method: 'GET', apiPath }, call))),
    put: async (apiPath, body) => resource('PUT', apiPath, await withCall((call) => request({ method: 'PUT', apiPath, body }, call))),
    update: (apiPath, body, check) => withCall((call) => updateIn(call, apiPath, body, check)),
    remove,
    create,
    post: (apiPath, body) => withCall((call) => request({ method: 'POST', apiPath, body }, call)),
    debug,
  };
}

/** A write's failure whose outcome could not be found out: the write's error, with why it is unsettled. */
function unsettled(failure: LinodeApiError, attempts: number, why: string): LinodeApiError {
  const { status, method, path, reasons, code } = failure;
  return new LinodeApiError(`${failure.message}; ${why}`, { status, method, path, reasons, code, attempts });
}
