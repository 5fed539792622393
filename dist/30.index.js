export const id = 30;
export const ids = [30];
export const modules = {

/***/ 4030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportFailure: () => (/* binding */ reportFailure)
/* harmony export */ });
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(990);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
/* harmony import */ var _reporting_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9953);
/** How a failed run is reported beyond the log: loaded only when a run fails. */




/** The job summary of a failed run, and on a pull request the plan comment saying so. Best effort. */
async function reportFailure(inputs, error, comment) {
    try {
        if (error instanceof _reporting_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR && error.reason === 'plan-changed')
            return; // already reported
        const lines = error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigErrors */ .mS ? error.errors.map((e) => e.toString()) : [error instanceof Error ? error.message : String(error)];
        const title = error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigErrors */ .mS ? 'Invalid config' : `${inputs.mode[0].toUpperCase()}${inputs.mode.slice(1)} failed`;
        await (0,_reporting_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)((0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderProblemMarkdown */ .t_)(title, inputs.configPath, lines, (0,_reporting_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryRoom */ .m4)(1024)));
        if (inputs.mode !== 'plan')
            return;
        const outcome = error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigErrors */ .mS
            ? { kind: 'invalid-config', errors: error.errors.map((e) => ({ where: e.line > 0 ? `${e.file}:${e.line}:${e.col}` : e.file, message: (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(e.path) ? `${(0,_config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(e.path)}: ${e.message}` : e.message })) }
            : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
        await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_1__.commentOnPullRequest)(inputs, outcome, comment);
    }
    catch (reportError) {
        _reporting_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.debug(`reporting the failure: ${reportError.message}`);
    }
}


/***/ })

};

//# sourceMappingURL=30.index.js.map