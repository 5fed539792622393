import type { LkeStore } from './lke.js';
import type { ObjectStorage } from './object-storage.js';
import type { LabelFilter } from './paging.js';
import type { Reply } from './reply.js';
import type { Settings } from './settings.js';
import type { Store } from './store.js';

/** What an API handler gets: the request already routed, authenticated, rate-limited and parsed. */
export interface ApiContext {
  store: Store;
  /** Object Storage keys, buckets and objects (shared with the S3 endpoint). */
  objectStorage: ObjectStorage;
  lke: LkeStore;
  settings: Settings;
  /** The `{id}` of the path, when the route has one. */
  id: number;
  query: URLSearchParams;
  /** The JSON object sent with POST/PUT; `{}` otherwise. */
  body: Record<string, unknown>;
  filter: LabelFilter;
  /** Who the token belongs to (`created_by` / `updated_by`). */
  user: string;
}

export type Handler = (ctx: ApiContext) => Reply;
