import { posix } from 'node:path';
import type { ApprovedChange } from '../plan/fingerprint.js';
import type { ResourceKind } from '../plan/types.js';

/**
 * The hidden first line of every comment and issue this action writes:
 * `<!-- linode-log-streams-action:plan {"config":…} -->`. It finds the comment again (with the
 * author check: a marker anyone could type is never trusted alone) and carries what must survive
 * between runs, like the approved plan's fingerprint (dflook keeps its plan hash the same way).
 */
const PREFIX = '<!-- linode-log-streams-action:';

export type MarkerType = 'plan' | 'drift';

/** Where the plan comment's apply status goes: an apply replaces what is between them. */
export const APPLY_STATUS_OPEN = `${PREFIX}apply-status -->`;
export const APPLY_STATUS_CLOSE = '<!-- /linode-log-streams-action:apply-status -->';

/** What the plan comment records about the plan it shows. */
export interface PlanMarker {
  config: string;
  /** Absent when the plan did not complete (invalid config, failure, no token): nothing to approve. */
  fingerprint?: string;
  /** The commit the plan was made at. */
  sha?: string;
  /** Each change's digest, or null when too many to record (then only the exact fingerprint approves). */
  changes?: ApprovedChange[] | null;
}

export interface DriftMarker {
  config: string;
}

/** Changes recorded per change while the marker stays under this many characters. */
const MAX_CHANGES_CHARS = 20_000;

/**
 * One letter per resource kind, to keep the marker short. Format 1 knew only `d` and `s` (and
 * wrote `s` for every kind that was not a destination); its markers still read as before.
 */
const KIND_CODE: Record<ResourceKind, string> = {
  destination: 'd',
  stream: 's',
  bucket: 'b',
  object_storage_key: 'k',
  lke_cluster: 'l',
};
const KIND_OF_CODE = new Map<string, ResourceKind>(Object.entries(KIND_CODE).map(([kind, code]) => [code, kind as ResourceKind]));

/** The plan marker's format: 2 records every resource kind faithfully. */
const PLAN_FORMAT = 2;

type PackedChange = [kind: string, label: string, action: ApprovedChange['action'], id: number | null, version: number | null, digest: string];

/**
 * The config path as the marker keys it: `./.github/x.yml`, `.github//x.yml` and `.github/x.yml`
 * name one file, so a plan and an apply step that spell it differently still find each other.
 */
export function configKey(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
}

/** Whether a marker's config names the same file as `path`. */
export function sameConfig(marker: { config: string }, path: string): boolean {
  return configKey(marker.config) === configKey(path);
}

/** JSON that cannot end the HTML comment it sits in (`-->`) or open a tag. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatPlanMarker(marker: PlanMarker): string {
  const { changes, ...rest } = marker;
  let packed: PackedChange[] | null | undefined = changes?.map((c) => [KIND_CODE[c.kind], c.label, c.action, c.id ?? null, c.version ?? null, c.digest]);
  if (packed && inertJson(packed).length > MAX_CHANGES_CHARS) packed = null;
  return `${PREFIX}plan ${inertJson({ ...rest, config: configKey(rest.config), ...(packed !== undefined ? { changes: packed } : {}), format: PLAN_FORMAT })} -->`;
}

export function formatDriftMarker(marker: DriftMarker): string {
  return `${PREFIX}drift ${inertJson({ config: configKey(marker.config), format: 1 })} -->`;
}

function markerJson(body: string, type: MarkerType): Record<string, unknown> | undefined {
  // GitHub may store the body with CRLF line ends; an editor may add a BOM or stray spaces.
  const firstLine = (body.split('\n', 1)[0] ?? '').replace(/^\uFEFF/, '').trim();
  const match = new RegExp(`^${PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${type}\\s+(\\{.*\\})\\s*-->$`).exec(firstLine);
  if (!match) return undefined;
  try {
    const data: unknown = JSON.parse(match[1]!);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The plan marker of a body, or undefined when it has none (or a malformed one). */
export function parsePlanMarker(body: string): PlanMarker | undefined {
  const data = markerJson(body, 'plan');
  if (!data || typeof data.config !== 'string') return undefined;
  const marker: PlanMarker = { config: data.config };
  if (typeof data.fingerprint === 'string' && /^[0-9a-f]{64}$/.test(data.fingerprint)) marker.fingerprint = data.fingerprint;
  if (typeof data.sha === 'string') marker.sha = data.sha;
  if (data.changes === null) marker.changes = null;
  else if (Array.isArray(data.changes)) marker.changes = data.changes.flatMap(unpack);
  return marker;
}

export function parseDriftMarker(body: string): DriftMarker | undefined {
  const data = markerJson(body, 'drift');
  return data && typeof data.config === 'string' ? { config: data.config } : undefined;
}

const ACTIONS = new Set(['create', 'update', 'replace', 'delete']);

function unpack(entry: unknown): ApprovedChange[] {
  if (!Array.isArray(entry) || entry.length !== 6) return [];
  const [kind, label, action, id, version, digest] = entry as unknown[];
  const resource = typeof kind === 'string' ? KIND_OF_CODE.get(kind) : undefined;
  if (resource === undefined || typeof label !== 'string' || typeof action !== 'string' || !ACTIONS.has(action) || typeof digest !== 'string') return [];
  return [
    {
      kind: resource,
      label,
      action: action as ApprovedChange['action'],
      ...(typeof id === 'number' ? { id } : {}),
      ...(typeof version === 'number' ? { version } : {}),
      digest,
    },
  ];
}

/**
 * The parts of a body this action reads back: its marker line (when the body has one that
 * parses) and the apply-status delimiters. Built only from secret-free data (config path,
 * commit, hashes, labels, ids), they are kept intact by the final redaction pass: a short secret
 * that happens to be a substring of them must not corrupt them.
 */
export function structuralParts(body: string): string[] {
  const firstLine = body.split('\n', 1)[0] ?? '';
  const marker = (parsePlanMarker(firstLine) ?? parseDriftMarker(firstLine)) !== undefined ? [firstLine] : [];
  return [...marker, APPLY_STATUS_OPEN, APPLY_STATUS_CLOSE];
}
