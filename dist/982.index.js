export const id = 982;
export const ids = [982];
export const modules = {

/***/ 5982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAccountClient: () => (/* binding */ createAccountClient)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4436);


const KEYS = '/object-storage/keys';
const CLUSTERS = '/lke/clusters';
const VERIFY = '/monitor/streams/destinations/verify';
function isCreatedKey(body) {
    return typeof body.secret_key === 'string' && body.secret_key !== '';
}
/** An {@link AccountApi} through axios (api.ts), sharing the Logs client's auth, retries and errors. */
function createAccountClient(options) {
    const api = (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .createApi */ .xP)(options);
    const deleteKey = async (id) => api.remove(`${KEYS}/${(0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .checkedId */ .VJ)(id)}`);
    return {
        listObjectStorageKeys: async () => api.list(KEYS),
        createObjectStorageKey: async (body) => {
            const created = await api.create(KEYS, body, async (orphan) => {
                // Its secret was in the lost answer: the key is useless, and it may open a bucket.
                await deleteKey(orphan.id);
                return undefined;
            });
            if (!isCreatedKey(created)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LinodeApiError */ .Om(`POST /${options.apiVersion ?? 'v4'}${KEYS} returned a key without its secret_key`, {
                    status: 200,
                    method: 'POST',
                    path: `/${options.apiVersion ?? 'v4'}${KEYS}`,
                });
            }
            options.registerSecret?.(created.secret_key);
            return created;
        },
        deleteObjectStorageKey: deleteKey,
        listLkeClusters: async () => api.list(CLUSTERS),
        getLkeCluster: async (id) => api.get(`${CLUSTERS}/${(0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .checkedId */ .VJ)(id)}`),
        updateLkeCluster: async (id, body) => api.put(`${CLUSTERS}/${(0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .checkedId */ .VJ)(id)}`, body),
        verifyDestination: async (body) => {
            await api.post(VERIFY, body);
        },
    };
}


/***/ })

};

//# sourceMappingURL=982.index.js.map