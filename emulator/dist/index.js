import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./emulator/settings.ts
/** Defaults of every option (documented in EmulatorOptions). */
const DEFAULTS = {
    host: '127.0.0.1',
    port: 0,
    tokens: ['emulator-token'],
    provisioningMs: 2000,
    deactivatingMs: 1000,
    streamQuota: 1,
    maxPageSize: 500,
    collectionGetsPerMinute: 200,
    otherPerMinute: 1600,
    latencyMs: 0,
    /** Off when used as a library (tests deliver on demand); the command line's default is CLI_DELIVERY_MS. */
    deliveryMs: 0,
};
/** How often `npm run emulator` delivers logs of each active stream by default. */
const CLI_DELIVERY_MS = 5000;
/** The real API's smallest and default page sizes. */
const MIN_PAGE_SIZE = 25;
const DEFAULT_PAGE_SIZE = 100;
/** A bad option, from code or from `POST /__emulator/options`. */
class OptionsError extends Error {
    name = 'OptionsError';
}
function resolveSettings(options) {
    const settings = {
        tokens: [...DEFAULTS.tokens],
        provisioningMs: DEFAULTS.provisioningMs,
        deactivatingMs: DEFAULTS.deactivatingMs,
        streamQuota: DEFAULTS.streamQuota,
        maxPageSize: DEFAULTS.maxPageSize,
        collectionGetsPerMinute: DEFAULTS.collectionGetsPerMinute,
        otherPerMinute: DEFAULTS.otherPerMinute,
        latencyMs: DEFAULTS.latencyMs,
        deliveryMs: DEFAULTS.deliveryMs,
        credentials: undefined,
        logsFeature: true,
        logsVersions: ['v4', 'v4beta'],
        tokenScopes: undefined,
        objectStorageEndpoints: undefined,
        clock: options.clock ?? Date.now,
    };
    const { host: _host, port: _port, clock: _clock, ...runtime } = options;
    applyRuntimeOptions(settings, runtime);
    return settings;
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function count(name, value, min = 0) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
        throw new OptionsError(`${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
    }
    return value;
}
/**
 * Validates a patch (it may come as JSON from another process) and applies it. All or nothing:
 * nothing changes when any field is bad.
 */
function applyRuntimeOptions(settings, patch) {
    if (!isRecord(patch))
        throw new OptionsError('options must be a JSON object');
    const known = [
        'tokens',
        'provisioningMs',
        'deactivatingMs',
        'streamQuota',
        'maxPageSize',
        'rateLimit',
        'latencyMs',
        'deliveryMs',
        'credentials',
        'logsFeature',
        'logsVersions',
        'tokenScopes',
        'objectStorageEndpoints',
    ];
    const unknown = Object.keys(patch).filter((key) => !known.includes(key));
    if (unknown.length > 0)
        throw new OptionsError(`unknown option(s): ${unknown.join(', ')}`);
    const next = { ...settings };
    if (patch.tokens !== undefined) {
        const tokens = patch.tokens;
        if (!Array.isArray(tokens) || tokens.length === 0 || !tokens.every((t) => typeof t === 'string' && t !== '')) {
            throw new OptionsError('tokens must be a non-empty list of non-empty strings');
        }
        next.tokens = [...tokens];
    }
    if (patch.provisioningMs !== undefined)
        next.provisioningMs = count('provisioningMs', patch.provisioningMs);
    if (patch.deactivatingMs !== undefined)
        next.deactivatingMs = count('deactivatingMs', patch.deactivatingMs);
    if (patch.streamQuota !== undefined)
        next.streamQuota = count('streamQuota', patch.streamQuota);
    if (patch.maxPageSize !== undefined)
        next.maxPageSize = count('maxPageSize', patch.maxPageSize, MIN_PAGE_SIZE);
    if (patch.latencyMs !== undefined)
        next.latencyMs = count('latencyMs', patch.latencyMs);
    if (patch.deliveryMs !== undefined)
        next.deliveryMs = count('deliveryMs', patch.deliveryMs);
    if (patch.rateLimit !== undefined) {
        const limits = patch.rateLimit;
        if (!isRecord(limits))
            throw new OptionsError('rateLimit must be an object');
        if (limits.collectionGetsPerMinute !== undefined) {
            next.collectionGetsPerMinute = count('rateLimit.collectionGetsPerMinute', limits.collectionGetsPerMinute, 1);
        }
        if (limits.otherPerMinute !== undefined) {
            next.otherPerMinute = count('rateLimit.otherPerMinute', limits.otherPerMinute, 1);
        }
    }
    if (patch.credentials !== undefined) {
        const credentials = patch.credentials;
        if (credentials === null)
            next.credentials = undefined;
        else if (isRecord(credentials) && Object.values(credentials).every((v) => typeof v === 'string')) {
            next.credentials = { ...credentials };
        }
        else {
            throw new OptionsError('credentials must be an object of access_key_id -> secret, or null');
        }
    }
    if (patch.logsFeature !== undefined) {
        if (typeof patch.logsFeature !== 'boolean' && patch.logsFeature !== 'forbidden') {
            throw new OptionsError("logsFeature must be true, false or 'forbidden'");
        }
        next.logsFeature = patch.logsFeature;
    }
    if (patch.logsVersions !== undefined) {
        const versions = patch.logsVersions;
        if (!Array.isArray(versions) || versions.length === 0 || !versions.every((v) => v === 'v4' || v === 'v4beta')) {
            throw new OptionsError("logsVersions must be a non-empty list of 'v4' and 'v4beta'");
        }
        next.logsVersions = [...new Set(versions)];
    }
    if (patch.tokenScopes !== undefined) {
        const scopes = patch.tokenScopes;
        if (scopes === null)
            next.tokenScopes = undefined;
        else if (isRecord(scopes) && Object.values(scopes).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))) {
            next.tokenScopes = Object.fromEntries(Object.entries(scopes).map(([t, v]) => [t, [...v]]));
        }
        else {
            throw new OptionsError('tokenScopes must be an object of token -> list of scopes, or null');
        }
    }
    if (patch.objectStorageEndpoints !== undefined) {
        const endpoints = patch.objectStorageEndpoints;
        const isEntry = (e) => isRecord(e) &&
            typeof e.region === 'string' &&
            typeof e.endpoint_type === 'string' &&
            (typeof e.s3_endpoint === 'string' || e.s3_endpoint === null) &&
            Object.keys(e).every((k) => ['region', 'endpoint_type', 's3_endpoint'].includes(k));
        if (endpoints === null)
            next.objectStorageEndpoints = undefined;
        // Any text is taken as given: clients must not trust what the listing says.
        else if (Array.isArray(endpoints) && endpoints.every(isEntry))
            next.objectStorageEndpoints = structuredClone(endpoints);
        else
            throw new OptionsError('objectStorageEndpoints must be a list of { region, endpoint_type, s3_endpoint }, or null');
    }
    Object.assign(settings, next);
}
/** The settings as JSON (for `GET /__emulator/options`); the clock is not data. */
function describeSettings(settings) {
    const { clock: _clock, credentials, tokenScopes, objectStorageEndpoints, ...rest } = settings;
    return {
        ...rest,
        tokens: [...rest.tokens],
        logsVersions: [...rest.logsVersions],
        credentials: credentials ? { ...credentials } : null,
        tokenScopes: tokenScopes ? structuredClone(tokenScopes) : null,
        objectStorageEndpoints: objectStorageEndpoints ? structuredClone(objectStorageEndpoints) : null,
    };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/linode/rules.ts
/**
 * The Linode Logs API's own validation rules and error texts, as facts. One source for the
 * emulator (which answers 400 with them) and the config validator (which reports them against
 * the YAML file before anything is changed).
 */
const MAX_TEXT_LENGTH = 255;
const MAX_LENGTH_REASON = 'Length must be 255 characters or less.';
const STREAM_LABEL_MIN_LENGTH = 3;
/** Custom headers the platform sets itself; the API refuses them case-insensitively. */
const FORBIDDEN_CUSTOM_HEADER_NAMES = ['content-type', 'encoding', 'authorization', 'host', 'akamai'];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8'];
const DATA_COMPRESSIONS = ['gzip', 'None'];
const AUTHENTICATION_TYPES = ['basic', 'none'];
/**
 * An Object Storage host names its bucket as the first label(s): `<bucket>.<cluster>.linodeobjects.com`
 * (or an S3 host). The API refuses a host whose bucket differs from `bucket_name`.
 */
const OBJECT_STORAGE_HOST = /^(?<bucket>[a-z0-9-.]+)\.(?:s3(?:-accesspoint)?\.[a-z0-9-]+\.amazonaws\.com|[a-z0-9-]+\.linodeobjects\.com)$/;
/** The bucket a host names, or undefined when the host is not a recognised Object Storage host. */
function bucketOfHost(host) {
    return OBJECT_STORAGE_HOST.exec(host)?.groups?.bucket;
}
/** Bucket-name rules of Linode Object Storage (S3-compatible). Returns the reasons it breaks. */
function bucketNameProblems(name) {
    const problems = [];
    if (name.length < 3 || name.length > 63)
        problems.push('Bucket name must be between 3 and 63 characters.');
    if (/\s/.test(name))
        problems.push('Bucket name must not contain spaces.');
    if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) {
        problems.push('Bucket name must start and end with a lowercase letter or number.');
    }
    if (!/^(?!.*[.-]{2})[a-z0-9.-]+$/.test(name)) {
        problems.push('Bucket name must contain only lowercase letters, numbers, periods (.), and hyphens (-). Adjacent periods and hyphens are not allowed.');
    }
    return problems;
}
/** The endpoint URL rule of custom HTTPS destinations. */
function isValidEndpointUrl(url) {
    return /^(https?:\/\/)?([\w-]+(\.[\w-]+)+)(\/\S*)?$/.test(url);
}
function isForbiddenHeaderName(name) {
    return FORBIDDEN_CUSTOM_HEADER_NAMES.includes(name.trim().toLowerCase());
}
/** Error texts the real API answers with; code that depends on one names it. */
const API_REASONS = {
    invalidToken: 'Invalid Token',
    /** A valid token without the scope an endpoint needs (the API does not name the scope). */
    tokenNotAuthorized: 'Your OAuth token is not authorized to use this endpoint.',
    /** The API's 403 text, e.g. for an account without access to a feature. */
    unauthorized: 'Unauthorized',
    notFound: 'Not found',
    destinationNotFound: 'Destination not found',
    mustContainOne: 'Must contain one item',
    unableToEditStream: 'Unable to edit Stream at this time',
    destinationAttached: 'Unable to delete Destination attached to active or inactive Stream',
    /** A destination create that fails its credential test (a test object write) says only this. */
    anErrorOccurred: 'An error occurred',
    streamQuota: 'Stream limit reached for this type',
    typeImmutable: 'Type cannot be changed',
    tooManyRequests: 'Too many requests',
};
/**
 * Whether a stream whose status is `live` is, or may be on its way to, `desired`. The API does
 * not say what a `provisioning` stream was asked to become: a new or repointed stream is
 * `provisioning` whatever status it was given, so that matches either; `deactivating` (after
 * setting `inactive`) ends as `inactive`.
 */
function streamStatusMayBe(live, desired) {
    switch (live) {
        case 'provisioning':
            return true;
        case 'deactivating':
            return desired === 'inactive';
        default:
            return live === desired;
    }
}

;// CONCATENATED MODULE: ./src/linode/scopes.ts
/**
 * OAuth scopes of the Linode API, as facts: which scope each endpoint this project uses needs.
 * One source for the emulator (which refuses a token without it) and the client (whose error
 * names the missing scope).
 */
/** The API areas the action touches; a token scope is `<area>:read_only` or `<area>:read_write`. */
const SCOPE_AREAS = (/* unused pure expression or super */ null && (['monitor', 'object_storage', 'lke']));
/** Every scope; a personal access token with all of them is what `*` means. */
const ALL_SCOPES = '*';
const AREA_OF_PATH = [
    [/^\/monitor(\/|$)/, 'monitor'],
    [/^\/object-storage(\/|$)/, 'object_storage'],
    [/^\/lke(\/|$)/, 'lke'],
];
/**
 * The scope a request needs, from its method and its path below the version (`/lke/clusters/7`).
 * Reads need `read_only`; anything else needs `read_write`. Undefined for paths outside
 * {@link SCOPE_AREAS}.
 */
function requiredScope(method, apiPath) {
    const area = AREA_OF_PATH.find(([pattern]) => pattern.test(apiPath))?.[1];
    if (area === undefined)
        return undefined;
    return `${area}:${method.toUpperCase() === 'GET' ? 'read_only' : 'read_write'}`;
}
/** Whether a token's scopes grant `needed`: `read_write` includes `read_only`, `*` includes all. */
function scopesGrant(granted, needed) {
    if (granted.includes(ALL_SCOPES) || granted.includes(needed))
        return true;
    const [area, level] = needed.split(':');
    return level === 'read_only' && granted.includes(`${area}:read_write`);
}

;// CONCATENATED MODULE: ./emulator/reasons.ts

/**
 * Error texts the emulator needs that src/linode/rules.ts does not hold. The field texts are the
 * ones Linode's own delivery validation uses for the same rules; the generic type texts
 * (`mustBe*`) and the "… is required." texts without a known original are the emulator's choice.
 */
const EMULATOR_REASONS = {
    invalidJson: 'Invalid JSON',
    methodNotAllowed: 'Method not allowed',
    unknownFields: 'Object contains unknown fields.',
    mustBeString: 'Must be a string.',
    mustBeObject: 'Must be an object.',
    mustBeList: 'Must be a list.',
    mustBeBoolean: 'Must be a boolean.',
    mustBeInteger: 'Must be an integer.',
    mustBePositiveInteger: 'Must be a positive integer.',
    /** Not an API text: the emulator implements only an exact-label X-Filter. */
    unsupportedFilter: 'The emulator supports only an X-Filter of {"label": "<exact label>"}.',
    mustBeOneOf: (values) => `Must be one of: ${values.join(', ')}.`,
    destinationLabelRequired: 'Destination name is required.',
    destinationTypeRequired: 'Destination type is required.',
    detailsRequired: 'Details are required.',
    hostRequired: 'Endpoint is required.',
    bucketNameRequired: 'Bucket name is required.',
    bucketHostMismatch: 'Bucket name in the endpoint must match the name in the Bucket field.',
    accessKeyIdRequired: 'Access Key ID is required.',
    accessKeySecretRequired: 'Secret Access Key is required.',
    endpointUrlRequired: 'Endpoint URL is required.',
    endpointUrlInvalid: 'Endpoint URL must be a valid URL.',
    dataCompressionRequired: 'Data compression is required.',
    authenticationRequired: 'Authentication Type is required.',
    basicUserRequired: 'Username is required for Basic authentication.',
    basicPasswordRequired: 'Password is required for Basic authentication.',
    noneAuthWithDetails: 'Username and password must be empty when authentication type is None.',
    caCertificateRequired: 'CA Certificate is required when other client certificate details are provided.',
    clientCertificateRequired: 'Client Certificate is required when other client certificate details are provided.',
    clientPrivateKeyRequired: 'Client Private Key is required when other client certificate details are provided.',
    headerNameRequired: 'Custom Header name is required.',
    headerNameBlank: 'Custom Header name cannot be empty or whitespace only.',
    headerNameForbidden: 'This Custom Header name cannot be used.',
    headerNameDuplicate: 'Custom Header name must be unique.',
    headerValueRequired: 'Custom Header value is required.',
    headerValueBlank: 'Custom Header value cannot be empty or whitespace only.',
    streamLabelRequired: 'Stream name is required.',
    streamLabelTooShort: `Stream name must have at least ${STREAM_LABEL_MIN_LENGTH} characters.`,
    streamTypeRequired: 'Stream type is required.',
    clusterChoice: 'Either cluster_ids or is_auto_add_all_clusters_enabled should be set.',
    clusterRequired: 'At least one cluster must be selected.',
    auditLogsDetails: 'Details should be null or no details passed for type `audit_logs`',
    // Object Storage keys and LKE clusters: no original texts are known; these are the emulator's.
    keyLabelRequired: 'Label is required.',
    keyLabelTooLong: 'Length must be 50 characters or less.',
    keyRegionRequired: 'Region is required.',
    keyRegionsRequired: 'Regions are required for a key without bucket_access.',
    bucketNotFound: 'Bucket not found in this region.',
    auditLogsEnterpriseOnly: 'Audit logs can only be enabled on LKE Enterprise clusters.',
};

;// CONCATENATED MODULE: ./emulator/reply.ts

/** 200 with a JSON body (the API answers 200, not 201, to a create). */
function ok(body) {
    return { status: 200, body };
}
/** The API's error envelope: `{"errors":[{reason, field?}, ...]}`. */
function errors(status, violations) {
    return { status, body: { errors: violations } };
}
/** An error reply with one violation. */
function fail(status, reason, field) {
    return errors(status, [field === undefined ? { reason } : { reason, field }]);
}
/** API rule: an unknown path or id is 404 "Not found". */
function notFound() {
    return fail(404, API_REASONS.notFound);
}

;// CONCATENATED MODULE: ./src/linode/types.ts
/**
 * Shapes of the Linode Logs ("monitor/streams") API, as the API returns and accepts them.
 * Shared by the client, the emulator, the plan and apply.
 */
const DESTINATION_TYPES = ['akamai_object_storage', 'custom_https'];
const STREAM_TYPES = ['audit_logs', 'lke_audit_logs'];
/** What a user may ask for. */
const DESIRED_STREAM_STATUSES = ['active', 'inactive'];
/** Fields whose values the API accepts but never returns. */
const SECRET_FIELD_PATHS = [
    'access_key_secret',
    'authentication.details.basic_authentication_password',
    'client_certificate_details.client_private_key',
    'custom_headers[].value',
];

;// CONCATENATED MODULE: ./emulator/validate.ts
/**
 * Structural validation of POST/PUT bodies, as the real API does it: every problem of a body is
 * reported at once, each with the field path the API uses (`details.custom_headers[0].name`).
 * Pure; the rules that need state (unique labels, known destinations, quota) live in the handlers.
 */



/** A JSON object (not null, not an array). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isOneOf(values, value) {
    return typeof value === 'string' && values.includes(value);
}
const isAbsent = (value) => value === undefined || value === null;
const isBlank = (value) => value.trim().length === 0;
/** The fields a POST/PUT body may have; any other is "Object contains unknown fields.". */
const DESTINATION_KEYS = ['label', 'type', 'details'];
const STREAM_KEYS = ['label', 'type', 'status', 'destinations', 'details'];
const OBJECT_STORAGE_KEYS = ['access_key_id', 'access_key_secret', 'bucket_name', 'host', 'path'];
const CUSTOM_HTTPS_KEYS = ['authentication', 'client_certificate_details', 'content_type', 'custom_headers', 'data_compression', 'endpoint_url'];
const BASIC_AUTH_KEYS = ['basic_authentication_user', 'basic_authentication_password'];
const CERTIFICATE_KEYS = ['client_ca_certificate', 'client_certificate', 'client_private_key', 'tls_hostname'];
const LKE_DETAILS_KEYS = ['cluster_ids', 'is_auto_add_all_clusters_enabled'];
/** Collects violations: the API answers all problems of a body in one 400. */
class Problems {
    list = [];
    add(field, reason) {
        this.list.push(field === undefined ? { reason } : { reason, field });
    }
    /** API rule: "Object contains unknown fields." for any key it does not know. */
    onlyKeys(obj, allowed, field) {
        if (Object.keys(obj).some((key) => !allowed.includes(key)))
            this.add(field, EMULATOR_REASONS.unknownFields);
    }
    /** Checks a string field; returns it when usable for further rules. */
    text(obj, key, field, rule = {}) {
        const value = obj[key];
        if (isAbsent(value)) {
            if (rule.required !== undefined)
                this.add(field, rule.required);
            return undefined;
        }
        if (typeof value !== 'string') {
            this.add(field, EMULATOR_REASONS.mustBeString);
            return undefined;
        }
        const blankReason = rule.blank ?? rule.required;
        if (blankReason !== undefined && isBlank(value)) {
            this.add(field, blankReason);
            return undefined;
        }
        if (rule.max !== false && value.length > MAX_TEXT_LENGTH)
            this.add(field, MAX_LENGTH_REASON);
        return value;
    }
    /** A required enum value. */
    oneOf(value, values, field, required) {
        if (isAbsent(value)) {
            this.add(field, required);
            return undefined;
        }
        if (!isOneOf(values, value)) {
            this.add(field, EMULATOR_REASONS.mustBeOneOf(values));
            return undefined;
        }
        return value;
    }
}
/**
 * The `type` of a body. On PUT (`existing` set) it may be omitted, and must not differ.
 * Returns the type to validate `details` against, if known.
 */
function typeOf(p, body, values, required, existing) {
    if (existing !== undefined && isAbsent(body.type))
        return existing;
    const type = p.oneOf(body.type, values, 'type', required);
    // API rule: "Type cannot be changed" on PUT.
    if (type !== undefined && existing !== undefined && type !== existing) {
        p.add('type', API_REASONS.typeImmutable);
        return existing;
    }
    return type;
}
/** Problems of a destination POST body, or a PUT body when `existingType` is given. */
function destinationProblems(body, existingType) {
    const p = new Problems();
    p.onlyKeys(body, DESTINATION_KEYS);
    p.text(body, 'label', 'label', { required: EMULATOR_REASONS.destinationLabelRequired });
    const type = typeOf(p, body, DESTINATION_TYPES, EMULATOR_REASONS.destinationTypeRequired, existingType);
    const details = body.details;
    if (isAbsent(details))
        p.add('details', EMULATOR_REASONS.detailsRequired);
    else if (!isObject(details))
        p.add('details', EMULATOR_REASONS.mustBeObject);
    else if (type !== undefined) {
        switch (type) {
            case 'akamai_object_storage':
                objectStorageProblems(p, details);
                break;
            case 'custom_https':
                customHttpsProblems(p, details);
                break;
            default: {
                const never = type;
                throw new Error(`unhandled destination type ${String(never)}`);
            }
        }
    }
    return p.list;
}
function objectStorageProblems(p, details) {
    p.onlyKeys(details, OBJECT_STORAGE_KEYS, 'details');
    const bucket = p.text(details, 'bucket_name', 'details.bucket_name', {
        required: EMULATOR_REASONS.bucketNameRequired,
        max: false,
    });
    if (bucket !== undefined)
        for (const reason of bucketNameProblems(bucket))
            p.add('details.bucket_name', reason);
    const host = p.text(details, 'host', 'details.host', { required: EMULATOR_REASONS.hostRequired });
    if (host !== undefined && bucket !== undefined) {
        // API rule: a recognised Object Storage host names its bucket, and it must be bucket_name.
        const named = bucketOfHost(host);
        if (named !== undefined && named !== bucket)
            p.add('details.host', EMULATOR_REASONS.bucketHostMismatch);
    }
    p.text(details, 'path', 'details.path');
    p.text(details, 'access_key_id', 'details.access_key_id', { required: EMULATOR_REASONS.accessKeyIdRequired });
    p.text(details, 'access_key_secret', 'details.access_key_secret', { required: EMULATOR_REASONS.accessKeySecretRequired });
}
function customHttpsProblems(p, details) {
    p.onlyKeys(details, CUSTOM_HTTPS_KEYS, 'details');
    const url = p.text(details, 'endpoint_url', 'details.endpoint_url', { required: EMULATOR_REASONS.endpointUrlRequired });
    if (url !== undefined && !isValidEndpointUrl(url))
        p.add('details.endpoint_url', EMULATOR_REASONS.endpointUrlInvalid);
    p.oneOf(details.data_compression, DATA_COMPRESSIONS, 'details.data_compression', EMULATOR_REASONS.dataCompressionRequired);
    if (!isAbsent(details.content_type) && !isOneOf(CONTENT_TYPES, details.content_type)) {
        p.add('details.content_type', EMULATOR_REASONS.mustBeOneOf(CONTENT_TYPES));
    }
    authenticationProblems(p, details.authentication);
    if (!isAbsent(details.client_certificate_details))
        certificateProblems(p, details.client_certificate_details);
    if (!isAbsent(details.custom_headers))
        headerProblems(p, details.custom_headers);
}
function authenticationProblems(p, auth) {
    const field = 'details.authentication';
    if (!isObject(auth)) {
        p.add(field, isAbsent(auth) ? EMULATOR_REASONS.authenticationRequired : EMULATOR_REASONS.mustBeObject);
        return;
    }
    p.onlyKeys(auth, ['type', 'details'], field);
    const type = p.oneOf(auth.type, AUTHENTICATION_TYPES, `${field}.type`, EMULATOR_REASONS.authenticationRequired);
    const detailsField = `${field}.details`;
    switch (type) {
        case undefined:
            return;
        case 'basic': {
            const details = auth.details;
            if (!isAbsent(details) && !isObject(details)) {
                p.add(detailsField, EMULATOR_REASONS.mustBeObject);
                return;
            }
            const given = details ?? {};
            p.onlyKeys(given, BASIC_AUTH_KEYS, detailsField);
            p.text(given, 'basic_authentication_user', `${detailsField}.basic_authentication_user`, {
                required: EMULATOR_REASONS.basicUserRequired,
            });
            p.text(given, 'basic_authentication_password', `${detailsField}.basic_authentication_password`, {
                required: EMULATOR_REASONS.basicPasswordRequired,
            });
            return;
        }
        case 'none':
            // API rule: no credentials with authentication type none.
            if (!isAbsent(auth.details))
                p.add(detailsField, EMULATOR_REASONS.noneAuthWithDetails);
            return;
        default: {
            const never = type;
            throw new Error(`unhandled authentication type ${String(never)}`);
        }
    }
}
function certificateProblems(p, certificate) {
    const field = 'details.client_certificate_details';
    if (!isObject(certificate)) {
        p.add(field, EMULATOR_REASONS.mustBeObject);
        return;
    }
    p.onlyKeys(certificate, CERTIFICATE_KEYS, field);
    p.text(certificate, 'tls_hostname', `${field}.tls_hostname`);
    const parts = [
        ['client_ca_certificate', EMULATOR_REASONS.caCertificateRequired],
        ['client_certificate', EMULATOR_REASONS.clientCertificateRequired],
        ['client_private_key', EMULATOR_REASONS.clientPrivateKeyRequired],
    ];
    const given = parts.filter(([key]) => p.text(certificate, key, `${field}.${key}`, { max: false }) !== undefined);
    const present = given.filter(([key]) => !isBlank(certificate[key]));
    // API rule: the CA certificate, certificate and private key come all together or not at all.
    if (present.length > 0 && present.length < parts.length) {
        for (const [key, reason] of parts)
            if (!present.some(([k]) => k === key))
                p.add(`${field}.${key}`, reason);
    }
}
function headerProblems(p, headers) {
    const field = 'details.custom_headers';
    if (!Array.isArray(headers)) {
        p.add(field, EMULATOR_REASONS.mustBeList);
        return;
    }
    const seen = new Set();
    headers.forEach((header, index) => {
        const at = `${field}[${index}]`;
        if (!isObject(header)) {
            p.add(at, EMULATOR_REASONS.mustBeObject);
            return;
        }
        p.onlyKeys(header, ['name', 'value'], at);
        const name = p.text(header, 'name', `${at}.name`, { required: EMULATOR_REASONS.headerNameRequired, blank: EMULATOR_REASONS.headerNameBlank });
        if (name !== undefined) {
            // API rule: headers the platform sets itself cannot be custom headers.
            if (isForbiddenHeaderName(name))
                p.add(`${at}.name`, EMULATOR_REASONS.headerNameForbidden);
            // API rule: header names are unique, case-insensitively.
            const key = name.trim().toLowerCase();
            if (seen.has(key))
                p.add(`${at}.name`, EMULATOR_REASONS.headerNameDuplicate);
            seen.add(key);
        }
        p.text(header, 'value', `${at}.value`, { required: EMULATOR_REASONS.headerValueRequired, blank: EMULATOR_REASONS.headerValueBlank });
    });
}
/** Problems of a stream POST body, or a PUT body when `existingType` is given. */
function streamProblems(body, existingType) {
    const p = new Problems();
    p.onlyKeys(body, STREAM_KEYS);
    const label = p.text(body, 'label', 'label', { required: EMULATOR_REASONS.streamLabelRequired });
    if (label !== undefined && label.length < STREAM_LABEL_MIN_LENGTH)
        p.add('label', EMULATOR_REASONS.streamLabelTooShort);
    const type = typeOf(p, body, STREAM_TYPES, EMULATOR_REASONS.streamTypeRequired, existingType);
    if (body.status !== undefined && !isOneOf(DESIRED_STREAM_STATUSES, body.status)) {
        p.add('status', EMULATOR_REASONS.mustBeOneOf(DESIRED_STREAM_STATUSES));
    }
    const destinations = body.destinations;
    // API rule: a stream has exactly one destination ("Must contain one item").
    if (!Array.isArray(destinations) || destinations.length !== 1)
        p.add('destinations', API_REASONS.mustContainOne);
    else if (!Number.isInteger(destinations[0]))
        p.add('destinations[0]', EMULATOR_REASONS.mustBeInteger);
    switch (type) {
        case undefined:
            break;
        case 'lke_audit_logs':
            lkeDetailsProblems(p, body.details);
            break;
        case 'audit_logs':
            // API rule: audit_logs streams take no details.
            if (!isAbsent(body.details))
                p.add('details', EMULATOR_REASONS.auditLogsDetails);
            break;
        default: {
            const never = type;
            throw new Error(`unhandled stream type ${String(never)}`);
        }
    }
    return p.list;
}
function lkeDetailsProblems(p, details) {
    if (isAbsent(details)) {
        p.add('details', EMULATOR_REASONS.clusterChoice);
        return;
    }
    if (!isObject(details)) {
        p.add('details', EMULATOR_REASONS.mustBeObject);
        return;
    }
    p.onlyKeys(details, LKE_DETAILS_KEYS, 'details');
    const ids = details.cluster_ids;
    const auto = details.is_auto_add_all_clusters_enabled;
    // API rule (@linode/validation's stream schema): exactly one of the two keys is present. Both
    // are refused even when auto-add is false, the console's default; auto-add false alone needs ids.
    if ('cluster_ids' in details === 'is_auto_add_all_clusters_enabled' in details)
        p.add('details', EMULATOR_REASONS.clusterChoice);
    else if (auto === false)
        p.add('details.cluster_ids', EMULATOR_REASONS.clusterRequired);
    if (ids !== undefined && !(Array.isArray(ids) && ids.length > 0 && ids.every((id) => Number.isInteger(id)))) {
        p.add('details.cluster_ids', EMULATOR_REASONS.clusterRequired);
    }
    if (!isAbsent(auto) && typeof auto !== 'boolean')
        p.add('details.is_auto_add_all_clusters_enabled', EMULATOR_REASONS.mustBeBoolean);
}

;// CONCATENATED MODULE: ./emulator/paging.ts




function positiveInteger(query, name, fallback) {
    const raw = query.get(name);
    if (raw === null || raw === '')
        return fallback;
    return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined;
}
/**
 * The API's list envelope. `page` is 1-based; `page_size` defaults to 100 and is clamped to
 * 25..maxPageSize; an empty list is `{data: [], page: 1, pages: 0, results: 0}`. `view` is
 * applied to the page only, so a large account costs little per request.
 */
function paginate(items, query, maxPageSize, view = (item) => item) {
    const page = positiveInteger(query, 'page', 1);
    const size = positiveInteger(query, 'page_size', DEFAULT_PAGE_SIZE);
    if (page === undefined || size === undefined) {
        return errors(400, [
            ...(page === undefined ? [{ reason: EMULATOR_REASONS.mustBePositiveInteger, field: 'page' }] : []),
            ...(size === undefined ? [{ reason: EMULATOR_REASONS.mustBePositiveInteger, field: 'page_size' }] : []),
        ]);
    }
    const pageSize = Math.min(Math.max(size, MIN_PAGE_SIZE), maxPageSize);
    const envelope = {
        data: items.slice((page - 1) * pageSize, page * pageSize).map(view),
        page,
        pages: Math.ceil(items.length / pageSize),
        results: items.length,
    };
    return ok(envelope);
}
/**
 * The emulator supports only `{"label": "<exact>"}` (what the client uses to re-find a resource
 * after an ambiguous create). Anything else is refused loudly rather than silently ignored, so a
 * client relying on more filtering notices here and not against the real API.
 */
function parseFilter(raw) {
    if (raw === undefined)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        return errors(400, [{ reason: EMULATOR_REASONS.invalidJson, field: 'X-Filter' }]);
    }
    if (!isObject(parsed) || Object.keys(parsed).some((key) => key !== 'label') || (parsed.label !== undefined && typeof parsed.label !== 'string')) {
        return errors(400, [{ reason: EMULATOR_REASONS.unsupportedFilter, field: 'X-Filter' }]);
    }
    return parsed.label === undefined ? {} : { label: parsed.label };
}
/** Keeps the items an X-Filter selects. */
function applyFilter(items, filter) {
    return filter.label === undefined ? items : items.filter((item) => item.label === filter.label);
}

;// CONCATENATED MODULE: ./emulator/destinations.ts
/** Handlers of /monitor/streams/destinations[/{id}[/history]]. */




/**
 * API rule: an Object Storage destination is tested by writing a test object into the bucket
 * with its key pair; when that fails the API says only "An error occurred" (no field).
 * The emulator knows two kinds of pairs: the `credentials` option (accepted as they are) and the
 * Object Storage keys created or seeded in it (which must be able to write to an existing bucket
 * of the host's region; the test object is then really written). With neither, any pair passes.
 */
function passesCredentialTest(ctx, type, details) {
    if (type !== 'akamai_object_storage')
        return true;
    const credentials = ctx.settings.credentials;
    if (credentials === undefined && !ctx.objectStorage.checksKeys)
        return true;
    const id = details.access_key_id;
    if (credentials !== undefined && typeof id === 'string' && Object.hasOwn(credentials, id) && credentials[id] === details.access_key_secret) {
        return true;
    }
    return ctx.objectStorage.writeTestObject(details);
}
const list = (ctx) => paginate(applyFilter(ctx.store.destinationRecords(), ctx.filter), ctx.query, ctx.settings.maxPageSize, (record) => ctx.store.destinationView(record));
const create = (ctx) => {
    const problems = destinationProblems(ctx.body);
    // Labels need not be unique: the API allows two resources with one label (the action refuses to guess between them).
    if (problems.length > 0)
        return errors(400, problems);
    const body = ctx.body;
    if (!passesCredentialTest(ctx, body.type, body.details))
        return fail(400, API_REASONS.anErrorOccurred);
    return ok(ctx.store.destinationView(ctx.store.createDestination(body, ctx.user)));
};
function found(ctx, then) {
    const record = ctx.store.destinations.get(ctx.id);
    return record ? then(record) : notFound();
}
const get = (ctx) => found(ctx, (record) => ok(ctx.store.destinationView(record)));
const update = (ctx) => found(ctx, (record) => {
    const problems = destinationProblems(ctx.body, record.type);
    if (problems.length > 0)
        return errors(400, problems);
    const body = ctx.body;
    if (!passesCredentialTest(ctx, record.type, body.details))
        return fail(400, API_REASONS.anErrorOccurred);
    ctx.store.updateDestination(record, body, ctx.user);
    return ok(ctx.store.destinationView(record));
});
const remove = (ctx) => found(ctx, (record) => {
    // API rule: a destination any stream uses cannot be deleted, whatever that stream's status.
    if (ctx.store.streamsUsing(record.id).length > 0)
        return fail(400, API_REASONS.destinationAttached);
    ctx.store.deleteDestination(record.id);
    return ok({});
});
const destinations_history = (ctx) => found(ctx, (record) => paginate(record.history, ctx.query, ctx.settings.maxPageSize));
/**
 * `POST /monitor/streams/destinations/verify`: the checks of a create (same body), without
 * creating anything; for Object Storage the test object is written all the same. Answers `{}`.
 */
const verify = (ctx) => {
    const problems = destinationProblems(ctx.body);
    if (problems.length > 0)
        return errors(400, problems);
    const body = ctx.body;
    if (!passesCredentialTest(ctx, body.type, body.details))
        return fail(400, API_REASONS.anErrorOccurred);
    return ok({});
};
const destinationHandlers = { list, create, get, update, remove, history: destinations_history, verify };

;// CONCATENATED MODULE: ./src/linode/account-types.ts
/**
 * Shapes of the Linode API resources around log delivery: Object Storage keys and LKE clusters,
 * as the API returns and accepts them. Shared by the account client and the emulator.
 */
const BUCKET_PERMISSIONS = ['read_write', 'read_only'];
const LKE_TIERS = ['standard', 'enterprise'];
/** The endpoint types of Object Storage, oldest first (`@linode/api-v4`'s `ObjectStorageEndpointTypes`). */
const account_types_ENDPOINT_TYPES = (/* unused pure expression or super */ null && (['E0', 'E1', 'E2', 'E3']));

;// CONCATENATED MODULE: ./emulator/details.ts

function isJsonObject(value) {
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
function normaliseDetails(type, details) {
    const copy = structuredClone(details);
    switch (type) {
        case 'akamai_object_storage':
            if (copy.path === undefined || copy.path === null)
                copy.path = '';
            return copy;
        case 'custom_https': {
            if (copy.content_type === undefined)
                copy.content_type = null;
            if (copy.custom_headers === undefined || copy.custom_headers === null)
                copy.custom_headers = [];
            const auth = copy.authentication;
            if (isJsonObject(auth) && auth.type === 'none' && auth.details === null)
                delete auth.details;
            return copy;
        }
        default: {
            const never = type;
            throw new Error(`unhandled destination type ${String(never)}`);
        }
    }
}
/** Details as the API returns them: a copy without any field of SECRET_FIELD_PATHS. */
function publicDetails(details) {
    const copy = structuredClone(details);
    for (const path of SECRET_FIELD_PATHS)
        removePath(copy, path.split('.'));
    return copy;
}
/** Removes `a.b.c` or `list[].c` from a JSON value, wherever the path exists. */
function removePath(value, segments) {
    const [head, ...rest] = segments;
    if (head === undefined || !isJsonObject(value))
        return;
    if (head.endsWith('[]')) {
        const list = value[head.slice(0, -2)];
        if (Array.isArray(list))
            for (const item of list)
                removePath(item, rest);
    }
    else if (rest.length === 0) {
        delete value[head];
    }
    else {
        removePath(value[head], rest);
    }
}

;// CONCATENATED MODULE: ./emulator/store.ts
/**
 * The emulator's state: destinations and streams as the server keeps them (secrets included),
 * their histories, and the time-based stream status transitions. Views returned from here are
 * what the API shows: copies, secrets stripped, statuses settled against the clock.
 */


/** Distinct ranges so a test can tell a destination id from a stream id at a glance. */
const FIRST_DESTINATION_ID = 1000;
const FIRST_STREAM_ID = 2000;
const FIRST_STREAM_AUDIT_ID = 3000;
/** `created_by` / `updated_by` of everything the emulator writes. */
const EMULATOR_USER = 'emulator-user';
/** A seed the emulator cannot take (unknown destination, taken id, …). */
class SeedError extends Error {
    name = 'SeedError';
}
/** The API's timestamp format: ISO 8601, UTC, seconds, no zone suffix ('2026-11-21T14:03:07'). */
function timestamp(ms) {
    return new Date(ms).toISOString().slice(0, 19);
}
const byId = (a, b) => a.id - b.id;
class Store {
    timing;
    destinations = new Map();
    streams = new Map();
    nextDestinationId = FIRST_DESTINATION_ID;
    nextStreamId = FIRST_STREAM_ID;
    nextStreamAuditId = FIRST_STREAM_AUDIT_ID;
    constructor(timing) {
        this.timing = timing;
    }
    /** Empty state; ids start from their first values again. */
    reset() {
        this.destinations.clear();
        this.streams.clear();
        this.nextDestinationId = FIRST_DESTINATION_ID;
        this.nextStreamId = FIRST_STREAM_ID;
        this.nextStreamAuditId = FIRST_STREAM_AUDIT_ID;
    }
    // ---- views ----
    destinationView(record) {
        return {
            id: record.id,
            label: record.label,
            type: record.type,
            details: publicDetails(record.details),
            version: record.version,
            created: record.created,
            created_by: record.created_by,
            updated: record.updated,
            updated_by: record.updated_by,
        };
    }
    /** Settles an elapsed transition; statuses change lazily, on whatever request comes next. */
    status(record) {
        if (record.transition && this.timing.clock() >= record.transition.until)
            record.transition = null;
        return record.transition?.status ?? record.requested;
    }
    isTransitional(record) {
        return this.status(record) !== record.requested;
    }
    streamView(record) {
        const destination = this.destinations.get(record.destinationId);
        return {
            id: record.id,
            label: record.label,
            type: record.type,
            status: this.status(record),
            // The API embeds the destination as it is now, secrets stripped.
            destinations: destination ? [this.destinationView(destination)] : [],
            details: record.details === null ? null : structuredClone(record.details),
            version: record.version,
            created: record.created,
            created_by: record.created_by,
            updated: record.updated,
            updated_by: record.updated_by,
            primary_destination_id: record.destinationId,
            stream_audit_id: record.streamAuditId,
        };
    }
    /** Records sorted by id, the order of every list. */
    destinationRecords() {
        return [...this.destinations.values()].sort(byId);
    }
    streamRecords() {
        return [...this.streams.values()].sort(byId);
    }
    listDestinations() {
        return this.destinationRecords().map((d) => this.destinationView(d));
    }
    listStreams() {
        return this.streamRecords().map((s) => this.streamView(s));
    }
    snapshot() {
        return { destinations: this.listDestinations(), streams: this.listStreams() };
    }
    // ---- queries for the API's rules ----
    streamsUsing(destinationId) {
        return [...this.streams.values()].filter((s) => s.destinationId === destinationId);
    }
    countStreams(type) {
        return [...this.streams.values()].filter((s) => s.type === type).length;
    }
    // ---- writes (callers have validated) ----
    createDestination(body, user) {
        const now = timestamp(this.timing.clock());
        const record = {
            id: this.nextDestinationId++,
            label: body.label,
            type: body.type,
            details: normaliseDetails(body.type, body.details),
            version: 1,
            created: now,
            created_by: user,
            updated: now,
            updated_by: user,
            history: [],
        };
        this.destinations.set(record.id, record);
        record.history.push(this.destinationView(record));
        return record;
    }
    /** A PUT replaces label and details (the body is the full desired state) and bumps the version. */
    updateDestination(record, body, user) {
        record.label = body.label;
        record.details = normaliseDetails(record.type, body.details);
        record.version += 1;
        record.updated = timestamp(this.timing.clock());
        record.updated_by = user;
        record.history.push(this.destinationView(record));
    }
    deleteDestination(id) {
        this.destinations.delete(id);
    }
    /** A new stream provisions first, then becomes its requested status (active or inactive). */
    createStream(type, input, user) {
        const now = timestamp(this.timing.clock());
        const record = {
            id: this.nextStreamId++,
            label: input.label,
            type,
            requested: input.status,
            transition: this.begin('provisioning'),
            destinationId: input.destinationId,
            details: input.details === null ? null : structuredClone(input.details),
            version: 1,
            created: now,
            created_by: user,
            updated: now,
            updated_by: user,
            streamAuditId: this.nextStreamAuditId++,
            history: [],
        };
        this.streams.set(record.id, record);
        record.history.push(this.streamView(record));
        return record;
    }
    /**
     * The API's status rules on PUT (the caller refuses PUT while transitional):
     * repointing provisions again; inactive -> active provisions; active -> inactive deactivates.
     */
    updateStream(record, input, user) {
        const repointed = input.destinationId !== record.destinationId;
        let transition;
        if (repointed || (record.requested === 'inactive' && input.status === 'active'))
            transition = 'provisioning';
        else if (record.requested === 'active' && input.status === 'inactive')
            transition = 'deactivating';
        record.label = input.label;
        record.requested = input.status;
        record.transition = transition ? this.begin(transition) : null;
        record.destinationId = input.destinationId;
        record.details = input.details === null ? null : structuredClone(input.details);
        record.version += 1;
        record.updated = timestamp(this.timing.clock());
        record.updated_by = user;
        // Each version gets its own audit id (the API's meaning of the field is not documented).
        record.streamAuditId = this.nextStreamAuditId++;
        record.history.push(this.streamView(record));
    }
    deleteStream(id) {
        this.streams.delete(id);
    }
    begin(status) {
        const ms = status === 'provisioning' ? this.timing.provisioningMs() : this.timing.deactivatingMs();
        return ms > 0 ? { status, until: this.timing.clock() + ms } : null;
    }
    // ---- seeding ----
    /** Puts resources in directly, all or nothing. Each gets one history entry. */
    seed(state) {
        if (typeof state !== 'object' || state === null)
            throw new SeedError('seed must be an object');
        const destinations = listOf(state.destinations, 'destinations');
        const streams = listOf(state.streams, 'streams');
        const now = this.timing.clock();
        const ids = new IdPlanner(this.destinations, this.nextDestinationId);
        const destinationRecords = destinations.map((seed, i) => this.seedDestination(seed, `destinations[${i}]`, ids, now));
        const known = new Set([...this.destinations.keys(), ...destinationRecords.map((d) => d.id)]);
        const streamIds = new IdPlanner(this.streams, this.nextStreamId);
        const streamRecords = streams.map((seed, i) => this.seedStream(seed, `streams[${i}]`, streamIds, known, now));
        for (const record of destinationRecords) {
            this.destinations.set(record.id, record);
            record.history.push(this.destinationView(record));
        }
        for (const record of streamRecords) {
            record.streamAuditId = this.nextStreamAuditId++;
            this.streams.set(record.id, record);
            record.history.push(this.streamView(record));
        }
        this.nextDestinationId = ids.next;
        this.nextStreamId = streamIds.next;
    }
    seedDestination(seed, at, ids, now) {
        if (typeof seed !== 'object' || seed === null)
            throw new SeedError(`${at} must be an object`);
        if (typeof seed.label !== 'string')
            throw new SeedError(`${at}.label must be a string`);
        if (!DESTINATION_TYPES.includes(seed.type)) {
            throw new SeedError(`${at}.type must be one of ${DESTINATION_TYPES.join(', ')}`);
        }
        if (typeof seed.details !== 'object' || seed.details === null || Array.isArray(seed.details)) {
            throw new SeedError(`${at}.details must be an object`);
        }
        return {
            id: ids.take(seed.id, at),
            label: seed.label,
            type: seed.type,
            details: normaliseDetails(seed.type, seed.details),
            version: seed.version ?? 1,
            ...seedAudit(seed, now),
            history: [],
        };
    }
    seedStream(seed, at, ids, known, now) {
        if (typeof seed !== 'object' || seed === null)
            throw new SeedError(`${at} must be an object`);
        if (typeof seed.label !== 'string')
            throw new SeedError(`${at}.label must be a string`);
        if (!STREAM_TYPES.includes(seed.type)) {
            throw new SeedError(`${at}.type must be one of ${STREAM_TYPES.join(', ')}`);
        }
        const destinationId = Array.isArray(seed.destinations) && seed.destinations.length === 1 ? seed.destinations[0] : undefined;
        if (destinationId === undefined || !known.has(destinationId)) {
            throw new SeedError(`${at}.destinations must hold exactly one known destination id`);
        }
        const status = seed.status ?? 'active';
        const requestedStatus = seed.requestedStatus ?? 'active';
        if (!DESIRED_STREAM_STATUSES.includes(requestedStatus)) {
            throw new SeedError(`${at}.requestedStatus must be active or inactive`);
        }
        let requested;
        let transition = null;
        switch (status) {
            case 'active':
            case 'inactive':
                requested = status;
                break;
            case 'provisioning':
                requested = requestedStatus;
                transition = { status, until: now + this.timing.provisioningMs() };
                break;
            case 'deactivating':
                requested = 'inactive';
                transition = { status, until: now + this.timing.deactivatingMs() };
                break;
            default:
                throw new SeedError(`${at}.status must be active, inactive, provisioning or deactivating`);
        }
        return {
            id: ids.take(seed.id, at),
            label: seed.label,
            type: seed.type,
            requested,
            transition,
            destinationId,
            details: seed.type === 'audit_logs' ? null : structuredClone(seed.details ?? null),
            version: seed.version ?? 1,
            ...seedAudit(seed, now),
            streamAuditId: 0,
            history: [],
        };
    }
}
function listOf(value, name) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new SeedError(`${name} must be a list`);
    return value;
}
function seedAudit(seed, now) {
    const at = timestamp(now);
    return {
        created: seed.created ?? at,
        created_by: seed.created_by ?? EMULATOR_USER,
        updated: seed.updated ?? seed.created ?? at,
        updated_by: seed.updated_by ?? seed.created_by ?? EMULATOR_USER,
    };
}
/** Hands out ids for a seed: explicit ones must be free; the counter stays above every id given. */
class IdPlanner {
    next;
    used;
    constructor(existing, next) {
        this.next = next;
        this.used = new Set(existing.keys());
    }
    take(id, at) {
        if (id !== undefined) {
            if (!Number.isInteger(id) || id < 1)
                throw new SeedError(`${at}.id must be a positive integer`);
            if (this.used.has(id))
                throw new SeedError(`${at}.id ${id} is already in use`);
            this.used.add(id);
            this.next = Math.max(this.next, id + 1);
            return id;
        }
        while (this.used.has(this.next))
            this.next += 1;
        this.used.add(this.next);
        return this.next++;
    }
}

;// CONCATENATED MODULE: ./emulator/lke.ts
/**
 * LKE clusters, as far as log delivery cares: `GET /lke/clusters[/{id}]` and
 * `PUT /lke/clusters/{id}` with `control_plane.audit_logs_enabled`. Clusters are not created
 * through the API here: tests and the demo seed them.
 */






const FIRST_CLUSTER_ID = 4000;
const DEFAULT_K8S_VERSION = '1.31';
class LkeStore {
    now;
    clusters = new Map();
    nextId = FIRST_CLUSTER_ID;
    constructor(now) {
        this.now = now;
    }
    reset() {
        this.clusters.clear();
        this.nextId = FIRST_CLUSTER_ID;
    }
    records() {
        return [...this.clusters.values()].sort((a, b) => a.id - b.id);
    }
    view(record) {
        return {
            id: record.id,
            label: record.label,
            region: record.region,
            k8s_version: record.k8sVersion,
            tier: record.tier,
            control_plane: { high_availability: record.highAvailability, audit_logs_enabled: record.auditLogsEnabled },
            status: 'ready',
            tags: [...record.tags],
            created: record.created,
            updated: record.updated,
        };
    }
    /** Checks a seed without changing anything; the returned function puts it in. */
    prepareSeed(seeds) {
        const used = new Set(this.clusters.keys());
        let next = this.nextId;
        const now = timestamp(this.now());
        const records = seeds.map((seed, i) => {
            const at = `lkeClusters[${i}]`;
            if (!isObject(seed))
                throw new SeedError(`${at} must be an object`);
            if (typeof seed.label !== 'string' || seed.label === '')
                throw new SeedError(`${at}.label must be a non-empty string`);
            if (typeof seed.region !== 'string' || seed.region === '')
                throw new SeedError(`${at}.region must be a non-empty string`);
            const tier = seed.tier ?? 'standard';
            if (!LKE_TIERS.includes(tier))
                throw new SeedError(`${at}.tier must be standard or enterprise`);
            if (seed.control_plane?.audit_logs_enabled === true && tier !== 'enterprise') {
                throw new SeedError(`${at}: only enterprise clusters can have audit logs enabled`);
            }
            let id = seed.id;
            if (id !== undefined) {
                if (!Number.isInteger(id) || id < 1)
                    throw new SeedError(`${at}.id must be a positive integer`);
                if (used.has(id))
                    throw new SeedError(`${at}.id ${id} is already in use`);
            }
            else {
                while (used.has(next))
                    next += 1;
                id = next;
            }
            used.add(id);
            next = Math.max(next, id + 1);
            return {
                id,
                label: seed.label,
                region: seed.region,
                k8sVersion: seed.k8s_version ?? DEFAULT_K8S_VERSION,
                tier,
                // LKE Enterprise control planes are highly available.
                highAvailability: seed.control_plane?.high_availability ?? tier === 'enterprise',
                auditLogsEnabled: seed.control_plane?.audit_logs_enabled ?? false,
                tags: [...(seed.tags ?? [])],
                created: now,
                updated: now,
            };
        });
        return () => {
            for (const record of records)
                this.clusters.set(record.id, record);
            this.nextId = next;
        };
    }
}
const UPDATE_KEYS = ['label', 'k8s_version', 'tags', 'control_plane'];
const CONTROL_PLANE_KEYS = ['high_availability', 'audit_logs_enabled', 'acl'];
function updateProblems(body, record) {
    const problems = [];
    if (Object.keys(body).some((key) => !UPDATE_KEYS.includes(key)))
        problems.push({ reason: EMULATOR_REASONS.unknownFields });
    if (body.label !== undefined && (typeof body.label !== 'string' || body.label.trim() === '')) {
        problems.push({ reason: EMULATOR_REASONS.mustBeString, field: 'label' });
    }
    if (body.k8s_version !== undefined && typeof body.k8s_version !== 'string')
        problems.push({ reason: EMULATOR_REASONS.mustBeString, field: 'k8s_version' });
    if (body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))) {
        problems.push({ reason: EMULATOR_REASONS.mustBeList, field: 'tags' });
    }
    const plane = body.control_plane;
    if (plane === undefined)
        return problems;
    if (!isObject(plane))
        return [...problems, { reason: EMULATOR_REASONS.mustBeObject, field: 'control_plane' }];
    if (Object.keys(plane).some((key) => !CONTROL_PLANE_KEYS.includes(key)))
        problems.push({ reason: EMULATOR_REASONS.unknownFields, field: 'control_plane' });
    for (const key of ['high_availability', 'audit_logs_enabled']) {
        if (plane[key] !== undefined && typeof plane[key] !== 'boolean')
            problems.push({ reason: EMULATOR_REASONS.mustBeBoolean, field: `control_plane.${key}` });
    }
    // Kubernetes API audit logs exist only on LKE Enterprise (the emulator's wording).
    if (plane.audit_logs_enabled === true && record.tier !== 'enterprise') {
        problems.push({ reason: EMULATOR_REASONS.auditLogsEnterpriseOnly, field: 'control_plane.audit_logs_enabled' });
    }
    return problems;
}
function lke_found(ctx, then) {
    const record = ctx.lke.clusters.get(ctx.id);
    return record ? then(record) : notFound();
}
const lke_list = (ctx) => paginate(applyFilter(ctx.lke.records(), ctx.filter), ctx.query, ctx.settings.maxPageSize, (record) => ctx.lke.view(record));
const lke_get = (ctx) => lke_found(ctx, (record) => ok(ctx.lke.view(record)));
const lke_update = (ctx) => lke_found(ctx, (record) => {
    const problems = updateProblems(ctx.body, record);
    if (problems.length > 0)
        return errors(400, problems);
    const body = ctx.body;
    if (body.label !== undefined)
        record.label = body.label;
    if (body.k8s_version !== undefined)
        record.k8sVersion = body.k8s_version;
    if (body.tags !== undefined)
        record.tags = [...body.tags];
    const plane = body.control_plane;
    if (typeof plane?.high_availability === 'boolean')
        record.highAvailability = plane.high_availability;
    if (typeof plane?.audit_logs_enabled === 'boolean')
        record.auditLogsEnabled = plane.audit_logs_enabled;
    record.updated = timestamp(ctx.lke.now());
    return ok(ctx.lke.view(record));
});
const lkeHandlers = { list: lke_list, get: lke_get, update: lke_update };

;// CONCATENATED MODULE: ./src/s3/endpoint.ts


/**
 * A region's S3 endpoint: each region is a standalone cluster `<region>-1`, e.g. `us-iad` →
 * `https://us-iad-1.linodeobjects.com`. `{region}` is replaced by the region id.
 */
const DEFAULT_S3_ENDPOINT = 'https://{region}-1.linodeobjects.com';
// Region ids may end in digits (`in-bom-2`).
const REGION = /^[a-z]{2}-[a-z]+(?:-[0-9]+)?$/;
function checkRegion(region) {
    if (!REGION.test(region))
        throw new Error(`"${region}" is not a Linode region id (like us-iad)`);
    return region;
}
/**
 * The endpoint URL of `region` from a template (default {@link DEFAULT_S3_ENDPOINT}); a template
 * without `{region}` is used for every region. Credentials are signed, never sent, but the data
 * is not: plain http is refused except on loopback (the emulator).
 */
function s3EndpointFor(region, template = DEFAULT_S3_ENDPOINT) {
    const text = template.replaceAll('{region}', checkRegion(region)).replace(/\/+$/, '');
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new Error(`the S3 endpoint is not a valid URL: "${text}"`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
        throw new Error('the S3 endpoint must use https (http is allowed only for loopback, e.g. the emulator)');
    }
    if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
        throw new Error('the S3 endpoint must not contain credentials, a query string or a fragment');
    }
    return text;
}
/** The host an Object Storage destination names for a bucket: `<bucket>.<region>-1.linodeobjects.com`. */
function bucketHost(bucket, region) {
    return `${bucket}.${clusterOf(checkRegion(region))}.linodeobjects.com`;
}
/** The cluster id of a region: `us-iad` → `us-iad-1`. */
const clusterOf = (region) => `${region}-1`;
/** `us-iad-1` → `us-iad`; undefined for text that is no cluster id. */
function regionOfCluster(cluster) {
    return /^([a-z]{2}-[a-z]+(?:-\d+)?)-\d+$/.exec(cluster)?.[1];
}
/** The region an Object Storage host (`[<bucket>.]<cluster>.linodeobjects.com`) is in; undefined for other hosts. */
function regionOfHost(host) {
    const cluster = /^(?:.+\.)?([a-z0-9-]+)\.linodeobjects\.com$/.exec(host)?.[1];
    return cluster === undefined ? undefined : regionOfCluster(cluster);
}
/**
 * A host of Linode's endpoint listing that S3 credentials may go to: a plain host name under
 * `linodeobjects.com`. The listing is an API answer (data), so anything else is never used.
 */
const TRUSTED_ENDPOINT_HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.linodeobjects\.com$/;
/** Whether `host` is a plain host name under `linodeobjects.com`. */
function isTrustedEndpointHost(host) {
    return host.length <= 253 && TRUSTED_ENDPOINT_HOST.test(host);
}
/**
 * The entries of `GET /object-storage/endpoints` that may be used: a region id and a host under
 * linodeobjects.com. The others are dropped (`debug` says which), never used.
 */
function trustedEndpoints(listing, debug) {
    return listing.flatMap((entry) => {
        const host = entry.s3_endpoint;
        if (host === null || host === undefined)
            return [];
        if (typeof host !== 'string' || typeof entry.region !== 'string' || !REGION.test(entry.region) || !isTrustedEndpointHost(host)) {
            debug?.(`Object Storage endpoint ignored (not a region and a host under linodeobjects.com): ${JSON.stringify(entry).slice(0, 200)}`);
            return [];
        }
        return [{ ...entry, s3_endpoint: host }];
    });
}
const typeRank = (type) => ENDPOINT_TYPES.indexOf(type);
/**
 * The endpoints of `region`, in the order S3 requests prefer them: the `<region>-1` one when
 * listed (Linode's classic cluster), then the newest endpoint type first.
 */
function endpointsOfRegion(endpoints, region) {
    const classic = `${clusterOf(region)}.linodeobjects.com`;
    return endpoints
        .filter((e) => e.region === region)
        .sort((a, b) => Number(b.s3_endpoint === classic) - Number(a.s3_endpoint === classic) || typeRank(b.endpoint_type) - typeRank(a.endpoint_type));
}
/**
 * The S3 endpoint URL of `region`: the workflow's template when set (`override`); else
 * `https://<s3_endpoint>` of the listing's preferred endpoint of the region; else the default
 * `https://<region>-1.linodeobjects.com`.
 */
function s3EndpointOf(region, endpoints, override) {
    if (override !== undefined)
        return s3EndpointFor(region, override);
    const listed = endpoints === undefined ? undefined : endpointsOfRegion(endpoints, checkRegion(region))[0];
    // Re-checked here too: only a host under linodeobjects.com ever gets a credential.
    if (listed !== undefined && isTrustedEndpointHost(listed.s3_endpoint))
        return s3EndpointFor(region, `https://${listed.s3_endpoint}`);
    return s3EndpointFor(region);
}
/** The endpoint a bucket host (`<bucket>.<s3_endpoint>`) is under, from the listing; undefined when none. */
function endpointOfHost(host, endpoints) {
    // The longest match: an endpoint host may be a suffix of another.
    return [...endpoints]
        .sort((a, b) => b.s3_endpoint.length - a.s3_endpoint.length)
        .find((e) => host.endsWith(`.${e.s3_endpoint}`) && host.length > e.s3_endpoint.length + 1);
}

;// CONCATENATED MODULE: ./emulator/object-storage-endpoints.ts


/** Real Object Storage region ids (a sample of Linode's). */
const DEFAULT_ENDPOINT_REGIONS = [
    'us-east',
    'us-southeast',
    'us-iad',
    'us-ord',
    'us-sea',
    'us-lax',
    'us-mia',
    'fr-par',
    'de-fra-2',
    'gb-lon',
    'nl-ams',
    'se-sto',
    'it-mil',
    'es-mad',
    'in-maa',
    'in-bom-2',
    'jp-osa',
    'id-cgk',
    'sg-sin-2',
    'br-gru',
    'au-mel',
];
const object_storage_endpoints_list = (ctx) => {
    const configured = ctx.settings.objectStorageEndpoints;
    const endpoints = configured ??
        [
            ...new Set([
                ...DEFAULT_ENDPOINT_REGIONS,
                ...[...ctx.objectStorage.buckets.values()].map((b) => b.region),
                ...[...ctx.objectStorage.keys.values()].flatMap((k) => ctx.objectStorage.keyRegions(k)),
            ]),
        ]
            .sort()
            .map((region) => ({ region, endpoint_type: 'E1', s3_endpoint: `${clusterOf(region)}.linodeobjects.com` }));
    return paginate(endpoints, ctx.query, ctx.settings.maxPageSize, (e) => ({ ...e }));
};
const objectStorageEndpointHandlers = { list: object_storage_endpoints_list };

;// CONCATENATED MODULE: ./emulator/object-storage-keys.ts
/** Handlers of /object-storage/keys[/{id}]. */





/** The real API's limit on key labels. */
const MAX_KEY_LABEL_LENGTH = 50;
const isText = (value) => typeof value === 'string' && value.trim() !== '';
function labelProblems(body, problems) {
    if (!isText(body.label))
        problems.push({ reason: EMULATOR_REASONS.keyLabelRequired, field: 'label' });
    else if (body.label.length > MAX_KEY_LABEL_LENGTH)
        problems.push({ reason: EMULATOR_REASONS.keyLabelTooLong, field: 'label' });
}
function regionsProblems(value, problems) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every(isText)) {
        problems.push({ reason: EMULATOR_REASONS.mustBeList, field: 'regions' });
        return [];
    }
    return value;
}
function bucketAccessProblems(ctx, value, problems) {
    if (value === undefined || value === null)
        return null;
    if (!Array.isArray(value)) {
        problems.push({ reason: EMULATOR_REASONS.mustBeList, field: 'bucket_access' });
        return [];
    }
    return value.flatMap((entry, i) => {
        const at = `bucket_access[${i}]`;
        if (!isObject(entry)) {
            problems.push({ reason: EMULATOR_REASONS.mustBeObject, field: at });
            return [];
        }
        const { region, bucket_name: bucket, permissions } = entry;
        const before = problems.length;
        if (Object.keys(entry).some((key) => !['region', 'bucket_name', 'permissions'].includes(key)))
            problems.push({ reason: EMULATOR_REASONS.unknownFields, field: at });
        if (!isText(region))
            problems.push({ reason: EMULATOR_REASONS.keyRegionRequired, field: `${at}.region` });
        if (!isText(bucket))
            problems.push({ reason: EMULATOR_REASONS.bucketNameRequired, field: `${at}.bucket_name` });
        if (!BUCKET_PERMISSIONS.includes(permissions)) {
            problems.push({ reason: EMULATOR_REASONS.mustBeOneOf(BUCKET_PERMISSIONS), field: `${at}.permissions` });
        }
        if (problems.length > before)
            return [];
        // A key can only be limited to a bucket that exists.
        if (ctx.objectStorage.bucket(region, bucket) === undefined) {
            problems.push({ reason: EMULATOR_REASONS.bucketNotFound, field: `${at}.bucket_name` });
            return [];
        }
        return [{ region: region, bucket_name: bucket, permissions: permissions }];
    });
}
const object_storage_keys_list = (ctx) => paginate(applyFilter(ctx.objectStorage.keyRecords(), ctx.filter), ctx.query, ctx.settings.maxPageSize, (record) => ctx.objectStorage.keyView(record));
const object_storage_keys_create = (ctx) => {
    const problems = [];
    if (Object.keys(ctx.body).some((key) => !['label', 'regions', 'bucket_access'].includes(key)))
        problems.push({ reason: EMULATOR_REASONS.unknownFields });
    labelProblems(ctx.body, problems);
    const regions = regionsProblems(ctx.body.regions, problems);
    const bucketAccess = bucketAccessProblems(ctx, ctx.body.bucket_access, problems);
    // An unlimited key is valid only in the regions it names.
    if (bucketAccess === null && regions.length === 0 && !problems.some((p) => p.field === 'regions')) {
        problems.push({ reason: EMULATOR_REASONS.keyRegionsRequired, field: 'regions' });
    }
    if (problems.length > 0)
        return errors(400, problems);
    const record = ctx.objectStorage.createKey({ label: ctx.body.label, regions, bucketAccess });
    // API rule: the secret is shown in this answer and never again.
    return ok(ctx.objectStorage.createdKeyView(record));
};
function object_storage_keys_found(ctx, then) {
    const record = ctx.objectStorage.keys.get(ctx.id);
    return record ? then(record) : notFound();
}
const object_storage_keys_get = (ctx) => object_storage_keys_found(ctx, (record) => ok(ctx.objectStorage.keyView(record)));
/** Only `label` and `regions` can change; the buckets of a limited key are fixed. */
const object_storage_keys_update = (ctx) => object_storage_keys_found(ctx, (record) => {
    const problems = [];
    if (Object.keys(ctx.body).some((key) => !['label', 'regions'].includes(key)))
        problems.push({ reason: EMULATOR_REASONS.unknownFields });
    if (ctx.body.label !== undefined)
        labelProblems(ctx.body, problems);
    const regions = regionsProblems(ctx.body.regions, problems);
    if (problems.length > 0)
        return errors(400, problems);
    if (ctx.body.label !== undefined)
        record.label = ctx.body.label;
    if (ctx.body.regions !== undefined)
        record.regions = regions;
    return ok(ctx.objectStorage.keyView(record));
});
const object_storage_keys_remove = (ctx) => object_storage_keys_found(ctx, (record) => {
    ctx.objectStorage.keys.delete(record.id);
    return ok({});
});
const objectStorageKeyHandlers = { list: object_storage_keys_list, create: object_storage_keys_create, get: object_storage_keys_get, update: object_storage_keys_update, remove: object_storage_keys_remove };

;// CONCATENATED MODULE: ./emulator/streams.ts
/** Handlers of /monitor/streams[/{id}[/history]]. */





/** The destination id of a body whose `destinations` is structurally valid. */
function destinationIdOf(body) {
    const list = body.destinations;
    return Array.isArray(list) && list.length === 1 && Number.isInteger(list[0]) ? list[0] : undefined;
}
/** The rules that need state, added to the structural problems so all come back in one 400. */
function stateProblems(ctx) {
    const problems = [];
    const destinationId = destinationIdOf(ctx.body);
    // API rule: an unknown destination id is "Destination not found" on field `destination` (singular).
    if (destinationId !== undefined && !ctx.store.destinations.has(destinationId)) {
        problems.push({ reason: API_REASONS.destinationNotFound, field: 'destination' });
    }
    return problems;
}
function inputOf(body, type, status) {
    return {
        label: body.label,
        status,
        destinationId: destinationIdOf(body),
        details: type === 'audit_logs' ? null : body.details,
    };
}
const streams_list = (ctx) => paginate(applyFilter(ctx.store.streamRecords(), ctx.filter), ctx.query, ctx.settings.maxPageSize, (record) => ctx.store.streamView(record));
const streams_create = (ctx) => {
    const problems = [...streamProblems(ctx.body), ...stateProblems(ctx)];
    const type = ctx.body.type;
    // API rule: "Stream limit reached for this type" once the account's quota per type is used.
    if (STREAM_TYPES.includes(type) && ctx.store.countStreams(type) >= ctx.settings.streamQuota) {
        problems.push({ reason: API_REASONS.streamQuota, field: 'type' });
    }
    if (problems.length > 0)
        return errors(400, problems);
    const streamType = type;
    // The API defaults status to active on create.
    const status = ctx.body.status ?? 'active';
    const record = ctx.store.createStream(streamType, inputOf(ctx.body, streamType, status), ctx.user);
    return ok(ctx.store.streamView(record));
};
function streams_found(ctx, then) {
    const record = ctx.store.streams.get(ctx.id);
    return record ? then(record) : notFound();
}
const streams_get = (ctx) => streams_found(ctx, (record) => ok(ctx.store.streamView(record)));
const streams_update = (ctx) => streams_found(ctx, (record) => {
    // API rule: "Unable to edit Stream at this time" while provisioning or deactivating.
    if (ctx.store.isTransitional(record))
        return fail(400, API_REASONS.unableToEditStream);
    const problems = [...streamProblems(ctx.body, record.type), ...stateProblems(ctx)];
    if (problems.length > 0)
        return errors(400, problems);
    const status = ctx.body.status ?? record.requested;
    ctx.store.updateStream(record, inputOf(ctx.body, record.type, status), ctx.user);
    return ok(ctx.store.streamView(record));
});
const streams_remove = (ctx) => streams_found(ctx, (record) => {
    // API quirk: DELETE of a provisioning or deactivating stream answers 200 {} and does nothing.
    if (!ctx.store.isTransitional(record))
        ctx.store.deleteStream(record.id);
    return ok({});
});
const streams_history = (ctx) => streams_found(ctx, (record) => paginate(record.history, ctx.query, ctx.settings.maxPageSize));
const streamHandlers = { list: streams_list, create: streams_create, get: streams_get, update: streams_update, remove: streams_remove, history: streams_history };

;// CONCATENATED MODULE: ./emulator/router.ts





const collection = (handler) => ({ handler, category: 'collection' });
const other = (handler) => ({ handler, category: 'other' });
/**
 * Paths without the version prefix. Ids are digits only, so `/monitor/streams/destinations`
 * can never be taken for a stream id.
 */
const ROUTES = [
    {
        pattern: /^\/monitor\/streams\/destinations$/,
        methods: { GET: collection(destinationHandlers.list), POST: other(destinationHandlers.create) },
    },
    {
        pattern: /^\/monitor\/streams\/destinations\/(\d+)$/,
        methods: { GET: other(destinationHandlers.get), PUT: other(destinationHandlers.update), DELETE: other(destinationHandlers.remove) },
    },
    { pattern: /^\/monitor\/streams\/destinations\/(\d+)\/history$/, methods: { GET: collection(destinationHandlers.history) } },
    { pattern: /^\/monitor\/streams\/destinations\/verify$/, methods: { POST: other(destinationHandlers.verify) } },
    { pattern: /^\/monitor\/streams$/, methods: { GET: collection(streamHandlers.list), POST: other(streamHandlers.create) } },
    {
        pattern: /^\/monitor\/streams\/(\d+)$/,
        methods: { GET: other(streamHandlers.get), PUT: other(streamHandlers.update), DELETE: other(streamHandlers.remove) },
    },
    { pattern: /^\/monitor\/streams\/(\d+)\/history$/, methods: { GET: collection(streamHandlers.history) } },
    { pattern: /^\/object-storage\/keys$/, methods: { GET: collection(objectStorageKeyHandlers.list), POST: other(objectStorageKeyHandlers.create) } },
    {
        pattern: /^\/object-storage\/keys\/(\d+)$/,
        methods: { GET: other(objectStorageKeyHandlers.get), PUT: other(objectStorageKeyHandlers.update), DELETE: other(objectStorageKeyHandlers.remove) },
    },
    { pattern: /^\/object-storage\/endpoints$/, methods: { GET: collection(objectStorageEndpointHandlers.list) } },
    { pattern: /^\/lke\/clusters$/, methods: { GET: collection(lkeHandlers.list) } },
    { pattern: /^\/lke\/clusters\/(\d+)$/, methods: { GET: other(lkeHandlers.get), PUT: other(lkeHandlers.update) } },
];
/** Finds the endpoint of a path (without version prefix). */
function route(method, path) {
    for (const { pattern, methods } of ROUTES) {
        const match = pattern.exec(path);
        if (!match)
            continue;
        const endpoint = methods[method.toUpperCase()];
        if (!endpoint)
            return { kind: 'method-not-allowed', allow: Object.keys(methods) };
        return { kind: 'found', endpoint, id: match[1] === undefined ? 0 : Number(match[1]) };
    }
    return { kind: 'not-found' };
}

;// CONCATENATED MODULE: ./emulator/api.ts
/**
 * One API request, from routing to the handler's reply, in the order the checks apply:
 * route (404/405; also the Logs endpoints on a version that does not serve them), token (401), rate limit (429), the account's Logs feature (404/403 on
 * /monitor/streams*), the token's scope (401), body (400 Invalid JSON), then the handler.
 * Every reply carries the rate-limit headers.
 */








/** Requests without a valid token share one rate-limit bucket. */
const ANONYMOUS = '\0anonymous';
function bearerToken(authorization) {
    return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}
const isLogsPath = (path) => /^\/monitor\/streams(\/|$)/.test(path);
/** Answers one API request (everything but the transport, faults and latency). */
function handleApi(request, deps) {
    const { settings } = deps;
    // A version that does not serve the Logs endpoints does not have them: 404 like any unknown path.
    const logsElsewhere = request.version !== null && isLogsPath(request.path) && !settings.logsVersions.includes(request.version);
    const found = request.version === null || logsElsewhere ? { kind: 'not-found' } : route(request.method, request.path);
    const token = bearerToken(request.authorization);
    const scopes = settings.tokenScopes;
    const authorised = token !== undefined && (settings.tokens.includes(token) || (scopes !== undefined && Object.hasOwn(scopes, token)));
    const category = found.kind === 'found' ? found.endpoint.category : 'other';
    const limit = category === 'collection' ? settings.collectionGetsPerMinute : settings.otherPerMinute;
    const decision = deps.limiter.take(`${category}:${authorised ? token : ANONYMOUS}`, limit, settings.clock());
    const reply = dispatch();
    // API rule: authenticated answers name the token's scopes and the ones the endpoint accepts.
    const oauth = {};
    if (authorised && found.kind === 'found') {
        const own = scopes !== undefined && token !== undefined && Object.hasOwn(scopes, token) ? scopes[token] : undefined;
        oauth['X-OAuth-Scopes'] = own === undefined ? '*' : own.join(' ');
        oauth['X-Accepted-OAuth-Scopes'] = requiredScope(request.method, request.path) ?? '';
    }
    return { ...reply, headers: { ...decision.headers, ...oauth, ...reply.headers } };
    function dispatch() {
        if (found.kind === 'not-found')
            return notFound();
        if (found.kind === 'method-not-allowed') {
            return { ...fail(405, EMULATOR_REASONS.methodNotAllowed), headers: { Allow: found.allow.join(', ') } };
        }
        // API rule: a missing or unknown bearer token is 401 "Invalid Token".
        if (!authorised)
            return fail(401, API_REASONS.invalidToken);
        // API rule: over the limit is 429 "Too many requests" with Retry-After.
        if (!decision.allowed) {
            return { ...fail(429, API_REASONS.tooManyRequests), headers: { 'Retry-After': String(decision.retryAfter) } };
        }
        if (isLogsPath(request.path) && settings.logsFeature !== true) {
            // An account without the Logs feature does not have these endpoints.
            return settings.logsFeature === 'forbidden' ? fail(403, API_REASONS.unauthorized) : notFound();
        }
        const needed = requiredScope(request.method, request.path);
        const granted = scopes !== undefined && token !== undefined && Object.hasOwn(scopes, token) ? scopes[token] : undefined;
        // API rule: a token without the endpoint's scope is 401, and the reason does not name the scope.
        if (needed !== undefined && granted !== undefined && !scopesGrant(granted, needed)) {
            return fail(401, API_REASONS.tokenNotAuthorized);
        }
        let body = {};
        if (request.method === 'POST' || request.method === 'PUT') {
            let parsed = {};
            if (request.rawBody.trim() !== '') {
                try {
                    parsed = JSON.parse(request.rawBody);
                }
                catch {
                    return fail(400, EMULATOR_REASONS.invalidJson);
                }
            }
            if (!isObject(parsed))
                return fail(400, EMULATOR_REASONS.mustBeObject);
            body = parsed;
        }
        const filter = parseFilter(request.filter);
        if ('status' in filter)
            return filter;
        return found.endpoint.handler({
            store: deps.store,
            objectStorage: deps.objectStorage,
            lke: deps.lke,
            settings,
            id: found.id,
            query: request.query,
            body,
            filter,
            user: EMULATOR_USER,
        });
    }
}

;// CONCATENATED MODULE: ./emulator/faults.ts
/** A fault the emulator cannot take (bad regex, bad status, …). */
class FaultError extends Error {
    name = 'FaultError';
}
const faults_isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Checks a fault (it may come as JSON from another process) and returns it typed. */
function parseFault(value) {
    if (!faults_isRecord(value))
        throw new FaultError('a fault must be a JSON object');
    const known = ['method', 'path', 'times', 'status', 'body', 'headers', 'cut', 'latencyMs'];
    const unknown = Object.keys(value).filter((key) => !known.includes(key));
    if (unknown.length > 0)
        throw new FaultError(`unknown fault field(s): ${unknown.join(', ')}`);
    const { method, path, times, status, headers, cut, latencyMs } = value;
    if (method !== undefined && typeof method !== 'string')
        throw new FaultError('method must be a string');
    if (path !== undefined) {
        if (typeof path !== 'string')
            throw new FaultError('path must be a regex source string');
        try {
            new RegExp(path);
        }
        catch (error) {
            throw new FaultError(`path is not a valid regex: ${error.message}`);
        }
    }
    if (times !== undefined && (typeof times !== 'number' || !Number.isInteger(times) || times < 1)) {
        throw new FaultError('times must be a positive integer');
    }
    if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)) {
        throw new FaultError('status must be an HTTP status code (100-599)');
    }
    if (headers !== undefined && !(faults_isRecord(headers) && Object.values(headers).every((v) => typeof v === 'string'))) {
        throw new FaultError('headers must be an object of strings');
    }
    if (cut !== undefined && cut !== 'before' && cut !== 'after')
        throw new FaultError("cut must be 'before' or 'after'");
    if (latencyMs !== undefined && (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0)) {
        throw new FaultError('latencyMs must be a number >= 0');
    }
    return structuredClone(value);
}
/** Injected faults, matched in the order they were added; each match uses up one of its `times`. */
class FaultList {
    active = [];
    add(value) {
        const fault = parseFault(value);
        this.active.push({
            fault,
            pattern: fault.path === undefined ? undefined : new RegExp(fault.path),
            remaining: fault.times ?? 1,
        });
    }
    clear() {
        this.active = [];
    }
    /** The first fault matching the request, counted as used; undefined when none. */
    take(method, path) {
        const match = this.active.find((a) => (a.fault.method === undefined || a.fault.method.toUpperCase() === method.toUpperCase()) && (a.pattern === undefined || a.pattern.test(path)));
        if (!match)
            return undefined;
        match.remaining -= 1;
        if (match.remaining <= 0)
            this.active = this.active.filter((a) => a !== match);
        return match.fault;
    }
    /** The faults still armed, with `times` showing what is left. */
    pending() {
        return this.active.map((a) => ({ ...structuredClone(a.fault), times: a.remaining }));
    }
}

;// CONCATENATED MODULE: ./emulator/control.ts





const CONTROL_PREFIX = '/__emulator/';
const ENDPOINTS = {
    requests: {
        GET: (core) => ok(core.requests),
        DELETE: (core) => {
            core.clearRequests();
            return ok({});
        },
    },
    faults: {
        GET: (core) => ok(core.faults.pending()),
        POST: (core, body) => {
            core.faults.add(body);
            return ok({});
        },
        DELETE: (core) => {
            core.faults.clear();
            return ok({});
        },
    },
    reset: {
        POST: (core) => {
            core.reset();
            return ok({});
        },
    },
    seed: {
        POST: (core, body) => {
            core.seed(body);
            return ok(core.snapshot());
        },
    },
    state: { GET: (core) => ok(core.snapshot()) },
    /** One delivery round now: `{ "written": [keys] }`. */
    deliver: { POST: (core) => ok({ written: core.deliver() }) },
    resources: { GET: (core) => ok(core.resources()) },
    's3-requests': { GET: (core) => ok(core.s3Requests) },
    options: {
        GET: (core) => ok(describeSettings(core.settings)),
        POST: (core, body) => {
            core.configure(body);
            return ok(describeSettings(core.settings));
        },
    },
};
/** Answers one `/__emulator/...` request. */
function handleControl(core, method, path, rawBody) {
    const methods = ENDPOINTS[path.slice(CONTROL_PREFIX.length)];
    if (!methods)
        return notFound();
    const action = methods[method];
    if (!action)
        return { ...fail(405, EMULATOR_REASONS.methodNotAllowed), headers: { Allow: Object.keys(methods).join(', ') } };
    let body;
    try {
        body = rawBody.trim() === '' ? {} : JSON.parse(rawBody);
    }
    catch {
        return fail(400, EMULATOR_REASONS.invalidJson);
    }
    try {
        return action(core, body);
    }
    catch (error) {
        if (error instanceof FaultError || error instanceof OptionsError || error instanceof SeedError) {
            return fail(400, error.message);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./emulator/delivery.ts
/**
 * Log delivery: while a stream is `active`, Linode writes gzip objects of log lines into its
 * Object Storage destination, with the destination's key. The emulator does the same, one object
 * per active stream each time it delivers (every `deliveryMs`, or on `deliver()`), so a check
 * that looks for recent objects has something to find — and finds nothing once the key stops
 * working, the stream is paused or delivery is turned off.
 *
 * Key layout: the tutorial's default `{stream_type}/{log_type}/{account}/{%Y/%m/%d/}` when the
 * destination has no `path`; with a `path`, the date partition below it (the emulator's reading:
 * the path replaces the prefix before the date). Dates in UTC.
 */



/** The emulated account's id in delivered keys (Linode puts the account's euuid there). */
const DELIVERY_ACCOUNT = 'E5A1C0DE-0000-4000-8000-00000000A11D';
const LOG_TYPE = { audit_logs: 'audit', lke_audit_logs: 'kube-apiserver-audit' };
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** The prefix (ending in `/`) a stream's objects of the day of `at` go under. */
function deliveryPrefix(type, path, at) {
    const d = new Date(at);
    const day = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/`;
    const base = typeof path === 'string' ? path.replace(/^\/+|\/+$/g, '') : '';
    return base === '' ? `${type}/${LOG_TYPE[type]}/${DELIVERY_ACCOUNT}/${day}` : `${base}/${day}`;
}
/**
 * The bucket a destination's key can write to, as delivery would use it: a key of this emulator
 * (or a pair the `credentials` option accepts) that may write to the bucket its host names.
 */
function writableBucket(storage, details, accepted) {
    const { access_key_id: id, access_key_secret: secret, bucket_name: name, host } = details;
    if (typeof id !== 'string' || typeof secret !== 'string' || typeof name !== 'string' || typeof host !== 'string')
        return undefined;
    const region = regionOfHost(host);
    if (region === undefined || bucketOfHost(host) !== name)
        return undefined;
    const bucket = storage.bucket(region, name);
    if (bucket === undefined)
        return undefined;
    if (accepted !== undefined && Object.hasOwn(accepted, id) && accepted[id] === secret)
        return bucket;
    const key = storage.keyByAccessKey(id);
    if (key === undefined || key.secretKey !== secret)
        return undefined;
    return storage.decide(key, region, name, 'write') === 'allowed' ? bucket : undefined;
}
let sequence = 0;
/** One delivery round: an object for each active stream whose destination can be written to. Returns the keys written. */
function deliverOnce(store, storage, accepted, now) {
    const written = [];
    for (const stream of store.streamRecords()) {
        if (store.status(stream) !== 'active')
            continue;
        const destination = store.destinations.get(stream.destinationId);
        if (destination?.type !== 'akamai_object_storage')
            continue;
        const bucket = writableBucket(storage, destination.details, accepted);
        if (bucket === undefined)
            continue;
        const stamp = new Date(now).toISOString().replace(/[-:]/g, '').slice(0, 15);
        const key = `${deliveryPrefix(stream.type, destination.details.path, now)}${stamp}Z-${stream.id}-${pad((sequence = (sequence + 1) % 1_000_000), 6)}.log.gz`;
        const line = JSON.stringify({ time: new Date(now).toISOString(), stream_id: stream.id, stream_type: stream.type, event: 'emulated audit event' });
        storage.putObject(bucket, key, (0,external_node_zlib_namespaceObject.gzipSync)(`${line}\n`), 'application/gzip');
        written.push(key);
    }
    return written;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/s3/retention.ts
/**
 * Object Lock default retention, as the config declares it and S3 reports it. Pure (no SDK), so
 * plan code can compare without loading anything.
 */
const LOCK_MODES = ['COMPLIANCE', 'GOVERNANCE'];
/** Days a retention lasts; a year counts as 365 days. */
function retentionDays(retention) {
    return retention.days ?? retention.years * 365;
}
/** `COMPLIANCE 365 days`, `GOVERNANCE 1 year`. */
function describeRetention(retention) {
    if (retention.days !== undefined)
        return `${retention.mode} ${retention.days} day${retention.days === 1 ? '' : 's'}`;
    return `${retention.mode} ${retention.years} year${retention.years === 1 ? '' : 's'}`;
}
const STRENGTH = { GOVERNANCE: 1, COMPLIANCE: 2 };
/**
 * How two retention periods compare: by days (a year counts as 365); at equal days, a period in
 * years is the longer one (a year in a leap year has 366 days).
 */
function comparePeriods(a, b) {
    const days = retentionDays(a) - retentionDays(b);
    if (days !== 0)
        return Math.sign(days);
    if (a.years !== undefined && b.days !== undefined)
        return 1;
    if (a.days !== undefined && b.years !== undefined)
        return -1;
    return 0;
}
/**
 * What it takes to go from a bucket's default retention to the declared one. The action only
 * ever raises a retention: a longer period, or GOVERNANCE → COMPLIANCE. A declared retention that
 * is shorter or weaker than the bucket's changes nothing (objects written meanwhile were promised
 * the longer period, and a shorter default is not what "at least" asks for).
 */
function retentionChange(current, desired) {
    if (current === null)
        return { kind: 'update', to: desired };
    if (current.mode === desired.mode && current.days === desired.days && current.years === desired.years)
        return { kind: 'same' };
    const mode = Math.sign(STRENGTH[desired.mode] - STRENGTH[current.mode]);
    const period = comparePeriods(desired, current);
    if (mode <= 0 && period <= 0) {
        return {
            kind: 'kept',
            note: `the bucket's default retention ${describeRetention(current)} is already at least the declared ${describeRetention(desired)}; kept, as the action only ever raises a retention`,
        };
    }
    if (mode >= 0 && period >= 0)
        return { kind: 'update', to: desired };
    // Stronger in one way, weaker in the other: raise what the file raises, keep the rest.
    const longer = period > 0 ? desired : current;
    const strongerMode = mode > 0 ? desired.mode : current.mode;
    const to = longer.days !== undefined ? { mode: strongerMode, days: longer.days } : { mode: strongerMode, years: longer.years };
    const kept = mode > 0 ? `the bucket's longer period (${describeRetention(current)})` : `the bucket's ${current.mode} mode`;
    return { kind: 'update', to, note: `declared ${describeRetention(desired)}; raised to ${describeRetention(to)}, keeping ${kept}` };
}

;// CONCATENATED MODULE: ./emulator/object-storage.ts
/**
 * The emulator's Object Storage: the keys the Linode API hands out and the buckets and objects
 * the S3 endpoint serves. One state for both, so a key created through `/object-storage/keys` is
 * an S3 credential at once, and a destination's credential test writes a real (emulated) object.
 *
 * Facts it models (Linode Object Storage docs):
 * - each region is a standalone cluster `<region>-1` (`us-iad` → `us-iad-1.linodeobjects.com`);
 *   bucket names are unique per cluster, and a key works only in the clusters it is valid in;
 * - an unlimited key has full access to the buckets of its `regions`;
 * - a limited key (`bucket_access`) manages content only in the buckets it names, `read_only` to
 *   view, `read_write` to write; it may create buckets in its regions but gets no access to them.
 */






const FIRST_KEY_ID = 5000;
/** Where a destination's credential test writes, below the destination's `path`. */
const TEST_OBJECT_NAME = 'akamai-logs-test-object';
/** Problems of a default retention (as S3 would have it), or undefined when it is usable. */
function retentionProblem(rule) {
    if (!LOCK_MODES.includes(rule.mode))
        return `Mode must be one of ${LOCK_MODES.join(', ')}`;
    const positive = (v) => typeof v === 'number' && Number.isInteger(v) && v > 0;
    if ((rule.days === undefined) === (rule.years === undefined))
        return 'exactly one of Days and Years is required';
    if (!positive(rule.days ?? rule.years))
        return 'Days or Years must be a positive integer';
    return undefined;
}
const DAY_MS = 86_400_000;
function retentionMs(rule) {
    return retentionDays(rule) * DAY_MS;
}
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomText(alphabet, length) {
    return [...(0,external_node_crypto_namespaceObject.randomBytes)(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}
const bucketId = (region, name) => `${region}/${name}`;
class ObjectStorage {
    clock;
    keys = new Map();
    buckets = new Map();
    nextKeyId = FIRST_KEY_ID;
    hadKeys = false;
    constructor(clock) {
        this.clock = clock;
    }
    reset() {
        this.keys.clear();
        this.buckets.clear();
        this.nextKeyId = FIRST_KEY_ID;
        this.hadKeys = false;
    }
    /**
     * Whether destination credentials are checked against these keys: from the first key created
     * or seeded until a reset, so deleting every key does not make any pair acceptable again.
     */
    get checksKeys() {
        return this.hadKeys;
    }
    // ---- keys ----
    /** Records sorted by id, the order of the list. */
    keyRecords() {
        return [...this.keys.values()].sort((a, b) => a.id - b.id);
    }
    createKey(input, id, pair) {
        if (id === undefined)
            while (this.keys.has(this.nextKeyId))
                this.nextKeyId += 1;
        const record = {
            id: id ?? this.nextKeyId,
            label: input.label,
            // Linode access keys are 20 upper-case characters, secrets 40 mixed-case ones.
            accessKey: pair?.accessKey ?? randomText(UPPER, 20),
            secretKey: pair?.secretKey ?? randomText(MIXED, 40),
            bucketAccess: input.bucketAccess === null ? null : structuredClone(input.bucketAccess),
            regions: [...input.regions],
        };
        this.nextKeyId = Math.max(this.nextKeyId, record.id + 1);
        this.keys.set(record.id, record);
        this.hadKeys = true;
        return record;
    }
    keyByAccessKey(accessKey) {
        return [...this.keys.values()].find((k) => k.accessKey === accessKey);
    }
    /** The regions a key is valid in: its own and those of its buckets. */
    keyRegions(key) {
        return [...new Set([...key.regions, ...(key.bucketAccess ?? []).map((b) => b.region)])];
    }
    /** The key as GET and lists show it: never the secret. */
    keyView(key) {
        const regions = this.keyRegions(key).map((id) => ({
            id,
            s3_endpoint: `${clusterOf(id)}.linodeobjects.com`,
            endpoint_type: 'E1',
        }));
        return {
            id: key.id,
            label: key.label,
            access_key: key.accessKey,
            limited: key.bucketAccess !== null,
            bucket_access: key.bucketAccess === null ? null : key.bucketAccess.map((b) => ({ ...b, cluster: clusterOf(b.region) })),
            regions,
        };
    }
    /** The create's answer, the only view with the secret. */
    createdKeyView(key) {
        return { ...this.keyView(key), secret_key: key.secretKey };
    }
    // ---- access ----
    decide(key, region, bucket, action) {
        if (!this.keyRegions(key).includes(region))
            return 'key-not-in-region';
        if (key.bucketAccess === null || action === 'create-bucket')
            return 'allowed';
        // A limited key manages content only; bucket configuration (Object Lock) stays with
        // unlimited keys. The docs grant limited keys content access only; this is the emulator's reading.
        if (action === 'configure' || bucket === undefined)
            return 'denied';
        const grant = key.bucketAccess.find((b) => b.region === region && b.bucket_name === bucket);
        if (grant === undefined)
            return 'denied';
        return action === 'read' || grant.permissions === 'read_write' ? 'allowed' : 'denied';
    }
    // ---- buckets and objects ----
    bucket(region, name) {
        return this.buckets.get(bucketId(region, name));
    }
    bucketRecords() {
        return [...this.buckets.values()].sort((a, b) => bucketId(a.region, a.name).localeCompare(bucketId(b.region, b.name)));
    }
    createBucket(region, name, objectLock) {
        const record = { name, region, created: this.clock(), objectLock, retention: null, objects: new Map() };
        this.buckets.set(bucketId(region, name), record);
        return record;
    }
    /** Stores an object; Object Lock's default retention applies from now. Overwrites make a new version (kept as the only one). */
    putObject(bucket, key, body, contentType) {
        const now = this.clock();
        const record = {
            key,
            body,
            etag: `"${(0,external_node_crypto_namespaceObject.createHash)('md5').update(body).digest('hex')}"`,
            contentType,
            lastModified: now,
            retainUntil: bucket.retention === null ? null : now + retentionMs(bucket.retention),
        };
        bucket.objects.set(key, record);
        return record;
    }
    /**
     * A destination's credential test: the key pair must be a key of this emulator, valid in the
     * host's region, able to write to the bucket there; then the test object is written below
     * `path`. False when any of it fails.
     */
    writeTestObject(details) {
        const { access_key_id: id, access_key_secret: secret, bucket_name: name, host, path } = details;
        if (typeof id !== 'string' || typeof secret !== 'string' || typeof name !== 'string' || typeof host !== 'string')
            return false;
        const key = this.keyByAccessKey(id);
        const region = regionOfHost(host);
        if (key === undefined || key.secretKey !== secret || region === undefined || bucketOfHost(host) !== name)
            return false;
        const bucket = this.bucket(region, name);
        if (bucket === undefined || this.decide(key, region, name, 'write') !== 'allowed')
            return false;
        const prefix = typeof path === 'string' ? path.replace(/^\/+|\/+$/g, '') : '';
        this.putObject(bucket, prefix === '' ? TEST_OBJECT_NAME : `${prefix}/${TEST_OBJECT_NAME}`, Buffer.from('Akamai Cloud Pulse log delivery test\n'), 'text/plain');
        return true;
    }
    // ---- seeding ----
    /** Checks keys and buckets of a seed without changing anything; the returned function puts them in. */
    prepareSeed(keys, buckets) {
        const bucketRecords = buckets.map((seed, i) => {
            const at = `buckets[${i}]`;
            if (!isObject(seed) || typeof seed.name !== 'string' || typeof seed.region !== 'string') {
                throw new SeedError(`${at} needs a name and a region`);
            }
            const lock = seed.object_lock ?? false;
            if (typeof lock !== 'boolean') {
                const problem = retentionProblem(lock);
                if (problem !== undefined)
                    throw new SeedError(`${at}.object_lock: ${problem}`);
            }
            if (this.bucket(seed.region, seed.name) !== undefined)
                throw new SeedError(`${at}: bucket ${seed.name} already exists in ${seed.region}`);
            const record = {
                name: seed.name,
                region: seed.region,
                created: this.clock(),
                objectLock: lock !== false,
                // retentionProblem has checked that exactly one of days and years is there.
                retention: typeof lock === 'boolean' ? null : { ...lock },
                objects: new Map(),
            };
            return record;
        });
        const used = new Set([...this.keys.keys()]);
        const accessKeys = new Set([...this.keys.values()].map((k) => k.accessKey));
        const keyInputs = keys.map((seed, i) => {
            const at = `objectStorageKeys[${i}]`;
            if (!isObject(seed) || typeof seed.label !== 'string')
                throw new SeedError(`${at}.label must be a string`);
            if (seed.id !== undefined && (!Number.isInteger(seed.id) || seed.id < 1 || used.has(seed.id))) {
                throw new SeedError(`${at}.id must be a positive integer not in use`);
            }
            if (seed.id !== undefined)
                used.add(seed.id);
            if (seed.access_key !== undefined && accessKeys.has(seed.access_key))
                throw new SeedError(`${at}.access_key is already in use`);
            if (seed.access_key !== undefined)
                accessKeys.add(seed.access_key);
            if ((seed.access_key === undefined) !== (seed.secret_key === undefined)) {
                throw new SeedError(`${at}: give both access_key and secret_key, or neither`);
            }
            return seed;
        });
        return () => {
            for (const record of bucketRecords)
                this.buckets.set(bucketId(record.region, record.name), record);
            for (const seed of bucketsWithObjects(buckets)) {
                const bucket = this.bucket(seed.region, seed.name);
                for (const [key, body] of Object.entries(seed.objects))
                    this.putObject(bucket, key, Buffer.from(body), 'text/plain');
            }
            // Explicit ids first, so the counter steps over them.
            const ordered = [...keyInputs.filter((k) => k.id !== undefined), ...keyInputs.filter((k) => k.id === undefined)];
            for (const seed of ordered) {
                const pair = seed.access_key !== undefined && seed.secret_key !== undefined ? { accessKey: seed.access_key, secretKey: seed.secret_key } : undefined;
                this.createKey({ label: seed.label, regions: seed.regions ?? [], bucketAccess: seed.bucket_access ?? null }, seed.id, pair);
            }
        };
    }
}
function bucketsWithObjects(seeds) {
    return seeds.filter((seed) => seed.objects !== undefined);
}

;// CONCATENATED MODULE: ./emulator/rate-limit.ts
const WINDOW_MS = 60_000;
/**
 * Fixed one-minute windows (aligned to the clock's minutes) per key, the way the Linode API
 * counts: a request over the limit is refused until the window resets.
 */
class RateLimiter {
    windows = new Map();
    take(key, limit, now) {
        const start = Math.floor(now / WINDOW_MS) * WINDOW_MS;
        let window = this.windows.get(key);
        if (!window || window.start !== start) {
            window = { start, count: 0 };
            this.windows.set(key, window);
        }
        window.count += 1;
        const end = start + WINDOW_MS;
        return {
            allowed: window.count <= limit,
            retryAfter: Math.max(1, Math.ceil((end - now) / 1000)),
            headers: {
                'X-RateLimit-Limit': String(limit),
                'X-RateLimit-Remaining': String(Math.max(0, limit - window.count)),
                'X-RateLimit-Reset': String(end / 1000),
            },
        };
    }
    reset() {
        this.windows.clear();
    }
}

;// CONCATENATED MODULE: ./emulator/core.ts







/** Everything the emulator holds, independent of HTTP: shared by the server and the control endpoints. */
class EmulatorCore {
    settings;
    store;
    faults = new FaultList();
    limiter = new RateLimiter();
    /** Cleared in place, so a reference handed out stays live. */
    requests = [];
    /** The S3 endpoint's requests; cleared with `requests`. */
    s3Requests = [];
    objectStorage;
    lke;
    constructor(options) {
        this.settings = resolveSettings(options);
        const settings = this.settings;
        this.store = new Store({
            clock: () => settings.clock(),
            provisioningMs: () => settings.provisioningMs,
            deactivatingMs: () => settings.deactivatingMs,
        });
        this.objectStorage = new ObjectStorage(() => settings.clock());
        this.lke = new LkeStore(() => settings.clock());
        this.scheduleDelivery();
    }
    deliveryTimer;
    deliveryEvery = 0;
    /** One delivery round now; the keys written. */
    deliver() {
        return deliverOnce(this.store, this.objectStorage, this.settings.credentials, this.settings.clock());
    }
    /** (Re)starts the delivery timer after `deliveryMs` changed; never keeps the process alive. */
    scheduleDelivery() {
        if (this.deliveryEvery === this.settings.deliveryMs)
            return;
        this.stopDelivery();
        this.deliveryEvery = this.settings.deliveryMs;
        if (this.deliveryEvery > 0) {
            this.deliveryTimer = setInterval(() => this.deliver(), this.deliveryEvery);
            this.deliveryTimer.unref();
        }
    }
    stopDelivery() {
        if (this.deliveryTimer !== undefined)
            clearInterval(this.deliveryTimer);
        this.deliveryTimer = undefined;
        this.deliveryEvery = 0;
    }
    reset() {
        this.store.reset();
        this.objectStorage.reset();
        this.lke.reset();
        this.faults.clear();
        this.limiter.reset();
        this.clearRequests();
    }
    clearRequests() {
        this.requests.length = 0;
        this.s3Requests.length = 0;
    }
    /** All or nothing: every part is checked before any is put in. */
    seed(state) {
        if (typeof state !== 'object' || state === null)
            throw new SeedError('seed must be an object');
        const listOf = (value, name) => {
            if (value !== undefined && !Array.isArray(value))
                throw new SeedError(`${name} must be a list`);
            return value ?? [];
        };
        const commitObjectStorage = this.objectStorage.prepareSeed(listOf(state.objectStorageKeys, 'objectStorageKeys'), listOf(state.buckets, 'buckets'));
        const commitLke = this.lke.prepareSeed(listOf(state.lkeClusters, 'lkeClusters'));
        this.store.seed(state);
        commitObjectStorage();
        commitLke();
    }
    resources() {
        const buckets = this.objectStorage.bucketRecords().map((b) => ({
            name: b.name,
            region: b.region,
            objectLock: b.objectLock,
            retention: b.retention === null ? null : { ...b.retention },
            objects: [...b.objects.values()].map((o) => ({
                key: o.key,
                size: o.body.length,
                retainUntil: o.retainUntil === null ? null : timestamp(o.retainUntil),
            })),
        }));
        return {
            objectStorageKeys: this.objectStorage.keyRecords().map((k) => this.objectStorage.keyView(k)),
            lkeClusters: this.lke.records().map((c) => this.lke.view(c)),
            buckets,
        };
    }
    snapshot() {
        return this.store.snapshot();
    }
    configure(options) {
        applyRuntimeOptions(this.settings, options);
        this.scheduleDelivery();
    }
}

;// CONCATENATED MODULE: ./emulator/s3/sigv4.ts
/**
 * AWS Signature Version 4 verification for the emulator's S3 endpoint (header-signed requests,
 * as the AWS SDK sends them). node:crypto only: the emulator is bundled without node_modules.
 *
 * Not checked: the request time against the clock (tests move the emulator's clock, the SDK
 * signs with the real one), presigned URLs and aws-chunked (STREAMING-*) payloads, which the SDK
 * does not use for the operations served here.
 */

const ALGORITHM = 'AWS4-HMAC-SHA256';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
const sha256 = (data) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex');
const hmac = (key, data) => (0,external_node_crypto_namespaceObject.createHmac)('sha256', key).update(data, 'utf8').digest();
/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function uriEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** The canonical query string: every parameter decoded, re-encoded, sorted by name then value. */
function canonicalQuery(rawQuery) {
    if (rawQuery === '')
        return '';
    return rawQuery
        .split('&')
        .filter((part) => part !== '')
        .map((part) => {
        const at = part.indexOf('=');
        const name = at === -1 ? part : part.slice(0, at);
        const value = at === -1 ? '' : part.slice(at + 1);
        return [uriEncode(decode(name)), uriEncode(decode(value))];
    })
        .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
        .map(([name, value]) => `${name}=${value}`)
        .join('&');
}
function parseAuthorization(header) {
    const match = /^AWS4-HMAC-SHA256\s+(.*)$/.exec(header.trim());
    if (!match?.[1])
        return undefined;
    const fields = new Map();
    for (const part of match[1].split(',')) {
        const at = part.indexOf('=');
        if (at > 0)
            fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
    }
    const credential = fields.get('Credential')?.split('/');
    const signedHeaders = fields.get('SignedHeaders');
    const signature = fields.get('Signature');
    if (credential?.length !== 5 || credential[4] !== 'aws4_request' || !signedHeaders || !signature)
        return undefined;
    const [accessKey, date, region, service] = credential;
    return { accessKey, date, region, service, signedHeaders: signedHeaders.split(';'), signature: signature.toLowerCase() };
}
/** The signature a request should carry, signed with `secret`. */
function expectedSignature(request, auth, secret) {
    const canonicalHeaders = auth.signedHeaders.map((name) => `${name}:${(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
    const canonicalRequest = [
        request.method,
        request.rawPath === '' ? '/' : request.rawPath,
        canonicalQuery(request.rawQuery),
        canonicalHeaders,
        auth.signedHeaders.join(';'),
        request.headers['x-amz-content-sha256'] ?? sha256(request.body),
    ].join('\n');
    const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
    const stringToSign = [ALGORITHM, request.headers['x-amz-date'] ?? '', scope, sha256(canonicalRequest)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, auth.date), auth.region), auth.service), 'aws4_request');
    return (0,external_node_crypto_namespaceObject.createHmac)('sha256', key).update(stringToSign, 'utf8').digest('hex');
}
/** Checks the parts of a request that do not need the key: header shape and payload hash. */
function checkShape(request) {
    const header = request.headers.authorization;
    if (header === undefined)
        return { code: 'AccessDenied', message: 'Anonymous access is not allowed.' };
    const auth = parseAuthorization(header);
    if (auth === undefined) {
        return {
            code: 'AuthorizationHeaderMalformed',
            message: 'The authorization header is malformed; only AWS4-HMAC-SHA256 with Credential, SignedHeaders and Signature is accepted.',
        };
    }
    if (!auth.signedHeaders.includes('host') || request.headers['x-amz-date'] === undefined) {
        return { code: 'AuthorizationHeaderMalformed', message: 'The host header must be signed and x-amz-date must be sent.' };
    }
    const payload = request.headers['x-amz-content-sha256'];
    if (payload === undefined)
        return { code: 'AuthorizationHeaderMalformed', message: 'Missing required header for this request: x-amz-content-sha256.' };
    if (payload.startsWith('STREAMING-')) {
        return { code: 'NotImplemented', message: `The emulator does not accept ${payload} (aws-chunked) payloads.` };
    }
    if (payload !== UNSIGNED_PAYLOAD && payload.toLowerCase() !== sha256(request.body)) {
        return { code: 'XAmzContentSHA256Mismatch', message: 'The provided x-amz-content-sha256 header does not match what was computed.' };
    }
    return auth;
}
function signatureMatches(request, auth, secret) {
    const expected = Buffer.from(expectedSignature(request, auth, secret), 'hex');
    const given = Buffer.from(auth.signature, 'hex');
    return expected.length === given.length && (0,external_node_crypto_namespaceObject.timingSafeEqual)(expected, given);
}

;// CONCATENATED MODULE: ./emulator/s3/handler.ts
/**
 * The emulator's S3 endpoint: just what log delivery needs, against the emulator's Object
 * Storage keys and buckets. Operations: CreateBucket (with `x-amz-bucket-object-lock-enabled`),
 * HeadBucket, Get/PutObjectLockConfiguration, PutObject, HeadObject, GetObject, ListObjectsV2.
 * Anything else answers 501 NotImplemented, so a client relying on more notices here.
 *
 * Addressing: path-style below `/s3/<cluster>/` (the emulator's stand-in for
 * `https://<cluster>.linodeobjects.com`), or by Host header, path-style on
 * `<cluster>.linodeobjects.com` or virtual-host style on `<bucket>.<cluster>.linodeobjects.com`.
 */







const S3_PREFIX = '/s3/';
const S3_HOST = /^(?:(?<bucket>[a-z0-9.-]+)\.)?(?<cluster>[a-z]{2}-[a-z]+-\d+)\.linodeobjects\.com(?::\d+)?$/;
function handler_decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Splits `bucket/key...` (still encoded) into its parts. */
function bucketAndKey(rest) {
    if (rest === '')
        return { bucket: undefined, key: undefined };
    const at = rest.indexOf('/');
    if (at === -1)
        return { bucket: handler_decode(rest), key: undefined };
    const key = rest.slice(at + 1);
    return { bucket: handler_decode(rest.slice(0, at)), key: key === '' ? undefined : handler_decode(key) };
}
/** Where an S3 request goes, or undefined when the request is not one for the S3 endpoint. */
function parseS3Target(host, rawPath) {
    if (rawPath.startsWith(S3_PREFIX)) {
        const rest = rawPath.slice(S3_PREFIX.length);
        const at = rest.indexOf('/');
        const cluster = at === -1 ? rest : rest.slice(0, at);
        return { cluster, ...bucketAndKey(at === -1 ? '' : rest.slice(at + 1)) };
    }
    const match = S3_HOST.exec((host ?? '').toLowerCase());
    if (!match?.groups?.cluster)
        return undefined;
    const path = rawPath.replace(/^\//, '');
    if (match.groups.bucket !== undefined) {
        return { cluster: match.groups.cluster, bucket: match.groups.bucket, key: path === '' ? undefined : handler_decode(path) };
    }
    return { cluster: match.groups.cluster, ...bucketAndKey(path) };
}
// ---- XML ----
const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
function xmlEscape(text) {
    return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
function xmlText(xml, tag) {
    const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
    return match?.[1]?.trim();
}
const newRequestId = () => (0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex').toUpperCase();
function xmlReply(status, xml, headers = {}) {
    return { status, headers: { 'Content-Type': 'application/xml', ...headers }, body: DECLARATION + xml };
}
/** An S3 error: XML `<Error>` body (none for HEAD, which has no body). */
function s3Error(status, code, message, extra = {}) {
    const requestId = newRequestId();
    const fields = Object.entries(extra)
        .map(([name, value]) => `<${name}>${xmlEscape(value)}</${name}>`)
        .join('');
    return xmlReply(status, `<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message>${fields}<RequestId>${requestId}</RequestId></Error>`, {
        'x-amz-request-id': requestId,
    });
}
const noSuchBucket = (bucket) => s3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
const accessDenied = () => s3Error(403, 'AccessDenied', 'Access Denied');
const notImplemented = (what) => s3Error(501, 'NotImplemented', `The emulator's S3 endpoint does not implement ${what}.`);
function lockXml(bucket) {
    const rule = bucket.retention;
    const period = rule === null ? '' : rule.days !== undefined ? `<Days>${rule.days}</Days>` : `<Years>${rule.years}</Years>`;
    const ruleXml = rule === null ? '' : `<Rule><DefaultRetention><Mode>${rule.mode}</Mode>${period}</DefaultRetention></Rule>`;
    return `<ObjectLockConfiguration xmlns="${NS}"><ObjectLockEnabled>Enabled</ObjectLockEnabled>${ruleXml}</ObjectLockConfiguration>`;
}
/** The retention `rule` would weaken `current` in COMPLIANCE mode: shorter, another mode, or none. */
function weakens(current, rule) {
    if (current?.mode !== 'COMPLIANCE')
        return false;
    return rule === null || rule.mode !== 'COMPLIANCE' || retentionMs(rule) < retentionMs(current);
}
// ---- requests ----
/**
 * Query parameters the served operations understand; any other (a sub-resource, or a listing
 * option such as `delimiter` that is not implemented) answers NotImplemented rather than being ignored.
 */
const KNOWN_QUERY = new Set(['x-id', 'object-lock', 'list-type', 'prefix', 'delimiter', 'max-keys', 'continuation-token', 'start-after', 'fetch-owner']);
/** Answers one S3 request. */
function handleS3(storage, request) {
    const { target, method } = request;
    const query = new URLSearchParams(request.rawQuery);
    const operation = operationOf(method, target, query);
    const done = (reply, accessKey) => ({
        reply: method === 'HEAD' ? { ...reply, body: '' } : reply,
        operation,
        ...(accessKey === undefined ? {} : { accessKey }),
    });
    const region = regionOfCluster(target.cluster);
    if (region === undefined)
        return done(s3Error(400, 'InvalidRequest', `Unknown Object Storage cluster "${target.cluster}".`));
    const shape = checkShape(request);
    if ('code' in shape) {
        const status = shape.code === 'NotImplemented' ? 501 : shape.code === 'XAmzContentSHA256Mismatch' || shape.code === 'AuthorizationHeaderMalformed' ? 400 : 403;
        return done(s3Error(status, shape.code, shape.message));
    }
    const key = storage.keyByAccessKey(shape.accessKey);
    // Each cluster is its own store: a key not valid in this region is unknown here.
    if (key === undefined || !storage.keyRegions(key).includes(region)) {
        return done(s3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'), shape.accessKey);
    }
    if (!signatureMatches(request, shape, key.secretKey)) {
        return done(s3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.'), shape.accessKey);
    }
    const digest = checkDigests(request);
    if (digest !== undefined)
        return done(digest, shape.accessKey);
    const unknownParameter = [...query.keys()].find((name) => !KNOWN_QUERY.has(name));
    if (unknownParameter !== undefined)
        return done(notImplemented(`the ?${unknownParameter} sub-resource`), shape.accessKey);
    if (target.bucket === undefined)
        return done(notImplemented('service-level requests (ListBuckets)'), shape.accessKey);
    const bucketName = target.bucket;
    const bucket = storage.bucket(region, bucketName);
    const allowed = (action) => storage.decide(key, region, bucketName, action) === 'allowed';
    const reply = (() => {
        switch (operation) {
            case 'CreateBucket': {
                const problems = bucketNameProblems(bucketName);
                if (problems.length > 0)
                    return s3Error(400, 'InvalidBucketName', problems.join(' '), { BucketName: bucketName });
                if (bucket !== undefined) {
                    return s3Error(409, 'BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', {
                        BucketName: bucketName,
                    });
                }
                if (storage.decide(key, region, bucketName, 'create-bucket') !== 'allowed')
                    return accessDenied();
                const lock = (request.headers['x-amz-bucket-object-lock-enabled'] ?? '').toLowerCase() === 'true';
                storage.createBucket(region, bucketName, lock);
                return { status: 200, headers: { Location: `/${bucketName}` }, body: '' };
            }
            case 'HeadBucket':
                if (bucket === undefined)
                    return noSuchBucket(bucketName);
                return allowed('read') ? { status: 200, headers: { 'x-amz-bucket-region': region }, body: '' } : accessDenied();
            case 'GetObjectLockConfiguration':
                if (bucket === undefined)
                    return noSuchBucket(bucketName);
                if (!allowed('configure'))
                    return accessDenied();
                if (!bucket.objectLock) {
                    return s3Error(404, 'ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', { BucketName: bucketName });
                }
                return xmlReply(200, lockXml(bucket));
            case 'PutObjectLockConfiguration':
                if (bucket === undefined)
                    return noSuchBucket(bucketName);
                if (!allowed('configure'))
                    return accessDenied();
                return putObjectLock(bucket, request.body.toString('utf8'));
            case 'ListObjectsV2':
                if (bucket === undefined)
                    return noSuchBucket(bucketName);
                return allowed('read') ? listObjects(bucket, query) : accessDenied();
            case 'PutObject': {
                if (bucket === undefined)
                    return noSuchBucket(bucketName);
                if (!allowed('write'))
                    return accessDenied();
                if (request.headers['x-amz-copy-source'] !== undefined)
                    return notImplemented('CopyObject');
                const stored = storage.putObject(bucket, target.key ?? '', request.body, request.headers['content-type'] ?? 'binary/octet-stream');
                return { status: 200, headers: { ETag: stored.etag }, body: '' };
            }
            case 'HeadObject':
            case 'GetObject': {
                if (bucket === undefined)
                    return noSuchBucket(bucketName);
                if (!allowed('read'))
                    return accessDenied();
                const object = bucket.objects.get(target.key ?? '');
                if (object === undefined)
                    return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: target.key ?? '' });
                const headers = {
                    'Content-Type': object.contentType,
                    ETag: object.etag,
                    'Last-Modified': new Date(object.lastModified).toUTCString(),
                    'Content-Length': String(object.body.length),
                };
                if (object.retainUntil !== null && bucket.retention !== null) {
                    headers['x-amz-object-lock-mode'] = bucket.retention.mode;
                    headers['x-amz-object-lock-retain-until-date'] = new Date(object.retainUntil).toISOString();
                }
                return { status: 200, headers, body: operation === 'GetObject' ? object.body : '' };
            }
            default:
                return notImplemented(`${method} on this resource`);
        }
    })();
    return done(reply, shape.accessKey);
}
function operationOf(method, target, query) {
    if (target.bucket === undefined)
        return 'Unknown';
    if (target.key !== undefined) {
        return { PUT: 'PutObject', HEAD: 'HeadObject', GET: 'GetObject' }[method] ?? 'Unknown';
    }
    if (query.has('object-lock')) {
        return { GET: 'GetObjectLockConfiguration', PUT: 'PutObjectLockConfiguration' }[method] ?? 'Unknown';
    }
    if (method === 'GET' && query.get('list-type') === '2')
        return 'ListObjectsV2';
    return { PUT: 'CreateBucket', HEAD: 'HeadBucket' }[method] ?? 'Unknown';
}
/** Content-MD5 and the SDK's CRC32 checksum, when sent, must match the body. */
function checkDigests(request) {
    const md5 = request.headers['content-md5'];
    if (md5 !== undefined && md5 !== (0,external_node_crypto_namespaceObject.createHash)('md5').update(request.body).digest('base64')) {
        return s3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
    }
    const crc32 = request.headers['x-amz-checksum-crc32'];
    // zlib.crc32 exists from Node 20.15 on; older runtimes skip the check.
    const compute = external_node_zlib_namespaceObject.crc32;
    if (crc32 !== undefined && compute !== undefined) {
        const expected = Buffer.alloc(4);
        expected.writeUInt32BE(compute(request.body) >>> 0);
        if (expected.toString('base64') !== crc32) {
            return s3Error(400, 'BadDigest', 'The CRC32 you specified did not match the calculated checksum.');
        }
    }
    return undefined;
}
function putObjectLock(bucket, xml) {
    if (!xml.includes('<ObjectLockConfiguration') || xmlText(xml, 'ObjectLockEnabled') !== 'Enabled') {
        return s3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
    }
    // S3 rule: Object Lock can only be enabled when a bucket is created.
    if (!bucket.objectLock) {
        return s3Error(409, 'InvalidBucketState', 'Object Lock configuration cannot be enabled on existing buckets');
    }
    let rule = null;
    if (xml.includes('<Rule>')) {
        const mode = xmlText(xml, 'Mode');
        const days = xmlText(xml, 'Days');
        const years = xmlText(xml, 'Years');
        const candidate = {
            mode,
            ...(days === undefined ? {} : { days: Number(days) }),
            ...(years === undefined ? {} : { years: Number(years) }),
        };
        const problem = retentionProblem(candidate);
        if (problem !== undefined)
            return s3Error(400, 'InvalidArgument', `Invalid default retention: ${problem} (Mode: ${LOCK_MODES.join(' or ')}).`);
        rule = candidate;
    }
    // The emulator's rule (stricter than S3, whose default retention only applies to new objects):
    // a COMPLIANCE default retention may be raised, never shortened, relaxed or removed.
    if (weakens(bucket.retention, rule)) {
        return s3Error(400, 'InvalidArgument', 'A COMPLIANCE default retention can be raised, but not lowered, relaxed to GOVERNANCE or removed.');
    }
    bucket.retention = rule;
    return { status: 200, headers: {}, body: '' };
}
/**
 * ListObjectsV2. With a delimiter, keys that hold it after the prefix are rolled up into one
 * CommonPrefixes entry each (S3 rule: a rolled-up prefix counts as one entry towards max-keys),
 * objects and prefixes sorted together by name, as S3 pages them.
 */
function listObjects(bucket, query) {
    const prefix = query.get('prefix') ?? '';
    const delimiter = query.get('delimiter') ?? '';
    const maxKeys = Math.min(Math.max(Number(query.get('max-keys') ?? 1000) || 1000, 1), 1000);
    const token = query.get('continuation-token');
    const after = token !== null ? Buffer.from(token, 'base64url').toString('utf8') : (query.get('start-after') ?? '');
    const entries = new Map();
    for (const o of bucket.objects.values()) {
        if (!o.key.startsWith(prefix))
            continue;
        const at = delimiter === '' ? -1 : o.key.indexOf(delimiter, prefix.length);
        const name = at === -1 ? o.key : o.key.slice(0, at + delimiter.length);
        entries.set(name, at === -1 ? { name, object: o } : { name });
    }
    const matching = [...entries.values()].filter((e) => e.name > after).sort((a, b) => (a.name < b.name ? -1 : 1));
    const page = matching.slice(0, maxKeys);
    const truncated = matching.length > page.length;
    const contents = page
        .map(({ object: o }) => o === undefined
        ? ''
        : `<Contents><Key>${xmlEscape(o.key)}</Key><LastModified>${new Date(o.lastModified).toISOString()}</LastModified>` +
            `<ETag>${xmlEscape(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`)
        .join('');
    const prefixes = page
        .filter((e) => e.object === undefined)
        .map((e) => `<CommonPrefixes><Prefix>${xmlEscape(e.name)}</Prefix></CommonPrefixes>`)
        .join('');
    const last = page[page.length - 1];
    const next = truncated && last !== undefined ? `<NextContinuationToken>${Buffer.from(last.name).toString('base64url')}</NextContinuationToken>` : '';
    const given = token === null ? '' : `<ContinuationToken>${xmlEscape(token)}</ContinuationToken>`;
    const shown = delimiter === '' ? '' : `<Delimiter>${xmlEscape(delimiter)}</Delimiter>`;
    return xmlReply(200, `<ListBucketResult xmlns="${NS}"><Name>${xmlEscape(bucket.name)}</Name><Prefix>${xmlEscape(prefix)}</Prefix>${shown}` +
        `<KeyCount>${page.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${given}${next}${contents}${prefixes}</ListBucketResult>`);
}

;// CONCATENATED MODULE: ./emulator/server.ts







const VERSIONED = /^\/(v4|v4beta)(\/.*)?$/;
/** Both version prefixes serve the same data (the Logs endpoints may be on one only, see logsVersions); a path without one is unknown. */
function splitVersion(pathname) {
    const match = VERSIONED.exec(pathname);
    return match ? { version: match[1], path: match[2] ?? '' } : { version: null, path: pathname };
}
function readBytes(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
const readBody = async (req) => (await readBytes(req)).toString('utf8');
/** The log keeps the body exactly as sent: parsed when it is JSON, the raw text otherwise. */
function bodyForLog(raw) {
    if (raw === '')
        return undefined;
    try {
        return JSON.parse(raw);
    }
    catch {
        return raw;
    }
}
const delay = (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());
function send(res, reply) {
    if (res.destroyed || res.headersSent)
        return;
    const text = typeof reply.body === 'string';
    const payload = text ? reply.body : JSON.stringify(reply.body ?? {});
    res.writeHead(reply.status, {
        'Content-Type': text ? 'text/html; charset=utf-8' : 'application/json',
        'Content-Length': String(Buffer.byteLength(payload)),
        ...reply.headers,
    });
    res.end(payload);
}
/** A fault's own answer; its body defaults to the API's error envelope for the status. */
function faultReply(fault) {
    const status = fault.status ?? 500;
    const reason = status === 429 ? API_REASONS.tooManyRequests : (external_node_http_namespaceObject.STATUS_CODES[status] ?? 'Error');
    const body = fault.body !== undefined ? fault.body : { errors: [{ reason }] };
    return { status, body, headers: fault.headers ?? {} };
}
async function handleApiRequest(core, req, res, url) {
    const method = req.method ?? 'GET';
    const { version, path } = splitVersion(url.pathname);
    const filter = req.headers['x-filter'];
    const entry = {
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        version,
        body: undefined,
        ...(typeof filter === 'string' ? { filter } : {}),
        status: 0,
        at: core.settings.clock(),
    };
    // Logged on arrival, so the log is in arrival order even when bodies arrive at different speeds.
    core.requests.push(entry);
    const rawBody = await readBody(req);
    entry.body = bodyForLog(rawBody);
    await delay(core.settings.latencyMs);
    const fault = core.faults.take(method, path);
    if (fault?.latencyMs)
        await delay(fault.latencyMs);
    // When the answer went out (or the connection was cut): the bench counts round trips from it.
    const finish = () => {
        entry.end = core.settings.clock();
    };
    if (fault?.cut === 'before') {
        req.socket.destroy();
        finish();
        return;
    }
    if (fault && (fault.status !== undefined || fault.body !== undefined)) {
        const reply = faultReply(fault);
        entry.status = reply.status;
        send(res, reply);
        finish();
        return;
    }
    const reply = handleApi({
        method,
        version,
        path,
        query: url.searchParams,
        authorization: req.headers.authorization,
        filter: typeof filter === 'string' ? filter : undefined,
        rawBody,
    }, core);
    if (fault?.cut === 'after') {
        // The emulator has acted (e.g. the resource IS created); the client never hears of it.
        req.socket.destroy();
        finish();
        return;
    }
    const headers = { ...reply.headers, ...fault?.headers };
    entry.status = reply.status;
    send(res, { ...reply, headers });
    finish();
}
/** Header name (lower case) -> value, repeated headers joined as HTTP allows. */
function headerRecord(req) {
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined)
            headers[name] = Array.isArray(value) ? value.join(',') : value;
    }
    return headers;
}
/** An S3 request: not in `requests` (that log is the Linode API's), not subject to faults; latency applies. */
async function handleS3Request(core, req, res, target) {
    const raw = req.url ?? '/';
    const at = raw.indexOf('?');
    const rawPath = at === -1 ? raw : raw.slice(0, at);
    const entry = { method: req.method ?? 'GET', path: rawPath, operation: 'Unknown', status: 0, at: core.settings.clock() };
    core.s3Requests.push(entry);
    const body = await readBytes(req);
    await delay(core.settings.latencyMs);
    const outcome = handleS3(core.objectStorage, {
        method: entry.method,
        rawPath,
        rawQuery: at === -1 ? '' : raw.slice(at + 1),
        headers: headerRecord(req),
        body,
        target,
    });
    entry.operation = outcome.operation;
    if (outcome.accessKey !== undefined)
        entry.accessKey = outcome.accessKey;
    entry.status = outcome.reply.status;
    sendS3(res, outcome.reply);
    entry.end = core.settings.clock();
}
function sendS3(res, reply) {
    if (res.destroyed || res.headersSent)
        return;
    const payload = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
    // A HEAD answer has no body but says how long the GET's would be.
    res.writeHead(reply.status, { 'Content-Length': String(payload.length), ...reply.headers });
    res.end(payload);
}
async function onRequest(core, req, res) {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const s3Target = parseS3Target(req.headers.host, (req.url ?? '/').split('?')[0] ?? '/');
    if (s3Target !== undefined) {
        await handleS3Request(core, req, res, s3Target);
        return;
    }
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
        const rawBody = await readBody(req);
        send(res, handleControl(core, req.method ?? 'GET', url.pathname, rawBody));
        return;
    }
    await handleApiRequest(core, req, res, url);
}
function urlOf(address) {
    const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
    return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}
/** Starts the emulator; resolves once it listens. */
async function startEmulator(options = {}) {
    const core = new EmulatorCore(options);
    const server = (0,external_node_http_namespaceObject.createServer)((req, res) => {
        onRequest(core, req, res).catch((error) => {
            const reason = `Emulator error: ${error instanceof Error ? error.message : String(error)}`;
            try {
                send(res, { status: 500, body: { errors: [{ reason }] } });
            }
            catch {
                req.socket.destroy();
            }
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? DEFAULTS.port, options.host ?? DEFAULTS.host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    let closing;
    const url = urlOf(server.address());
    const s3Url = `${url}${S3_PREFIX.slice(0, -1)}`;
    return {
        url,
        s3Url,
        s3Endpoint: (region) => `${s3Url}/${region}-1`,
        s3Requests: core.s3Requests,
        resources: () => core.resources(),
        requests: core.requests,
        inject: (fault) => core.faults.add(fault),
        clearFaults: () => core.faults.clear(),
        reset: () => core.reset(),
        seed: (state) => core.seed(state),
        snapshot: () => core.snapshot(),
        configure: (runtime) => core.configure(runtime),
        deliver: () => core.deliver(),
        close: () => {
            core.stopDelivery();
            closing ??= new Promise((resolve, reject) => {
                server.close((error) => (error ? reject(error) : resolve()));
                // Keep-alive connections would hold close() open; nothing is waiting on them.
                server.closeAllConnections();
            });
            return closing;
        },
    };
}

;// CONCATENATED MODULE: ./emulator/index.ts
/** The local Linode Logs API emulator. No side effects on import: `startEmulator` does the work. */






;// CONCATENATED MODULE: ./emulator/cli.ts
/**
 * `npm run emulator`: starts the Linode API emulator until SIGINT/SIGTERM. Bundled on its own
 * into emulator/dist/index.js, so it runs without node_modules. Exports nothing.
 */



const USAGE = `Usage: node emulator/dist/index.js [options]
  --host HOST              listen address (default ${DEFAULTS.host})
  --port PORT              listen port; 0 picks a free one (default ${DEFAULTS.port})
  --token TOKEN            accepted bearer token; repeatable (default ${DEFAULTS.tokens.join(', ')})
  --provisioning-ms MS     how long new/repointed streams stay provisioning (default ${DEFAULTS.provisioningMs})
  --deactivating-ms MS     how long deactivated streams stay deactivating (default ${DEFAULTS.deactivatingMs})
  --latency-ms MS          delay added to every API request (default ${DEFAULTS.latencyMs})
  --stream-quota N         streams allowed per type (default ${DEFAULTS.streamQuota})
  --delivery-ms MS         every MS, each active stream writes a gzip log object into its bucket; 0: off
                           (default ${CLI_DELIVERY_MS}; POST /__emulator/options {"deliveryMs": 0} stops it)
  --help                   show this`;
class UsageError extends Error {
}
function integer(flag, value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new UsageError(`--${flag} must be a non-negative integer, got "${value}"`);
    return Number(value);
}
function parseOptions(argv) {
    let values;
    try {
        ({ values } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            strict: true,
            options: {
                host: { type: 'string' },
                port: { type: 'string' },
                token: { type: 'string', multiple: true },
                'provisioning-ms': { type: 'string' },
                'deactivating-ms': { type: 'string' },
                'latency-ms': { type: 'string' },
                'stream-quota': { type: 'string' },
                'delivery-ms': { type: 'string' },
                help: { type: 'boolean' },
            },
        }));
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    if (values.help)
        return 'help';
    const options = {
        host: values.host,
        port: integer('port', values.port),
        tokens: values.token,
        provisioningMs: integer('provisioning-ms', values['provisioning-ms']),
        deactivatingMs: integer('deactivating-ms', values['deactivating-ms']),
        latencyMs: integer('latency-ms', values['latency-ms']),
        streamQuota: integer('stream-quota', values['stream-quota']),
        deliveryMs: integer('delivery-ms', values['delivery-ms']) ?? CLI_DELIVERY_MS,
    };
    // Absent flags fall back to the emulator's defaults.
    return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
async function main() {
    const options = parseOptions(process.argv.slice(2));
    if (options === 'help') {
        console.log(USAGE);
        return;
    }
    const emulator = await startEmulator(options);
    const stop = () => {
        emulator.close().then(() => process.exit(0), () => process.exit(1));
    };
    // Before the line is printed: whoever waits for it may signal at once.
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const tokens = options.tokens ?? DEFAULTS.tokens;
    console.log(`Linode API emulator listening on ${emulator.url} (token: ${tokens.join(', ')}); S3 at ${emulator.s3Url}/<region>-1`);
}
main().catch((error) => {
    if (error instanceof UsageError) {
        console.error(`${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
        return;
    }
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
});


//# sourceMappingURL=index.js.map