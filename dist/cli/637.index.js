export const id = 637;
export const ids = [637];
export const modules = {

/***/ 7637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3_REFUSALS: () => (/* binding */ S3_REFUSALS),
  createBucketClient: () => (/* binding */ createBucketClient)
});

// EXTERNAL MODULE: ./src/linode/errors.ts
var errors = __webpack_require__(4436);
;// CONCATENATED MODULE: ./src/s3/errors.ts
/** The S3 boundary's one error type, and the translation of SDK errors into it. Pure (no SDK). */

/**
 * A failed S3 operation, safe to print: it carries no credentials, request or SDK object, only
 * what the message is built from.
 */
class S3Error extends Error {
    name = 'S3Error';
    code;
    status;
    operation;
    bucket;
    region;
    constructor(message, init) {
        super(message);
        this.code = init.code;
        this.status = init.status;
        this.operation = init.operation;
        this.bucket = init.bucket;
        this.region = init.region;
    }
}
function isS3Error(error) {
    return error instanceof S3Error || (typeof error === 'object' && error !== null && error.name === 'S3Error');
}
/** The status and code of whatever the SDK threw (a service error, a network error, …). */
function sdkFailure(error) {
    const e = (typeof error === 'object' && error !== null ? error : {});
    const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : 0;
    const detail = typeof e.message === 'string' ? (0,errors/* cleanServerText */.Ct)(e.message, 200) : '';
    if (status === 0) {
        const code = typeof e.code === 'string' ? e.code : typeof e.name === 'string' && e.name !== 'Error' ? e.name : 'NetworkError';
        return { status, code, detail };
    }
    const code = typeof e.Code === 'string' ? e.Code : typeof e.name === 'string' ? e.name : 'UnknownError';
    // HEAD answers have no body, so the SDK has no code to give them.
    if (code === 'UnknownError' || code === 'Unknown' || code === 'Error')
        return { status, code: status === 404 ? 'NotFound' : status === 403 ? 'Forbidden' : code, detail };
    return { status, code, detail };
}
/** What a user can do about a code, for the bucket `bucket` in `region`. */
function hint(code, bucket, region) {
    switch (code) {
        case 'AccessDenied':
        case 'Forbidden':
            return `the key may not do this on bucket ${bucket}: a limited key needs read_write access to it, and Object Lock settings need an unlimited key valid in ${region}`;
        case 'InvalidAccessKeyId':
            return `the access key id is not known in ${region}: a key works only in the regions it was created for (or it was deleted)`;
        case 'SignatureDoesNotMatch':
            return 'the secret key does not belong to the access key id';
        case 'NoSuchBucket':
        case 'NotFound':
            return `bucket ${bucket} does not exist in ${region}`;
        case 'BucketAlreadyExists':
            return `the name ${bucket} is taken in ${region} by another account; choose another bucket name`;
        case 'RequestTimeTooSkewed':
            return "the runner's clock is off";
        default:
            return undefined;
    }
}
/** Turns whatever an SDK call threw into an {@link S3Error} naming the operation, bucket and region. */
function toS3Error(error, operation, bucket, region) {
    if (isS3Error(error))
        return error;
    const { status, code, detail } = sdkFailure(error);
    const what = status === 0 ? `${code}${detail === '' ? '' : `: ${detail}`}` : `${status} ${code}`;
    const help = hint(code, bucket, region);
    return new S3Error(`S3 ${operation} on bucket ${bucket} (${region}) failed: ${what}${help === undefined ? '' : ` — ${help}`}`, {
        code,
        status,
        operation,
        bucket,
        region,
    });
}

// EXTERNAL MODULE: ./src/proxy.ts + 5 modules
var proxy = __webpack_require__(4825);
// EXTERNAL MODULE: ./src/s3/endpoint.ts
var s3_endpoint = __webpack_require__(786);
// EXTERNAL MODULE: ./src/s3/retention.ts
var retention = __webpack_require__(9536);
;// CONCATENATED MODULE: ./src/s3/bucket-client.ts




/** Error codes of this module's own refusals. */
const S3_REFUSALS = {
    objectLockNotEnabled: 'ObjectLockNotEnabled',
    objectLockUnreadable: 'ObjectLockUnreadable',
};
let sdkPromise;
/** The SDK, loaded once, on first use. */
function loadSdk() {
    sdkPromise ??= __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    return sdkPromise;
}
function isLockMode(value) {
    return retention/* LOCK_MODES */.bx.includes(value);
}
/** The retention S3 reported, when it is one this module understands. */
function retentionOf(rule) {
    if (rule === undefined || !isLockMode(rule.Mode))
        return null;
    if (typeof rule.Days === 'number')
        return { mode: rule.Mode, days: rule.Days };
    if (typeof rule.Years === 'number')
        return { mode: rule.Mode, years: rule.Years };
    return null;
}
/** A {@link BucketClient}; nothing is loaded or connected until the first call. */
function createBucketClient(options) {
    const template = options.endpoint ?? s3_endpoint/* DEFAULT_S3_ENDPOINT */.vq;
    const clients = new Map();
    const debug = (line) => options.debug?.(line);
    async function clientFor(region) {
        const endpoint = (0,s3_endpoint/* s3EndpointFor */.hy)(region, template);
        const sdk = await loadSdk();
        let client = clients.get(endpoint);
        if (client === undefined) {
            // Behind a proxy, the same CONNECT tunnel as the Linode API's (none for loopback).
            const agent = (0,proxy/* proxyAgentFor */.H)(new URL(endpoint));
            client = new sdk.S3Client({
                endpoint,
                region: options.signingRegion ?? 'us-east-1',
                // Path-style works on every Linode cluster and on the emulator, and keeps dotted bucket
                // names inside the endpoint's TLS certificate.
                forcePathStyle: true,
                credentials: { accessKeyId: options.credentials.accessKeyId, secretAccessKey: options.credentials.secretAccessKey },
                maxAttempts: options.maxAttempts ?? 3,
                requestHandler: {
                    requestTimeout: options.timeoutMs ?? 30_000,
                    connectionTimeout: options.timeoutMs ?? 30_000,
                    ...(agent ? { httpsAgent: agent } : {}),
                },
            });
            clients.set(endpoint, client);
        }
        return { sdk, client };
    }
    /** Runs one SDK call, with a debug line and the error turned into an S3Error. */
    async function call(operation, bucket, region, run) {
        const { sdk, client } = await clientFor(region);
        const started = performance.now();
        const took = () => `${Math.round(performance.now() - started)} ms`;
        try {
            const result = await run(sdk, client);
            debug(`S3 ${operation} ${bucket} (${region}) → ok (${took()})`);
            return result;
        }
        catch (error) {
            const { status, code } = sdkFailure(error);
            debug(`S3 ${operation} ${bucket} (${region}) → ${status === 0 ? code : `${status} ${code}`} (${took()})`);
            throw toS3Error(error, operation, bucket, region);
        }
    }
    const headBucket = async (bucket, region) => {
        try {
            await call('HeadBucket', bucket, region, (sdk, client) => client.send(new sdk.HeadBucketCommand({ Bucket: bucket })));
            return 'exists';
        }
        catch (error) {
            if (isS3Error(error) && error.status === 404)
                return 'missing';
            if (isS3Error(error) && error.status === 403)
                return 'forbidden';
            throw error;
        }
    };
    const getObjectLock = async (bucket, region) => {
        try {
            const answer = await call('GetObjectLockConfiguration', bucket, region, (sdk, client) => client.send(new sdk.GetObjectLockConfigurationCommand({ Bucket: bucket })));
            const config = answer.ObjectLockConfiguration;
            if (config?.ObjectLockEnabled !== 'Enabled')
                return { status: 'disabled' };
            return { status: 'enabled', retention: retentionOf(config.Rule?.DefaultRetention) };
        }
        catch (error) {
            if (!isS3Error(error))
                throw error;
            if (error.code === 'ObjectLockConfigurationNotFoundError')
                return { status: 'disabled' };
            if (error.code === 'AccessDenied') {
                return { status: 'unreadable', reason: `the key may not read the Object Lock configuration of ${bucket} (limited keys cannot)` };
            }
            throw error;
        }
    };
    const putObjectLock = async (bucket, region, retention) => {
        await call('PutObjectLockConfiguration', bucket, region, (sdk, client) => client.send(new sdk.PutObjectLockConfigurationCommand({
            Bucket: bucket,
            ObjectLockConfiguration: {
                ObjectLockEnabled: 'Enabled',
                Rule: {
                    DefaultRetention: retention.days !== undefined ? { Mode: retention.mode, Days: retention.days } : { Mode: retention.mode, Years: retention.years },
                },
            },
        })));
    };
    const createBucket = async (bucket, region, objectLock) => {
        await call('CreateBucket', bucket, region, (sdk, client) => client.send(new sdk.CreateBucketCommand({ Bucket: bucket, ...(objectLock ? { ObjectLockEnabledForBucket: true } : {}) })));
    };
    const refuse = (code, message, bucket, region) => new S3Error(message, { code, status: 0, operation: 'EnsureBucket', bucket, region });
    const ensureBucket = async (bucket, region, objectLock) => {
        const reach = await headBucket(bucket, region);
        if (reach === 'forbidden') {
            throw toS3Error({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, 'HeadBucket', bucket, region);
        }
        if (reach === 'missing') {
            try {
                await createBucket(bucket, region, objectLock !== undefined);
            }
            catch (error) {
                // Created meanwhile (an earlier, interrupted run): carry on as with an existing bucket.
                if (!(isS3Error(error) && error.code === 'BucketAlreadyOwnedByYou'))
                    throw error;
                return settleExisting(bucket, region, objectLock);
            }
            if (objectLock !== undefined)
                await putObjectLock(bucket, region, objectLock);
            return { action: 'created' };
        }
        return settleExisting(bucket, region, objectLock);
    };
    async function settleExisting(bucket, region, objectLock) {
        if (objectLock === undefined)
            return { action: 'unchanged' };
        const lock = await getObjectLock(bucket, region);
        switch (lock.status) {
            case 'disabled':
                throw refuse(S3_REFUSALS.objectLockNotEnabled, `bucket ${bucket} (${region}) exists without Object Lock: Object Lock can only be enabled when a bucket is created; create a new bucket with it and point the destination there`, bucket, region);
            case 'unreadable':
                throw refuse(S3_REFUSALS.objectLockUnreadable, `cannot check the Object Lock of bucket ${bucket} (${region}): ${lock.reason}; bucket management needs an unlimited key valid in ${region}`, bucket, region);
            case 'enabled': {
                const change = (0,retention/* retentionChange */.rZ)(lock.retention, objectLock);
                switch (change.kind) {
                    case 'same':
                        return { action: 'unchanged' };
                    case 'kept':
                        return { action: 'unchanged', note: change.note };
                    case 'update':
                        await putObjectLock(bucket, region, change.to);
                        return { action: 'updated', from: lock.retention, to: change.to };
                    default: {
                        const never = change;
                        throw new Error(`unhandled retention change ${String(never)}`);
                    }
                }
            }
            default: {
                const never = lock;
                throw new Error(`unhandled lock state ${String(never)}`);
            }
        }
    }
    return {
        headBucket,
        getObjectLock,
        putObjectLock,
        createBucket,
        ensureBucket,
        close: () => {
            for (const client of clients.values())
                client.destroy();
            clients.clear();
        },
    };
}


/***/ })

};

//# sourceMappingURL=637.index.js.map