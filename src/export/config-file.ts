/**
 * `export`, the pure part: the live account's destinations and streams as a config file that
 * validates and re-plans to no changes against the same account. The API never returns secrets,
 * so each secret field becomes a `${NAME}` reference (a re-plan does not compare them); every
 * value the API returns is written as it is. The LKE clusters the streams name, when they were
 * read, go under `lke_clusters:` (those with audit logs on: the section only ever turns them on).
 */
import { Document } from 'yaml';
import { suggestedEnvName } from '../config/env-refs.js';
import { RESERVED_NAME } from '../config/structure.js';
import type { LkeCluster } from '../linode/account-types.js';
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
  /** LKE clusters the streams name that are not under `lke_clusters:`, with why. */
  clusterNotes: string[];
}

export interface ExportSource {
  apiUrl: string;
  apiVersion: string;
  at: Date;
}

/**
 * The config file of an account's destinations and streams.
 *
 * @param clusters the account's LKE clusters, or undefined when they were not read (then no `lke_clusters:`)
 */
export function exportConfig(live: LiveState, source: ExportSource, clusters?: LkeCluster[]): ExportedConfig {
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
  const named = [...new Set([...streams.values()].flatMap((entry) => clusterIdsOf(entry)))].sort((a, b) => a - b);
  const { section: lkeClusters, notes: clusterNotes } = clusters === undefined ? { section: new Map(), notes: [] } : clusterSection(named, clusters);
  // prune: false: exporting states what is there; deleting what a later file leaves out is a choice to make by hand.
  const file = {
    version: 1,
    prune: false,
    ...(quota > 1 ? { stream_quota: quota } : {}),
    ...(lkeClusters.size > 0 ? { lke_clusters: lkeClusters } : {}),
    destinations,
    streams,
  };
  const references = names.all();
  const doc = new Document(file);
  doc.commentBefore = header(source, { destinations: destinations.size, streams: streams.size, clusters: lkeClusters.size }, references);
  return { text: doc.toString({ lineWidth: 0 }), references, skipped, clusterNotes };
}

function clusterIdsOf(entry: JsonObject): number[] {
  const details = entry.details;
  const ids = isObject(details) && Array.isArray(details.cluster_ids) ? details.cluster_ids : [];
  return ids.filter((id): id is number => typeof id === 'number');
}

/**
 * `lke_clusters:` for the clusters the streams name by id, keyed by label (by id, quoted, when
 * the label is shared or reads as an id). Only clusters with audit logs on: an entry means
 * `audit_logs: true`, so one that is off would plan turning it on. The streams keep their ids.
 */
function clusterSection(ids: number[], clusters: LkeCluster[]): { section: Map<string, JsonObject>; notes: string[] } {
  const section = new Map<string, JsonObject>();
  const notes: string[] = [];
  for (const id of ids) {
    const cluster = clusters.find((c) => c.id === id);
    if (cluster === undefined) {
      notes.push(`LKE cluster #${id}, named by a stream's cluster_ids, is not on the account`);
      continue;
    }
    if (cluster.tier !== 'enterprise' || !cluster.control_plane.audit_logs_enabled) {
      const why = cluster.tier !== 'enterprise' ? `is tier ${cluster.tier ?? 'unknown'}` : 'has audit logs off';
      notes.push(`LKE cluster ${cluster.label} (#${id}) ${why}: left out of lke_clusters, where an entry turns audit logs on`);
      continue;
    }
    const byLabel = clusters.filter((c) => c.label === cluster.label).length === 1 && !/^[1-9][0-9]*$/.test(cluster.label);
    section.set(byLabel ? cluster.label : String(id), { audit_logs: true });
  }
  return { section, notes };
}

function header(source: ExportSource, counts: { destinations: number; streams: number; clusters: number }, references: ExportedReference[]): string {
  const { destinations, streams, clusters } = counts;
  const what =
    `${destinations} destination${destinations === 1 ? '' : 's'}` +
    (clusters > 0
      ? `, ${streams} stream${streams === 1 ? '' : 's'} and ${clusters} LKE cluster${clusters === 1 ? '' : 's'}`
      : ` and ${streams} stream${streams === 1 ? '' : 's'}`);
  const lines = [
    ` Exported by linode-logs export from ${source.apiUrl} (${source.apiVersion}) on ${source.at.toISOString()}:`,
    ` ${what}, as the API returned them.`,
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
