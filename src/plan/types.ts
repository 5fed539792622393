import type { DesiredDestination, DesiredStream } from '../config/types.js';
import type { JsonValue, LiveStreamStatus } from '../linode/types.js';

export type ResourceKind = 'destination' | 'stream';

/**
 * How a value may be shown. Secrets are write-only (the API never returns them) and values that
 * come from `${NAME}` are shown by name only: neither ever reaches a log, comment or output.
 */
export type Shown =
  | { kind: 'value'; value: JsonValue }
  | { kind: 'sensitive'; name: string }
  | { kind: 'env'; name: string; known: boolean }
  | { kind: 'absent' };

/** One field that differs, e.g. `details.endpoint_url`. */
export interface FieldDiff {
  path: string;
  before: Shown;
  after: Shown;
}

interface ChangeBase {
  kind: ResourceKind;
  label: string;
}

export interface DestinationTarget {
  kind: 'destination';
  desired: DesiredDestination;
}

export interface StreamTarget {
  kind: 'stream';
  desired: DesiredStream;
}

export type Target = DestinationTarget | StreamTarget;

export type UpdateReason = 'fields' | 'rotate-secrets';

export type Change =
  | (ChangeBase & Target & { action: 'create'; fields: FieldDiff[] })
  | (ChangeBase &
      Target & {
        action: 'update';
        id: number;
        /** The live version the plan was made against; apply refuses if it moved. */
        version: number;
        fields: FieldDiff[];
        reason: UpdateReason;
      })
  | (ChangeBase &
      Target & {
        action: 'replace';
        id: number;
        version: number;
        fields: FieldDiff[];
      })
  | (ChangeBase & { action: 'delete'; id: number; version: number })
  | (ChangeBase & { action: 'noop'; id: number; liveStatus?: LiveStreamStatus });

export type ChangeAction = Change['action'];

/** A live resource the file does not name, left alone because `prune` is false. */
export interface UnmanagedResource {
  kind: ResourceKind;
  label: string;
  id: number;
}

export interface Plan {
  /** Every resource the file names plus every pruned one, in apply-independent display order. */
  changes: Change[];
  unmanaged: UnmanagedResource[];
  /** `${NAME}` variables that were unset, so fields using them were not compared. */
  uncompared: string[];
}

export interface PlanCounts {
  create: number;
  update: number;
  replace: number;
  delete: number;
  noop: number;
}
