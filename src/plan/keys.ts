/**
 * Managed Object Storage keys (`access_key: managed`), planned purely: their labels, the key a
 * managed destination uses now, a new key on every write of it (rotation), and the managed keys
 * no destination writes with any more once the plan is applied.
 */
import { createHash } from 'node:crypto';
import type { DesiredDestination, DesiredState } from '../config/types.js';
import type { ObjectStorageKey } from '../linode/account-types.js';
import type { LiveDestination, LiveState } from '../linode/types.js';
import { NEW_MANAGED_KEY } from './flatten.js';
import type { Change, FieldDiff, Plan } from './types.js';
import { textOf, value } from './values.js';

/**
 * Managed keys are labelled `linode-logs:<destination>:<8 hex>`, 50 characters at most (the API's
 * limit). A destination label longer than 29 characters is shortened to its first 20 and 6 hex
 * of its sha256, so two long labels with one beginning never share a prefix.
 */
export const MANAGED_KEY_PREFIX = 'linode-logs:';
const MAX_LABEL_PART = 29;

/** The label prefix of every managed key of one destination. */
export function managedKeyPrefix(destination: string): string {
  const part =
    destination.length <= MAX_LABEL_PART
      ? destination
      : `${destination.slice(0, 20)}~${createHash('sha256').update(destination, 'utf8').digest('hex').slice(0, 6)}`;
  return `${MANAGED_KEY_PREFIX}${part}:`;
}

/** Whether a key is one the action made, for any destination (`linode-logs:<…>:<8 hex>`). */
export function isManagedKey(key: { label: string }): boolean {
  return key.label.startsWith(MANAGED_KEY_PREFIX) && /^.+:[0-9a-f]{8}$/.test(key.label.slice(MANAGED_KEY_PREFIX.length));
}

/** Whether a key is one the action made for `destination` (found again by its label). */
export function isManagedKeyOf(key: { label: string }, destination: string): boolean {
  const prefix = managedKeyPrefix(destination);
  return key.label.startsWith(prefix) && /^[0-9a-f]{8}$/.test(key.label.slice(prefix.length));
}

/** A fresh label for a new managed key of `destination`; `suffix` is 8 random hex digits. */
export function managedKeyLabel(destination: string, suffix: string): string {
  return `${managedKeyPrefix(destination)}${suffix}`;
}

/**
 * The desired destinations with the managed key each uses now written in as its
 * `access_key_id`, and those keys by destination label. A managed destination keeps its key
 * while nothing else changes, so the diff compares it with that key, not with a new one.
 */
export function withCurrentKeys(
  desired: DesiredDestination[],
  liveDestinations: Map<string, LiveDestination>,
  keys: ObjectStorageKey[],
): { destinations: DesiredDestination[]; currentKeys: Map<string, ObjectStorageKey> } {
  const currentKeys = new Map<string, ObjectStorageKey>();
  const destinations = desired.map((destination) => {
    if (destination.managedKey === undefined) return destination;
    const key = currentManagedKey(destination, liveDestinations.get(destination.label), keys);
    if (key === undefined) return destination;
    currentKeys.set(destination.label, key);
    return { ...destination, details: { ...destination.details, access_key_id: key.access_key } };
  });
  return { destinations, currentKeys };
}

/** The key a managed destination uses now, if it is one of ours, limited to exactly its bucket. */
function currentManagedKey(destination: DesiredDestination, live: LiveDestination | undefined, keys: ObjectStorageKey[]): ObjectStorageKey | undefined {
  if (live === undefined || live.type !== destination.type || destination.managedKey === undefined) return undefined;
  const { bucket, region } = destination.managedKey;
  const key = keys.find((k) => k.access_key === live.details.access_key_id);
  if (key === undefined || !isManagedKeyOf(key, destination.label)) return undefined;
  const access = key.bucket_access ?? [];
  const exact = access.length === 1 && access[0]?.bucket_name === bucket && access[0].region === region && access[0].permissions === 'read_write';
  return exact ? key : undefined;
}

/**
 * Any write of a managed destination rotates its key: the destination changes of the diff with
 * their new keys, and the key creates they need (in the same order). A live destination that
 * writes with a key that is not its managed key (any more) is given one.
 */
export function rotateManagedKeys(
  diffed: Change[],
  desired: DesiredDestination[],
  liveDestinations: Map<string, LiveDestination>,
  currentKeys: Map<string, ObjectStorageKey>,
): { keyCreates: Change[]; destinationChanges: Change[] } {
  const byLabel = new Map(desired.map((d) => [d.label, d]));
  const keyCreates: Change[] = [];
  const destinationChanges = diffed.map((planned) => {
    const wanted = byLabel.get(planned.label);
    if (wanted?.managedKey === undefined) return planned;
    const current = currentKeys.get(planned.label);
    const liveOne = liveDestinations.get(planned.label);
    // The live destination uses a key that is not its managed key (any more): give it one.
    const change: Change =
      planned.action === 'noop' && current === undefined && liveOne !== undefined
        ? {
            kind: 'destination',
            label: planned.label,
            action: 'update',
            id: liveOne.id,
            version: liveOne.version,
            fields: [],
            reason: 'fields',
            desired: wanted,
          }
        : planned;
    const rotates = change.action === 'create' || change.action === 'update' || change.action === 'replace';
    if (rotates) {
      keyCreates.push({
        kind: 'object_storage_key',
        action: 'create',
        label: `${managedKeyPrefix(wanted.label)}…`,
        desired: { destination: wanted.label, ...wanted.managedKey },
        fields: [
          { path: 'bucket_access', before: { kind: 'absent' }, after: value(`read_write on ${wanted.managedKey.bucket} (${wanted.managedKey.region})`) },
        ],
        note: `for destination ${wanted.label}`,
      });
    }
    return rotates ? withNewKey(change, wanted, current) : change;
  });
  return { keyCreates, destinationChanges };
}

/** A write of a managed destination carries a new key: the plan says so field by field. */
function withNewKey(change: Change, desired: DesiredDestination, current: ObjectStorageKey | undefined): Change {
  if (change.kind !== 'destination' || (change.action !== 'update' && change.action !== 'replace' && change.action !== 'create')) return change;
  if (change.action === 'create') return { ...change, desired };
  const fields: FieldDiff[] = change.fields.filter((f) => f.path !== 'details.access_key_id');
  fields.push({ path: 'details.access_key_id', before: current ? value(current.access_key) : value('(not a managed key)'), after: value(NEW_MANAGED_KEY) });
  fields.sort((a, b) => (a.path < b.path ? -1 : 1));
  // A rotation is a field change: the new key is a new access_key_id.
  if (change.action === 'update') return { ...change, desired, fields, reason: 'fields' };
  return { ...change, desired, fields };
}

/**
 * Managed keys (by label) that no destination will write with once the plan is applied, of a
 * destination the file names (rotated; switched to keys of its own or another type; unused keys
 * an interrupted run left, whose secrets are lost) or, with `prune: true`, of any other (its
 * destination pruned, or already gone). Never a key a live destination still writes with after
 * the plan; each waits for the changes of the destinations that write with it now (`after`).
 */
export function staleManagedKeys(
  desired: DesiredState,
  live: LiveState,
  keys: ObjectStorageKey[],
  destinationChanges: Change[],
  currentKeys: Map<string, ObjectStorageKey>,
): Change[] {
  const changeOf = new Map(destinationChanges.map((c) => [c.label, c]));
  const liveLabels = new Set(live.destinations.map((d) => d.label));
  const deletes: Change[] = [];
  for (const key of keys) {
    if (!isManagedKey(key)) continue;
    const owner = desired.destinations.find((d) => isManagedKeyOf(key, d.label));
    // Without prune, a key of a destination the file does not name is left alone, like the destination.
    if (owner === undefined && !desired.prune) continue;
    const writers = live.destinations.filter((d) => d.details.access_key_id === key.access_key);
    if (writers.some((d) => keepsKey(changeOf.get(d.label), key.access_key))) continue;
    // A destination this plan creates with that very key id (written into the file) would use it too.
    if (desired.destinations.some((d) => !liveLabels.has(d.label) && d.managedKey === undefined && textOf(d.details.access_key_id) === key.access_key))
      continue;
    deletes.push({
      kind: 'object_storage_key',
      action: 'delete',
      label: key.label,
      id: key.id,
      version: 0,
      note: staleKeyNote(key, owner, writers, currentKeys),
      ...(writers.length > 0 ? { after: writers.map((d) => d.label).sort() } : {}),
    });
  }
  return deletes.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/**
 * Whether the plan makes a live Object Storage destination stop writing with its key (deleted,
 * rewritten with another key or as another type): that key may be a managed one, which the plan
 * must then delete, so the keys have to be read (see `SetupNeeds.keyCleanup` in setup-needs.ts).
 */
export function mayLeaveKeys(plan: Plan, live: LiveState): boolean {
  const changeOf = new Map(plan.changes.filter((c) => c.kind === 'destination').map((c) => [c.label, c]));
  return live.destinations.some(
    (d) => d.type === 'akamai_object_storage' && typeof d.details.access_key_id === 'string' && !keepsKey(changeOf.get(d.label), d.details.access_key_id),
  );
}

/** Why a managed key goes, in a few words. */
function staleKeyNote(
  key: ObjectStorageKey,
  owner: DesiredDestination | undefined,
  writers: LiveDestination[],
  currentKeys: Map<string, ObjectStorageKey>,
): string {
  if (owner === undefined) {
    return writers.length > 0 ? `its destination ${writers.map((d) => d.label).join(', ')} is pruned` : 'no destination uses it (prune: true)';
  }
  const wrote = writers.some((d) => d.label === owner.label);
  if (owner.managedKey === undefined) return wrote ? `${owner.label} no longer uses a managed key` : `unused key of ${owner.label} (its secret is lost)`;
  return key.id === currentKeys.get(owner.label)?.id || wrote
    ? `replaced by the new key of ${owner.label}`
    : `unused key of ${owner.label} (its secret is lost)`;
}

/**
 * Whether a live destination that writes with `accessKey` still does once `change` is applied.
 * No change (not in the file, prune false) or none needed: yes. Deleted, or rewritten with a new
 * managed key, another key or a type without keys: no. A key id not known in this run: assume yes.
 */
export function keepsKey(change: Change | undefined, accessKey: string): boolean {
  if (change === undefined || change.action === 'noop' || change.action === 'create') return true;
  if (change.action === 'delete') return false;
  if (change.kind !== 'destination') return true;
  const wanted = change.desired;
  if (wanted.managedKey !== undefined || wanted.type !== 'akamai_object_storage') return false;
  const id = textOf(wanted.details.access_key_id);
  return id === undefined || id === accessKey;
}
