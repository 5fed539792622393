export const id = 236;
export const ids = [236];
export const modules = {

/***/ 2236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3_REFUSALS: () => (/* binding */ S3_REFUSALS),
/* harmony export */   createBucketClient: () => (/* binding */ createBucketClient),
/* harmony export */   retentionOf: () => (/* binding */ retentionOf)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1863);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4825);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7761);
/* harmony import */ var _retention_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9536);
/**
 * Bucket management over `@aws-sdk/client-s3`: the parts of Linode Object Storage that only the
 * S3 API offers (a bucket with Object Lock, its default retention), and the listing the delivery
 * check walks. This module is imported lazily (src/account.ts), so a run that does no S3 work
 * never loads the SDK.
 */





/** Error codes of this module's own refusals. */
const S3_REFUSALS = {
    objectLockNotEnabled: 'ObjectLockNotEnabled',
    objectLockUnreadable: 'ObjectLockUnreadable',
};
function isLockMode(value) {
    return _retention_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCK_MODES */ .bx.includes(value);
}
/** The retention S3 reported, when it is one this module understands. */
function retentionOf(rule) {
    if (rule === undefined || !isLockMode(rule.Mode))
        return null;
    // Linode may answer both, one of them 0 (`{ Days: 0, Years: 1 }`): the positive one is the period.
    if (typeof rule.Days === 'number' && rule.Days > 0)
        return { mode: rule.Mode, days: rule.Days };
    if (typeof rule.Years === 'number' && rule.Years > 0)
        return { mode: rule.Mode, years: rule.Years };
    return null;
}
/** A {@link BucketClient}; nothing is loaded or connected until the first call. */
function createBucketClient(options) {
    const given = options.endpoint ?? _endpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_S3_ENDPOINT */ .vq;
    const endpointOf = typeof given === 'function' ? given : () => given;
    const clients = new Map();
    const debug = (line) => options.debug?.(line);
    async function clientFor(region) {
        // A resolver's URL is checked like a template (https, no credentials in it).
        const endpoint = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .s3EndpointFor */ .hy)(region, await endpointOf(region));
        let client = clients.get(endpoint);
        if (client === undefined) {
            // Behind a proxy, the same CONNECT tunnel as the Linode API's (none for loopback).
            const agent = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyAgentFor */ .H)(new URL(endpoint));
            client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .S3Client */ .YxF({
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
        return client;
    }
    /** Runs one SDK call, with a debug line and the error turned into an S3Error. */
    async function call(operation, bucket, region, run) {
        const client = await clientFor(region);
        const started = performance.now();
        const took = () => `${Math.round(performance.now() - started)} ms`;
        try {
            const result = await run(client);
            debug(`S3 ${operation} ${bucket} (${region}) → ok (${took()})`);
            return result;
        }
        catch (error) {
            const { status, code } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .sdkFailure */ .$6)(error);
            debug(`S3 ${operation} ${bucket} (${region}) → ${status === 0 ? code : `${status} ${code}`} (${took()})`);
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toS3Error */ .em)(error, operation, bucket, region);
        }
    }
    const listObjects = async (bucket, region, options) => {
        const answer = await call('ListObjectsV2', bucket, region, (client) => client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .ListObjectsV2Command */ .u6x({
            Bucket: bucket,
            Prefix: options.prefix,
            ...(options.delimiter !== undefined ? { Delimiter: options.delimiter } : {}),
            ...(options.continuationToken !== undefined ? { ContinuationToken: options.continuationToken } : {}),
        })));
        const objects = (answer.Contents ?? []).flatMap((o) => typeof o.Key === 'string' && o.LastModified instanceof Date ? [{ key: o.Key, lastModified: o.LastModified.getTime() }] : []);
        const prefixes = (answer.CommonPrefixes ?? []).flatMap((p) => (typeof p.Prefix === 'string' ? [p.Prefix] : []));
        return { objects, prefixes, ...(answer.IsTruncated === true && answer.NextContinuationToken ? { nextToken: answer.NextContinuationToken } : {}) };
    };
    const headBucket = async (bucket, region) => {
        try {
            await call('HeadBucket', bucket, region, (client) => client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .HeadBucketCommand */ .kuI({ Bucket: bucket })));
            return 'exists';
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isS3Error */ .j8)(error) && error.status === 404)
                return 'missing';
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isS3Error */ .j8)(error) && error.status === 403)
                return 'forbidden';
            throw error;
        }
    };
    const getObjectLock = async (bucket, region) => {
        try {
            const answer = await call('GetObjectLockConfiguration', bucket, region, (client) => client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .GetObjectLockConfigurationCommand */ .mU1({ Bucket: bucket })));
            const config = answer.ObjectLockConfiguration;
            if (config?.ObjectLockEnabled !== 'Enabled')
                return { status: 'disabled' };
            return { status: 'enabled', retention: retentionOf(config.Rule?.DefaultRetention) };
        }
        catch (error) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isS3Error */ .j8)(error))
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
        await call('PutObjectLockConfiguration', bucket, region, (client) => client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .PutObjectLockConfigurationCommand */ .R0w({
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
        await call('CreateBucket', bucket, region, (client) => client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .CreateBucketCommand */ .cZX({ Bucket: bucket, ...(objectLock ? { ObjectLockEnabledForBucket: true } : {}) })));
    };
    const refuse = (code, message, bucket, region) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .S3Error */ .Dg(message, { code, status: 0, operation: 'EnsureBucket', bucket, region });
    const ensureBucket = async (bucket, region, objectLock) => {
        const reach = await headBucket(bucket, region);
        if (reach === 'forbidden') {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toS3Error */ .em)({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, 'HeadBucket', bucket, region);
        }
        if (reach === 'missing') {
            try {
                await createBucket(bucket, region, objectLock !== undefined);
            }
            catch (error) {
                // Created meanwhile (an earlier, interrupted run): carry on as with an existing bucket.
                if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isS3Error */ .j8)(error) && error.code === 'BucketAlreadyOwnedByYou'))
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
                const change = (0,_retention_js__WEBPACK_IMPORTED_MODULE_2__/* .retentionChange */ .rZ)(lock.retention, objectLock);
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
        listObjects,
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

//# sourceMappingURL=236.index.js.map