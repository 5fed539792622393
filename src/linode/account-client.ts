/**
 * The Linode API around log delivery, beside the Logs endpoints themselves: Object Storage keys
 * (for managed, least-privilege destination keys), LKE clusters (Kubernetes API audit logs) and
 * the destination check. Paths over the same API layer (api.ts) as the Logs client.
 */
import type { CreatedObjectStorageKey, LkeCluster, LkeClusterUpdate, ObjectStorageEndpoint, ObjectStorageKey, ObjectStorageKeyBody } from './account-types.js';
import { checkedId, createApi, type LinodeClientOptions } from './api.js';
import { LinodeApiError } from './errors.js';
import type { DestinationBody } from './types.js';

const KEYS = '/object-storage/keys';
const ENDPOINTS = '/object-storage/endpoints';
const CLUSTERS = '/lke/clusters';
const VERIFY = '/monitor/streams/destinations/verify';

/**
 * Everything plan and apply need beyond the Logs API. Apply depends on this interface, so tests
 * can pass the emulator-backed client or a fake.
 */
export interface AccountApi {
  /** Every key of the account, without secrets (the API never shows a secret again). */
  listObjectStorageKeys(): Promise<ObjectStorageKey[]>;
  /**
   * Creates a key and returns it with its `secret_key`, the only time the API shows it. The
   * secret is handed to `registerSecret` before this resolves. After an interrupted create, a
   * key found by its label cannot be adopted (its secret is lost): it is deleted and the create
   * is tried again, so give keys unique labels.
   */
  createObjectStorageKey(body: ObjectStorageKeyBody): Promise<CreatedObjectStorageKey>;
  /** A 404 counts as deleted. */
  deleteObjectStorageKey(id: number): Promise<void>;
  /**
   * `GET /object-storage/endpoints`: each region's S3 endpoints (every page). An API answer, so
   * data: callers keep only hosts under linodeobjects.com (`trustedEndpoints` in s3/endpoint.ts).
   */
  listObjectStorageEndpoints(): Promise<ObjectStorageEndpoint[]>;
  listLkeClusters(): Promise<LkeCluster[]>;
  getLkeCluster(id: number): Promise<LkeCluster>;
  updateLkeCluster(id: number, body: LkeClusterUpdate): Promise<LkeCluster>;
  /**
   * `POST /monitor/streams/destinations/verify`: the checks of a destination create (for Object
   * Storage, a test object written into the bucket with the key: with Object Lock it stays for
   * the retention period) without creating it. Resolves when the API accepts the destination;
   * rejects with the API's LinodeApiError (400 "An error occurred" when the key cannot write).
   */
  verifyDestination(body: DestinationBody): Promise<void>;
}

export interface AccountClientOptions extends LinodeClientOptions {
  /**
   * Called with every secret the API returns (a new key's `secret_key`) before the caller gets
   * it; pass the runner's masker (`core.setSecret`) so it never shows in a log.
   */
  registerSecret?: (secret: string) => void;
}

function isCreatedKey(body: ObjectStorageKey): body is CreatedObjectStorageKey {
  return typeof (body as { secret_key?: unknown }).secret_key === 'string' && (body as CreatedObjectStorageKey).secret_key !== '';
}

/** An {@link AccountApi} through axios (api.ts), sharing the Logs client's auth, retries and errors. */
export function createAccountClient(options: AccountClientOptions): AccountApi {
  const api = createApi(options);
  const deleteKey = async (id: number): Promise<void> => api.remove(`${KEYS}/${checkedId(id)}`);

  return {
    listObjectStorageKeys: async () => api.list<ObjectStorageKey>(KEYS),
    createObjectStorageKey: async (body) => {
      const created = await api.create<ObjectStorageKey>(KEYS, body, async (orphan) => {
        // Its secret was in the lost answer: the key is useless, and it may open a bucket.
        await deleteKey(orphan.id);
        return undefined;
      });
      if (!isCreatedKey(created)) {
        throw new LinodeApiError(`POST /${options.apiVersion ?? 'v4'}${KEYS} returned a key without its secret_key`, {
          status: 200,
          method: 'POST',
          path: `/${options.apiVersion ?? 'v4'}${KEYS}`,
        });
      }
      options.registerSecret?.(created.secret_key);
      return created;
    },
    deleteObjectStorageKey: deleteKey,
    listObjectStorageEndpoints: async () => api.list<ObjectStorageEndpoint>(ENDPOINTS),
    listLkeClusters: async () => api.list<LkeCluster>(CLUSTERS),
    getLkeCluster: async (id) => api.get<LkeCluster>(`${CLUSTERS}/${checkedId(id)}`),
    updateLkeCluster: async (id, body) => api.put<LkeCluster>(`${CLUSTERS}/${checkedId(id)}`, body),
    verifyDestination: async (body) => {
      await api.post(VERIFY, body);
    },
  };
}
