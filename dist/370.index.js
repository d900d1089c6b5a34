export const id = 370;
export const ids = [370];
export const modules = {

/***/ 1370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportOutcome: () => (/* binding */ reportOutcome)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97529);




/**
 * After a step: pushes its figures (and its duration) to the Pushgateway and tells the chat channel,
 * when the inputs or `modelgate.yml` ask for it. Monitoring never decides a job's outcome: any failure
 * here is a warning. The libraries load only when used.
 */
async function reportOutcome(platform, step, result, seconds) {
    const url = platform.input('pushgateway-url')?.trim() || (await configuredPushgateway(platform.context.workspace));
    const webhook = platform.input('notify-webhook')?.trim();
    if (url)
        await push(platform, step, result, seconds, url).catch((error) => platform.log.warning(`${step}: could not push figures to the Pushgateway: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`));
    if (webhook && result.notice) {
        const on = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .splitList */ .r)(platform.input('notify-on') ?? 'fail, no-baseline, promote, rollback');
        if (on.includes(result.notice.event))
            await tell(platform, webhook, result).catch((error) => platform.log.warning(`${step}: could not notify the chat webhook: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`));
    }
}
async function push(platform, step, result, seconds, url) {
    const [{ pushMetrics }, { stepDurationSample, pushTimeSample }] = await Promise.all([__webpack_require__.e(/* import() */ 53).then(__webpack_require__.bind(__webpack_require__, 23053)), __webpack_require__.e(/* import() */ 598).then(__webpack_require__.bind(__webpack_require__, 49598))]);
    const { context } = platform;
    const model = platform.input('model-name')?.trim() || context.repository?.split('/').pop() || 'default';
    const labels = { model, environment: platform.input('environment')?.trim() || 'none', pipeline: context.pipeline, step };
    const samples = [...(result.samples ?? []), stepDurationSample(step, seconds), pushTimeSample()];
    await pushMetrics(url, { job: 'modelgate', labels }, samples);
    platform.log.info(`${step}: pushed ${samples.length} figures to the Pushgateway`);
}
async function tell(platform, url, result) {
    const { notify } = await __webpack_require__.e(/* import() */ 116).then(__webpack_require__.bind(__webpack_require__, 62735));
    const format = platform.input('notify-format')?.trim();
    const { context } = platform;
    const message = result.notice.message;
    const links = [...message.links];
    if (context.runUrl)
        links.push({ text: 'CI run', url: context.runUrl });
    await notify({ url, format: format === 'slack' || format === 'teams' ? format : undefined }, { ...message, links });
}
/** `monitoring.pushgateway-url` in the workspace's `modelgate.yml`, read only when the file mentions it. */
async function configuredPushgateway(workspace) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, 'modelgate.yml'), 'utf8').catch(() => '');
    if (!text.includes('pushgateway-url'))
        return undefined;
    const { parseYaml } = await __webpack_require__.e(/* import() */ 483).then(__webpack_require__.bind(__webpack_require__, 49483));
    const { doc } = await parseYaml(text, 'modelgate.yml');
    const value = doc.getIn(['monitoring', 'pushgateway-url']);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}


/***/ })

};
