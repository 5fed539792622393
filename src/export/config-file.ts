/**
 * `export`, the pure part: the live account's destinations and streams as a config file that
 * validates and re-plans to no changes against the same account. The API never returns secrets,
 * so each secret field becomes a `${NAME}` reference (a re-plan does not compare them); every
 * value the API returns is written as it is.
 */
import { Document } from 'yaml';
import { suggestedEnvName } from '../config/env-refs.js';
import { RESERVED_NAME } from '../config/structure.js';
import type { JsonObject, JsonValue, LiveState, LiveStream } from '../linode/types.js';

/** A variable the exported file references: what it must hold. */
export interface ExportedReference {
  name: string;
  holds: string;
}

export interface ExportedConfig {
  text: string;
  references: ExportedReference[];
  /** Resources the file cannot hold (a second resource of the same label), with why. */
  skipped: string[];
}

export interface ExportSource {
  apiUrl: string;
  apiVersion: string;
  at: Date;
}

/** The config file of an account's destinations and streams. */
export function exportConfig(live: LiveState, source: ExportSource): ExportedConfig {
  const names = new ReferenceNames();
  const skipped: string[] = [];
  // Maps, not objects: a label is data, and `__proto__` is a valid one.
  const destinations = new Map<string, JsonObject>();
  const labelById = new Map<number, string>();
  for (const destination of [...live.destinations].sort((a, b) => a.id - b.id)) {
    labelById.set(destination.id, destination.label);
    // A file names a destination by its label, once: a second one of that label cannot be written.
    if (destinations.has(destination.label)) {
      skipped.push(`destination "${destination.label}" (#${destination.id}): another destination has that label`);
      continue;
    }
    const details = (withoutEmpty(destination.details) ?? {}) as JsonObject;
    destinations.set(destination.label, { type: destination.type, details: withReferences(destination.label, destination.type, details, names) });
  }
  const streams = new Map<string, JsonObject>();
  const counts = new Map<string, number>();
  for (const stream of [...live.streams].sort((a, b) => a.id - b.id)) {
    const destination = stream.destinations[0];
    const destinationLabel = destination ? (labelById.get(destination.id) ?? destination.label) : undefined;
    if (streams.has(stream.label)) {
      skipped.push(`stream "${stream.label}" (#${stream.id}): another stream has that label`);
      continue;
    }
    if (destinationLabel === undefined || !destinations.has(destinationLabel)) {
      skipped.push(`stream "${stream.label}" (#${stream.id}): its destination is not among the account's destinations`);
      continue;
    }
    streams.set(stream.label, streamEntry(stream, destinationLabel));
    counts.set(stream.type, (counts.get(stream.type) ?? 0) + 1);
  }

  const quota = Math.max(1, ...counts.values());
  // prune: false: exporting states what is there; deleting what a later file leaves out is a choice to make by hand.
  const file = { version: 1, prune: false, ...(quota > 1 ? { stream_quota: quota } : {}), destinations, streams };
  const references = names.all();
  const doc = new Document(file);
  doc.commentBefore = header(source, destinations.size, streams.size, references);
  return { text: doc.toString({ lineWidth: 0 }), references, skipped };
}

function header(source: ExportSource, destinations: number, streams: number, references: ExportedReference[]): string {
  const lines = [
    ` Exported by linode-logs export from ${source.apiUrl} (${source.apiVersion}) on ${source.at.toISOString()}:`,
    ` ${destinations} destination${destinations === 1 ? '' : 's'} and ${streams} stream${streams === 1 ? '' : 's'}, as the API returned them.`,
  ];
  if (references.length > 0) {
    lines.push(' The API never returns secrets: set these variables (from secrets) before apply.');
    for (const ref of references) lines.push(`   ${ref.name}: ${ref.holds}`);
  }
  return lines.join('\n');
}

function streamEntry(stream: LiveStream, destination: string): JsonObject {
  // A stream on its way somewhere is written as where it goes: the plan compares it so.
  const status = stream.status === 'deactivating' || stream.status === 'inactive' ? 'inactive' : 'active';
  const entry: JsonObject = { type: stream.type, destination, status };
  if (stream.type !== 'lke_audit_logs') return entry;
  const details: JsonObject = {};
  if ((stream.details?.cluster_ids?.length ?? 0) > 0) details.cluster_ids = [...stream.details!.cluster_ids!];
  // false is the API's default: the same as leaving it out.
  if (stream.details?.is_auto_add_all_clusters_enabled === true) details.is_auto_add_all_clusters_enabled = true;
  entry.details = details;
  return entry;
}

/**
 * The details with each secret field the API leaves out written as a reference: the file format
 * requires them to be references, and apply sends them with every write of the destination.
 */
function withReferences(label: string, type: string, details: JsonObject, names: ReferenceNames): JsonObject {
  if (type === 'akamai_object_storage') {
    const id = typeof details.access_key_id === 'string' ? ` of access key ${details.access_key_id}` : '';
    return { ...details, access_key_secret: names.add(label, 'access_key_secret', `the Object Storage secret key${id} (destination ${label})`) };
  }
  const out: JsonObject = { ...details };
  const endpoint = typeof details.endpoint_url === 'string' ? details.endpoint_url : `destination ${label}`;
  const authentication = details.authentication;
  if (isObject(authentication) && authentication.type === 'basic') {
    const auth = isObject(authentication.details) ? authentication.details : {};
    const user = typeof auth.basic_authentication_user === 'string' ? ` of user ${auth.basic_authentication_user}` : '';
    out.authentication = {
      ...authentication,
      details: {
        ...auth,
        basic_authentication_password: names.add(label, 'basic_authentication_password', `the HTTP basic authentication password${user} at ${endpoint}`),
      },
    };
  }
  if (Array.isArray(details.custom_headers)) {
    out.custom_headers = details.custom_headers.map((header) => {
      const name = isObject(header) && typeof header.name === 'string' ? header.name : 'header';
      return { ...(isObject(header) ? header : {}), value: names.add(label, name, `the value of the ${name} header sent to ${endpoint}`) };
    });
  }
  const certificate = details.client_certificate_details;
  if (isObject(certificate) && certificate.client_certificate !== undefined) {
    out.client_certificate_details = {
      ...certificate,
      client_private_key: names.add(label, 'client_private_key', `the PEM private key of the client certificate for ${endpoint}`),
    };
  }
  return out;
}

/** Variable names, unique in the file and never one the file may not reference (the runner's, the action's inputs). */
class ReferenceNames {
  private readonly references: ExportedReference[] = [];

  /** The `${NAME}` for a secret of a destination, e.g. `audit-bucket` + `access_key_secret` → `${AUDIT_BUCKET_ACCESS_KEY_SECRET}`. */
  add(label: string, field: string, holds: string): string {
    let base = suggestedEnvName(label, field);
    if (RESERVED_NAME.test(base)) base = `LINODE_${base}`;
    let name = base;
    for (let n = 2; this.references.some((ref) => ref.name === name); n++) name = `${base}_${n}`;
    this.references.push({ name, holds });
    return `\${${name}}`;
  }

  all(): ExportedReference[] {
    return [...this.references];
  }
}

/** null, '', [] and {} are how the API says "not set"; the plan drops them on both sides, and the file leaves them out. */
function withoutEmpty(value: JsonValue): JsonValue | undefined {
  if (value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item): item is JsonValue => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter((entry): entry is readonly [string, JsonValue] => entry[1] !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
