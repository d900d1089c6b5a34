export const id = 2281;
export const ids = [2281];
export const modules = {

/***/ 82281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendExport: () => (/* binding */ appendExport),
/* harmony export */   consoleLogger: () => (/* binding */ consoleLogger),
/* harmony export */   createLocalPlatform: () => (/* binding */ createLocalPlatform)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21645);





/**
 * Logs to stderr (stdout carries outputs as JSON). Messages name their own file and line. Control
 * characters but line breaks are replaced, so text from a repository cannot drive the terminal.
 */
function consoleLogger(env = process.env) {
    const write = (prefix, message) => process.stderr.write(`${prefix}${message.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '?')}\n`);
    return {
        info: (m) => write('', m),
        warning: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
        // stderr: on the local platform stdout carries only the outputs' JSON.
        stream: (chunk) => void process.stderr.write(chunk),
        debug: (m) => {
            if (env.MODELGATE_DEBUG === '1' || env.RUNNER_DEBUG === '1' || env.CI_DEBUG_TRACE === 'true')
                write('debug: ', m);
        },
    };
}
/**
 * Appends `export NAME='value'` to the job's export file (`MODELGATE_EXPORT_FILE`, default
 * `modelgate.env.sh` in the workspace), which later commands of the same job `source`: a program cannot
 * change its parent shell's environment.
 */
function appendExport(workspace, env, name, value) {
    const file = env.MODELGATE_EXPORT_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, 'modelgate.env.sh');
    const fd = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openNoFollow */ .zm)(file, true);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, `export ${name}='${value.replace(/'/g, `'\\''`)}'\n`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return file;
}
/**
 * The local adapter: inputs from flags and `MODELGATE_*` variables, the report on the terminal (and its
 * markdown appended to `MODELGATE_SUMMARY_FILE` when set), outputs as one JSON object on stdout. Comments and statuses have nowhere to go and are skipped.
 */
function createLocalPlatform(inputs, env = process.env, cwd = process.cwd(), options = {}) {
    const outputs = {};
    const log = consoleLogger(env);
    const context = {
        platform: 'local',
        workspace: cwd,
        sha: gitOrUndefined(cwd, ['rev-parse', 'HEAD']),
        ref: gitOrUndefined(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
        defaultBaseRef: env.MODELGATE_BASE_REF || defaultBranch(cwd),
        pipeline: 'local',
        actor: env.USER || env.USERNAME || undefined,
    };
    return {
        context,
        features: { ci: false, summaryPage: false, forkComments: 'never', interactive: Boolean(process.stderr.isTTY) },
        log,
        input: inputs,
        setOutput: (name, value) => void (outputs[name] = value),
        mask: () => undefined,
        exportVariable(name, value) {
            const file = appendExport(cwd, env, name, value);
            log.info(`${name}=${value} (for your shell: source ${file})`);
        },
        async summary(report) {
            log.info(report.text);
            // Like GITHUB_STEP_SUMMARY: every step of a local run appends its markdown report to one file.
            if (env.MODELGATE_SUMMARY_FILE)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(env.MODELGATE_SUMMARY_FILE, `${report.markdown}\n`);
        },
        async upsertComment() {
            throw new Error('the local platform has no pull request to comment on');
        },
        async setStatus() { },
        async finish() {
            // A command that prints its own result (history) keeps stdout to itself.
            if (options.printOutputs !== false)
                process.stdout.write(`${JSON.stringify(outputs)}\n`);
        },
    };
}
function gitOrUndefined(cwd, args) {
    try {
        return ((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim() || undefined);
    }
    catch {
        return undefined;
    }
}
function defaultBranch(cwd) {
    const remoteHead = gitOrUndefined(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    if (remoteHead)
        return remoteHead;
    for (const name of ['main', 'master'])
        if (gitOrUndefined(cwd, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`]))
            return name;
    return undefined;
}


/***/ })

};
