export const id = 483;
export const ids = [483];
export const modules = {

/***/ 49483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYaml: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * Parses YAML safely (YAML 1.2 core schema: no custom tags, nothing executed; duplicate keys are an
 * error; alias expansion is capped when converted). The library is loaded on first use, so steps that
 * read no YAML do not pay for it. A syntax error is a {@link UserError} `<prefix><origin>:<line>: ...`.
 */
async function parseYaml(text, origin, prefix = '') {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true });
    const problem = doc.errors[0];
    if (problem) {
        const line = problem.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${prefix}${origin}${line ? `:${line}` : ''}: not valid YAML: ${problem.message.split('\n')[0]}`, { file: origin, line });
    }
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : undefined;
    };
    return { doc, yaml, lineOf };
}


/***/ })

};
