import { SECRET_FIELD_PATHS, type DestinationType, type JsonObject, type JsonValue } from '../src/linode/types.js';

function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Destination details as stored, with the defaults the API fills in. One shape, used for
 * create, update and seed alike, so GET, lists, embedded destinations and history agree:
 * - akamai_object_storage: `path` is '' when not sent (or null).
 * - custom_https: `content_type` is null when not sent; `custom_headers` is [] when not sent
 *   (or null); authentication `none` is kept as `{ "type": "none" }` (a `details: null` sent
 *   with it is dropped); `client_certificate_details` appears only when sent.
 * Secrets are kept here (the emulator checks credentials); `publicDetails` strips them.
 */
export function normaliseDetails(type: DestinationType, details: JsonObject): JsonObject {
  const copy = structuredClone(details);
  switch (type) {
    case 'akamai_object_storage':
      if (copy.path === undefined || copy.path === null) copy.path = '';
      return copy;
    case 'custom_https': {
      if (copy.content_type === undefined) copy.content_type = null;
      if (copy.custom_headers === undefined || copy.custom_headers === null) copy.custom_headers = [];
      const auth = copy.authentication;
      if (isJsonObject(auth) && auth.type === 'none' && auth.details === null) delete auth.details;
      return copy;
    }
    default: {
      const never: never = type;
      throw new Error(`unhandled destination type ${String(never)}`);
    }
  }
}

/** Details as the API returns them: a copy without any field of SECRET_FIELD_PATHS. */
export function publicDetails(details: JsonObject): JsonObject {
  const copy = structuredClone(details);
  for (const path of SECRET_FIELD_PATHS) removePath(copy, path.split('.'));
  return copy;
}

/** Removes `a.b.c` or `list[].c` from a JSON value, wherever the path exists. */
function removePath(value: JsonValue | undefined, segments: readonly string[]): void {
  const [head, ...rest] = segments;
  if (head === undefined || !isJsonObject(value)) return;
  if (head.endsWith('[]')) {
    const list = value[head.slice(0, -2)];
    if (Array.isArray(list)) for (const item of list) removePath(item, rest);
  } else if (rest.length === 0) {
    delete value[head];
  } else {
    removePath(value[head], rest);
  }
}
