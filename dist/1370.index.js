export const id = 1370;
export const ids = [1370];
export const modules = {

/***/ 1370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportOutcome: () => (/* binding */ reportOutcome)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * After a step: pushes its figures (and its duration) to the Pushgateway and tells the chat channel,
 * when the inputs or `modelgate.yml` ask for it. Monitoring never decides a job's outcome: any failure
 * here is a warning. The libraries load only when used.
 */
async function reportOutcome(platform, step, result, seconds, inputs, config) {
    const url = inputs.pushgatewayUrl || (await configuredPushgateway(config, platform));
    if (url)
        await push(platform, step, result, seconds, url, inputs).catch((error) => platform.log.warning(`${step}: could not push figures to the Pushgateway: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`));
    if (inputs.notifyWebhook && result.notice) {
        const on = inputs.notifyOn ?? ['fail', 'no-baseline', 'promote', 'rollback'];
        if (on.includes(result.notice.event))
            await tell(platform, inputs.notifyWebhook, result, inputs.notifyFormat).catch((error) => platform.log.warning(`${step}: could not notify the chat webhook: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`));
    }
}
async function push(platform, step, result, seconds, url, inputs) {
    const [{ pushMetrics }, { stepDurationSample, pushTimeSample }] = await Promise.all([__webpack_require__.e(/* import() */ 3053).then(__webpack_require__.bind(__webpack_require__, 23053)), __webpack_require__.e(/* import() */ 9598).then(__webpack_require__.bind(__webpack_require__, 49598))]);
    const { context } = platform;
    const model = inputs.modelName || context.repository?.split('/').pop() || 'default';
    const labels = { model, environment: inputs.environment || 'none', pipeline: context.pipeline, step };
    const samples = [...(result.samples ?? []), stepDurationSample(step, seconds), pushTimeSample()];
    await pushMetrics(url, { job: inputs.pushgatewayJob ?? 'modelgate', labels }, samples);
    platform.log.info(`${step}: pushed ${samples.length} figures to the Pushgateway`);
}
async function tell(platform, url, result, format) {
    const { notify } = await __webpack_require__.e(/* import() */ 2735).then(__webpack_require__.bind(__webpack_require__, 62735));
    const { context } = platform;
    const message = result.notice.message;
    const links = [...message.links];
    if (context.runUrl)
        links.push({ text: 'CI run', url: context.runUrl });
    await notify({ url, format: format === 'slack' || format === 'teams' ? format : undefined }, { ...message, links });
}
/** `monitoring.pushgateway-url` in the config file, parsed only when the file mentions it. */
async function configuredPushgateway(config, platform) {
    if (!config.text?.includes('pushgateway-url'))
        return undefined;
    const monitoring = await config.section('monitoring').catch((error) => platform.log.warning(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`));
    const value = monitoring?.get?.('pushgateway-url');
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}


/***/ })

};
