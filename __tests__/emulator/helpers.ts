import { afterEach } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js';

export const TOKEN = 'emulator-token';
/** 2026-11-21T14:03:07.250Z: mid-minute, so rate-limit windows have a known end. */
export const START = Date.UTC(2026, 10, 21, 14, 3, 7, 250);

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when the response is not JSON. */
  body: any;
}

export interface CallOptions {
  /** null sends no Authorization header. */
  token?: string | null;
  version?: 'v4' | 'v4beta' | '';
  headers?: Record<string, string>;
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string;
}

export interface Harness {
  emulator: Emulator;
  /** The emulator's clock; tests move it instead of sleeping. */
  clock: { now: number; advance(ms: number): void };
  call(method: string, path: string, body?: unknown, options?: CallOptions): Promise<ApiResponse>;
  /** A control endpoint (`/__emulator/...`), no auth. */
  control(method: string, name: string, body?: unknown): Promise<ApiResponse>;
}

const started: Emulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.close()));
});

async function parse(response: Response): Promise<ApiResponse> {
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').startsWith('application/json');
  return { status: response.status, headers: response.headers, body: json ? JSON.parse(text) : text };
}

/** Starts an emulator on an ephemeral port with a test-controlled clock; closed after the test. */
export async function start(options: EmulatorOptions = {}): Promise<Harness> {
  const clock = {
    now: START,
    advance(ms: number) {
      clock.now += ms;
    },
  };
  const emulator = await startEmulator({ clock: () => clock.now, ...options });
  started.push(emulator);
  return {
    emulator,
    clock,
    async call(method, path, body, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      const token = options.token === undefined ? TOKEN : options.token;
      if (token !== null) headers.Authorization = `Bearer ${token}`;
      const payload = options.raw ?? (body === undefined ? undefined : JSON.stringify(body));
      if (payload !== undefined) headers['Content-Type'] = 'application/json';
      const version = options.version ?? 'v4';
      const prefix = version === '' ? '' : `/${version}`;
      return parse(await fetch(`${emulator.url}${prefix}${path}`, { method, headers, body: payload }));
    },
    async control(method, name, body) {
      return parse(
        await fetch(`${emulator.url}/__emulator/${name}`, {
          method,
          ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
        }),
      );
    },
  };
}

/** Every secret value below contains this marker, so one string search proves none came back. */
export const SECRET = 'SECRET';

export function objectStorageBody(label = 'archive', details: Record<string, unknown> = {}) {
  return {
    label,
    type: 'akamai_object_storage',
    details: {
      bucket_name: 'audit-logs',
      host: 'audit-logs.us-east-1.linodeobjects.com',
      access_key_id: 'AKIDEXAMPLE',
      access_key_secret: `${SECRET}-access-key`,
      ...details,
    },
  };
}

export function customHttpsBody(label = 'siem', details: Record<string, unknown> = {}) {
  return {
    label,
    type: 'custom_https',
    details: {
      endpoint_url: 'https://siem.example.com/ingest',
      data_compression: 'gzip',
      content_type: 'application/json',
      authentication: {
        type: 'basic',
        details: { basic_authentication_user: 'shipper', basic_authentication_password: `${SECRET}-password` },
      },
      client_certificate_details: {
        client_ca_certificate: 'CA PEM',
        client_certificate: 'CERT PEM',
        client_private_key: `${SECRET}-private-key`,
        tls_hostname: 'siem.example.com',
      },
      custom_headers: [
        { name: 'X-Api-Key', value: `${SECRET}-header-1` },
        { name: 'X-Tenant', value: `${SECRET}-header-2` },
      ],
      ...details,
    },
  };
}

export function streamBody(destinationId: number, label = 'audit-stream', extra: Record<string, unknown> = {}) {
  return { label, type: 'audit_logs', destinations: [destinationId], ...extra };
}

export function lkeStreamBody(destinationId: number, details: unknown, label = 'lke-stream') {
  return { label, type: 'lke_audit_logs', destinations: [destinationId], details };
}

/** Creates a destination and returns its id (asserting success). */
export async function createDestination(h: Harness, body: unknown = objectStorageBody()): Promise<number> {
  const response = await h.call('POST', '/monitor/streams/destinations', body);
  if (response.status !== 200) throw new Error(`create destination: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id as number;
}

/** Creates a stream and returns its id (asserting success). */
export async function createStream(h: Harness, body: unknown): Promise<number> {
  const response = await h.call('POST', '/monitor/streams', body);
  if (response.status !== 200) throw new Error(`create stream: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id as number;
}
