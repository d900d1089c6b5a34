export const id = 1875;
export const ids = [1875];
export const modules = {

/***/ 91875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/**
 * The schema of modelgate.yml (config-schema.ts) compiled by ajv 8.20.0 into standalone code, written by
 * scripts/compile-schemas.mjs (`npm run docs`): do not edit. Validating loads and compiles no schema.
 */
/* eslint-disable */
// @ts-nocheck
const validate = validate20;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate20);
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "modelgate.yml", "description": "One configuration for every modelgate step; step inputs override it.", "type": "object", "additionalProperties": false, "properties": { "metrics": { "description": "Rules per metric for compare-metrics. Keys are metric names (dotted for nested files) or patterns where * matches any characters.", "type": "object", "additionalProperties": { "$ref": "#/$defs/rule" } }, "data": { "description": "The data contract for validate-data: a Table Schema, dataset checks and a reference profile for drift.", "type": "object", "additionalProperties": false, "properties": { "schema": { "type": "string", "description": "A Frictionless Table Schema file (JSON or YAML)." }, "reference": { "type": "string", "description": "A reference profile written by validate-data in mode profile." }, "checks": { "type": "object", "additionalProperties": false, "properties": { "rows": { "$ref": "#/$defs/bounds", "description": "Bounds on the number of rows." }, "null-fraction": { "type": "object", "description": "Largest allowed share of missing values per column.", "additionalProperties": { "type": "number", "minimum": 0, "maximum": 1 } }, "duplicate-rows": { "enum": ["fail", "warn", "ignore"], "description": "What an exact duplicate row is." }, "stats": { "type": "object", "description": "Bounds on summary statistics per column.", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "mean": { "$ref": "#/$defs/bounds" }, "median": { "$ref": "#/$defs/bounds" }, "stdev": { "$ref": "#/$defs/bounds" } } } }, "new-categories": { "type": "object", "description": "Columns whose values must all be in the reference profile.", "additionalProperties": { "enum": ["fail", "warn"] } }, "drift": { "type": "object", "description": "Drift test per column (* for all): method, threshold, severity.", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "method": { "enum": ["psi", "wasserstein", "jensenshannon", "linf", "ks", "chisquare"] }, "threshold": { "type": "number", "exclusiveMinimum": 0 }, "severity": { "enum": ["fail", "warn"] } } } } } } } }, "monitoring": { "description": "Where every step pushes its figures, unless its pushgateway-url input says otherwise.", "type": "object", "additionalProperties": false, "properties": { "pushgateway-url": { "type": "string", "description": "A Prometheus Pushgateway, e.g. http://pushgateway:9091." } } } }, "$defs": { "threshold": { "description": "An absolute amount (0.01) or a percentage of the baseline (1%).", "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" }] }, "rule": { "type": "object", "additionalProperties": false, "properties": { "better": { "enum": ["higher", "lower"], "description": "Which direction is an improvement." }, "min": { "type": "number", "description": "Fail below this value." }, "max": { "type": "number", "description": "Fail above this value." }, "max-drop": { "$ref": "#/$defs/threshold", "description": "Fail when the value drops by more than this against the baseline." }, "max-rise": { "$ref": "#/$defs/threshold", "description": "Fail when the value rises by more than this against the baseline." }, "warn-drop": { "$ref": "#/$defs/threshold", "description": "Warn when the value drops by more than this." }, "warn-rise": { "$ref": "#/$defs/threshold", "description": "Warn when the value rises by more than this." }, "optional": { "type": "boolean", "description": "The metric may be absent (a config shared by several models): an exact rule that matches no metric is listed as unused instead of failing compare-metrics." }, "test": { "enum": ["paired-bootstrap", "mcnemar", "delong"], "description": "Decide the change by a paired test of the candidate's per-example predictions against the baseline's on the same examples (compare-metrics inputs `predictions`, `baseline-predictions`), instead of comparing two numbers with max-drop/max-rise." }, "statistic": { "enum": ["accuracy", "f1", "precision", "recall", "auc", "log-loss", "rmse", "mse", "mae", "mean"], "description": "What the test computes from the predictions; by default what the metric's name says (accuracy, f1, auc, rmse…). `mean`: the mean of the `value` column." }, "class": { "type": ["string", "number", "boolean"], "description": "The class of a per-class f1, precision or recall (macro average without it), or the positive class of a score." }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.5, "description": "The test's level: a 1 − alpha interval (default 0.05, a 95 % interval). Several tested metrics are Holm-corrected together." }, "margin": { "$ref": "#/$defs/threshold", "description": "The smallest change that matters (absolute, or % of the baseline). Default: max-drop (max-rise when lower is better), else 0." }, "inconclusive": { "enum": ["warn", "fail"], "description": "What a test that cannot tell (the interval holds 0 and reaches past the margin) does: warn (default) or fail." }, "resamples": { "type": "integer", "minimum": 100, "maximum": 1000000, "description": "Bootstrap resamples (default 10000)." }, "seed": { "type": "integer", "minimum": 0, "maximum": 4294967295, "description": "The bootstrap's seed (default 0): the same inputs give the same interval." } } }, "bounds": { "type": "object", "additionalProperties": false, "properties": { "min": { "type": "number" }, "max": { "type": "number" } } } } };
const schema38 = { "type": "object", "additionalProperties": false, "properties": { "min": { "type": "number" }, "max": { "type": "number" } } };
const schema32 = { "type": "object", "additionalProperties": false, "properties": { "better": { "enum": ["higher", "lower"], "description": "Which direction is an improvement." }, "min": { "type": "number", "description": "Fail below this value." }, "max": { "type": "number", "description": "Fail above this value." }, "max-drop": { "$ref": "#/$defs/threshold", "description": "Fail when the value drops by more than this against the baseline." }, "max-rise": { "$ref": "#/$defs/threshold", "description": "Fail when the value rises by more than this against the baseline." }, "warn-drop": { "$ref": "#/$defs/threshold", "description": "Warn when the value drops by more than this." }, "warn-rise": { "$ref": "#/$defs/threshold", "description": "Warn when the value rises by more than this." }, "optional": { "type": "boolean", "description": "The metric may be absent (a config shared by several models): an exact rule that matches no metric is listed as unused instead of failing compare-metrics." }, "test": { "enum": ["paired-bootstrap", "mcnemar", "delong"], "description": "Decide the change by a paired test of the candidate's per-example predictions against the baseline's on the same examples (compare-metrics inputs `predictions`, `baseline-predictions`), instead of comparing two numbers with max-drop/max-rise." }, "statistic": { "enum": ["accuracy", "f1", "precision", "recall", "auc", "log-loss", "rmse", "mse", "mae", "mean"], "description": "What the test computes from the predictions; by default what the metric's name says (accuracy, f1, auc, rmse…). `mean`: the mean of the `value` column." }, "class": { "type": ["string", "number", "boolean"], "description": "The class of a per-class f1, precision or recall (macro average without it), or the positive class of a score." }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.5, "description": "The test's level: a 1 − alpha interval (default 0.05, a 95 % interval). Several tested metrics are Holm-corrected together." }, "margin": { "$ref": "#/$defs/threshold", "description": "The smallest change that matters (absolute, or % of the baseline). Default: max-drop (max-rise when lower is better), else 0." }, "inconclusive": { "enum": ["warn", "fail"], "description": "What a test that cannot tell (the interval holds 0 and reaches past the margin) does: warn (default) or fail." }, "resamples": { "type": "integer", "minimum": 100, "maximum": 1000000, "description": "Bootstrap resamples (default 10000)." }, "seed": { "type": "integer", "minimum": 0, "maximum": 4294967295, "description": "The bootstrap's seed (default 0): the same inputs give the same interval." } } };
const schema33 = { "description": "An absolute amount (0.01) or a percentage of the baseline (1%).", "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" }] };
const func1 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate21.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func1.call(schema32.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.better !== undefined) {
        let data0 = data.better;
        if (!((data0 === "higher") || (data0 === "lower"))) {
            const err1 = { instancePath: instancePath + "/better", schemaPath: "#/properties/better/enum", keyword: "enum", params: { allowedValues: schema32.properties.better.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.better.enum, parentSchema: schema32.properties.better, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.min !== undefined) {
        let data1 = data.min;
        if (!(typeof data1 == "number")) {
            const err2 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.min.type, parentSchema: schema32.properties.min, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.max !== undefined) {
        let data2 = data.max;
        if (!(typeof data2 == "number")) {
            const err3 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.max.type, parentSchema: schema32.properties.max, data: data2 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data["max-drop"] !== undefined) {
        let data3 = data["max-drop"];
        const _errs9 = errors;
        let valid2 = false;
        let passing0 = null;
        const _errs10 = errors;
        if (typeof data3 == "number") {
            if (data3 < 0 || isNaN(data3)) {
                const err4 = { instancePath: instancePath + "/max-drop", schemaPath: "#/$defs/threshold/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema33.oneOf[0], data: data3 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/max-drop", schemaPath: "#/$defs/threshold/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.oneOf[0].type, parentSchema: schema33.oneOf[0], data: data3 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        var _valid0 = _errs10 === errors;
        if (_valid0) {
            valid2 = true;
            passing0 = 0;
        }
        const _errs12 = errors;
        if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
                const err6 = { instancePath: instancePath + "/max-drop", schemaPath: "#/$defs/threshold/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" }, message: "must match pattern \"" + "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" + "\"", schema: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$", parentSchema: schema33.oneOf[1], data: data3 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/max-drop", schemaPath: "#/$defs/threshold/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.oneOf[1].type, parentSchema: schema33.oneOf[1], data: data3 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        var _valid0 = _errs12 === errors;
        if (_valid0 && valid2) {
            valid2 = false;
            passing0 = [passing0, 1];
        }
        else {
            if (_valid0) {
                valid2 = true;
                passing0 = 1;
            }
        }
        if (!valid2) {
            const err8 = { instancePath: instancePath + "/max-drop", schemaPath: "#/$defs/threshold/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema33.oneOf, parentSchema: schema33, data: data3 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        else {
            errors = _errs9;
            if (vErrors !== null) {
                if (_errs9) {
                    vErrors.length = _errs9;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data["max-rise"] !== undefined) {
        let data4 = data["max-rise"];
        const _errs16 = errors;
        let valid4 = false;
        let passing1 = null;
        const _errs17 = errors;
        if (typeof data4 == "number") {
            if (data4 < 0 || isNaN(data4)) {
                const err9 = { instancePath: instancePath + "/max-rise", schemaPath: "#/$defs/threshold/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema33.oneOf[0], data: data4 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/max-rise", schemaPath: "#/$defs/threshold/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.oneOf[0].type, parentSchema: schema33.oneOf[0], data: data4 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        var _valid1 = _errs17 === errors;
        if (_valid1) {
            valid4 = true;
            passing1 = 0;
        }
        const _errs19 = errors;
        if (typeof data4 === "string") {
            if (!pattern4.test(data4)) {
                const err11 = { instancePath: instancePath + "/max-rise", schemaPath: "#/$defs/threshold/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" }, message: "must match pattern \"" + "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" + "\"", schema: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$", parentSchema: schema33.oneOf[1], data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/max-rise", schemaPath: "#/$defs/threshold/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.oneOf[1].type, parentSchema: schema33.oneOf[1], data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        var _valid1 = _errs19 === errors;
        if (_valid1 && valid4) {
            valid4 = false;
            passing1 = [passing1, 1];
        }
        else {
            if (_valid1) {
                valid4 = true;
                passing1 = 1;
            }
        }
        if (!valid4) {
            const err13 = { instancePath: instancePath + "/max-rise", schemaPath: "#/$defs/threshold/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema33.oneOf, parentSchema: schema33, data: data4 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        else {
            errors = _errs16;
            if (vErrors !== null) {
                if (_errs16) {
                    vErrors.length = _errs16;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data["warn-drop"] !== undefined) {
        let data5 = data["warn-drop"];
        const _errs23 = errors;
        let valid6 = false;
        let passing2 = null;
        const _errs24 = errors;
        if (typeof data5 == "number") {
            if (data5 < 0 || isNaN(data5)) {
                const err14 = { instancePath: instancePath + "/warn-drop", schemaPath: "#/$defs/threshold/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema33.oneOf[0], data: data5 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/warn-drop", schemaPath: "#/$defs/threshold/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.oneOf[0].type, parentSchema: schema33.oneOf[0], data: data5 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        var _valid2 = _errs24 === errors;
        if (_valid2) {
            valid6 = true;
            passing2 = 0;
        }
        const _errs26 = errors;
        if (typeof data5 === "string") {
            if (!pattern4.test(data5)) {
                const err16 = { instancePath: instancePath + "/warn-drop", schemaPath: "#/$defs/threshold/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" }, message: "must match pattern \"" + "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" + "\"", schema: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$", parentSchema: schema33.oneOf[1], data: data5 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/warn-drop", schemaPath: "#/$defs/threshold/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.oneOf[1].type, parentSchema: schema33.oneOf[1], data: data5 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        var _valid2 = _errs26 === errors;
        if (_valid2 && valid6) {
            valid6 = false;
            passing2 = [passing2, 1];
        }
        else {
            if (_valid2) {
                valid6 = true;
                passing2 = 1;
            }
        }
        if (!valid6) {
            const err18 = { instancePath: instancePath + "/warn-drop", schemaPath: "#/$defs/threshold/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema33.oneOf, parentSchema: schema33, data: data5 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        else {
            errors = _errs23;
            if (vErrors !== null) {
                if (_errs23) {
                    vErrors.length = _errs23;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data["warn-rise"] !== undefined) {
        let data6 = data["warn-rise"];
        const _errs30 = errors;
        let valid8 = false;
        let passing3 = null;
        const _errs31 = errors;
        if (typeof data6 == "number") {
            if (data6 < 0 || isNaN(data6)) {
                const err19 = { instancePath: instancePath + "/warn-rise", schemaPath: "#/$defs/threshold/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema33.oneOf[0], data: data6 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/warn-rise", schemaPath: "#/$defs/threshold/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.oneOf[0].type, parentSchema: schema33.oneOf[0], data: data6 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
        var _valid3 = _errs31 === errors;
        if (_valid3) {
            valid8 = true;
            passing3 = 0;
        }
        const _errs33 = errors;
        if (typeof data6 === "string") {
            if (!pattern4.test(data6)) {
                const err21 = { instancePath: instancePath + "/warn-rise", schemaPath: "#/$defs/threshold/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" }, message: "must match pattern \"" + "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" + "\"", schema: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$", parentSchema: schema33.oneOf[1], data: data6 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/warn-rise", schemaPath: "#/$defs/threshold/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.oneOf[1].type, parentSchema: schema33.oneOf[1], data: data6 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
        var _valid3 = _errs33 === errors;
        if (_valid3 && valid8) {
            valid8 = false;
            passing3 = [passing3, 1];
        }
        else {
            if (_valid3) {
                valid8 = true;
                passing3 = 1;
            }
        }
        if (!valid8) {
            const err23 = { instancePath: instancePath + "/warn-rise", schemaPath: "#/$defs/threshold/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema33.oneOf, parentSchema: schema33, data: data6 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
        else {
            errors = _errs30;
            if (vErrors !== null) {
                if (_errs30) {
                    vErrors.length = _errs30;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.optional !== undefined) {
        let data7 = data.optional;
        if (typeof data7 !== "boolean") {
            const err24 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.optional.type, parentSchema: schema32.properties.optional, data: data7 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.test !== undefined) {
        let data8 = data.test;
        if (!(((data8 === "paired-bootstrap") || (data8 === "mcnemar")) || (data8 === "delong"))) {
            const err25 = { instancePath: instancePath + "/test", schemaPath: "#/properties/test/enum", keyword: "enum", params: { allowedValues: schema32.properties.test.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.test.enum, parentSchema: schema32.properties.test, data: data8 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.statistic !== undefined) {
        let data9 = data.statistic;
        if (!((((((((((data9 === "accuracy") || (data9 === "f1")) || (data9 === "precision")) || (data9 === "recall")) || (data9 === "auc")) || (data9 === "log-loss")) || (data9 === "rmse")) || (data9 === "mse")) || (data9 === "mae")) || (data9 === "mean"))) {
            const err26 = { instancePath: instancePath + "/statistic", schemaPath: "#/properties/statistic/enum", keyword: "enum", params: { allowedValues: schema32.properties.statistic.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.statistic.enum, parentSchema: schema32.properties.statistic, data: data9 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.class !== undefined) {
        let data10 = data.class;
        if (((typeof data10 !== "string") && (!(typeof data10 == "number"))) && (typeof data10 !== "boolean")) {
            const err27 = { instancePath: instancePath + "/class", schemaPath: "#/properties/class/type", keyword: "type", params: { type: schema32.properties.class.type }, message: "must be string,number,boolean", schema: schema32.properties.class.type, parentSchema: schema32.properties.class, data: data10 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.alpha !== undefined) {
        let data11 = data.alpha;
        if (typeof data11 == "number") {
            if (data11 >= 0.5 || isNaN(data11)) {
                const err28 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 0.5 }, message: "must be < 0.5", schema: 0.5, parentSchema: schema32.properties.alpha, data: data11 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            if (data11 <= 0 || isNaN(data11)) {
                const err29 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema32.properties.alpha, data: data11 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        else {
            const err30 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.alpha.type, parentSchema: schema32.properties.alpha, data: data11 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.margin !== undefined) {
        let data12 = data.margin;
        const _errs45 = errors;
        let valid10 = false;
        let passing4 = null;
        const _errs46 = errors;
        if (typeof data12 == "number") {
            if (data12 < 0 || isNaN(data12)) {
                const err31 = { instancePath: instancePath + "/margin", schemaPath: "#/$defs/threshold/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema33.oneOf[0], data: data12 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        else {
            const err32 = { instancePath: instancePath + "/margin", schemaPath: "#/$defs/threshold/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.oneOf[0].type, parentSchema: schema33.oneOf[0], data: data12 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
        var _valid4 = _errs46 === errors;
        if (_valid4) {
            valid10 = true;
            passing4 = 0;
        }
        const _errs48 = errors;
        if (typeof data12 === "string") {
            if (!pattern4.test(data12)) {
                const err33 = { instancePath: instancePath + "/margin", schemaPath: "#/$defs/threshold/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" }, message: "must match pattern \"" + "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$" + "\"", schema: "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$", parentSchema: schema33.oneOf[1], data: data12 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        else {
            const err34 = { instancePath: instancePath + "/margin", schemaPath: "#/$defs/threshold/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.oneOf[1].type, parentSchema: schema33.oneOf[1], data: data12 };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
        var _valid4 = _errs48 === errors;
        if (_valid4 && valid10) {
            valid10 = false;
            passing4 = [passing4, 1];
        }
        else {
            if (_valid4) {
                valid10 = true;
                passing4 = 1;
            }
        }
        if (!valid10) {
            const err35 = { instancePath: instancePath + "/margin", schemaPath: "#/$defs/threshold/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema33.oneOf, parentSchema: schema33, data: data12 };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
        else {
            errors = _errs45;
            if (vErrors !== null) {
                if (_errs45) {
                    vErrors.length = _errs45;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.inconclusive !== undefined) {
        let data13 = data.inconclusive;
        if (!((data13 === "warn") || (data13 === "fail"))) {
            const err36 = { instancePath: instancePath + "/inconclusive", schemaPath: "#/properties/inconclusive/enum", keyword: "enum", params: { allowedValues: schema32.properties.inconclusive.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.inconclusive.enum, parentSchema: schema32.properties.inconclusive, data: data13 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    if (data.resamples !== undefined) {
        let data14 = data.resamples;
        if (!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) {
            const err37 = { instancePath: instancePath + "/resamples", schemaPath: "#/properties/resamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.resamples.type, parentSchema: schema32.properties.resamples, data: data14 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
        if (typeof data14 == "number") {
            if (data14 > 1000000 || isNaN(data14)) {
                const err38 = { instancePath: instancePath + "/resamples", schemaPath: "#/properties/resamples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000000 }, message: "must be <= 1000000", schema: 1000000, parentSchema: schema32.properties.resamples, data: data14 };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
            if (data14 < 100 || isNaN(data14)) {
                const err39 = { instancePath: instancePath + "/resamples", schemaPath: "#/properties/resamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema32.properties.resamples, data: data14 };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
    }
    if (data.seed !== undefined) {
        let data15 = data.seed;
        if (!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) {
            const err40 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.seed.type, parentSchema: schema32.properties.seed, data: data15 };
            if (vErrors === null) {
                vErrors = [err40];
            }
            else {
                vErrors.push(err40);
            }
            errors++;
        }
        if (typeof data15 == "number") {
            if (data15 > 4294967295 || isNaN(data15)) {
                const err41 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema32.properties.seed, data: data15 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
                const err42 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.seed, data: data15 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
    }
}
else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
        vErrors = [err43];
    }
    else {
        vErrors.push(err43);
    }
    errors++;
} validate21.errors = vErrors; return errors === 0; }
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((key0 === "metrics") || (key0 === "data")) || (key0 === "monitoring"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.metrics !== undefined) {
        let data0 = data.metrics;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
                if (!(validate21(data0[key1], { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err1 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.metrics.type, parentSchema: schema31.properties.metrics, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.data !== undefined) {
        let data2 = data.data;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key2 in data2) {
                if (!(((key2 === "schema") || (key2 === "reference")) || (key2 === "checks"))) {
                    const err2 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.data, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            if (data2.schema !== undefined) {
                let data3 = data2.schema;
                if (typeof data3 !== "string") {
                    const err3 = { instancePath: instancePath + "/data/schema", schemaPath: "#/properties/data/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.data.properties.schema.type, parentSchema: schema31.properties.data.properties.schema, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data2.reference !== undefined) {
                let data4 = data2.reference;
                if (typeof data4 !== "string") {
                    const err4 = { instancePath: instancePath + "/data/reference", schemaPath: "#/properties/data/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.data.properties.reference.type, parentSchema: schema31.properties.data.properties.reference, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (data2.checks !== undefined) {
                let data5 = data2.checks;
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    for (const key3 in data5) {
                        if (!((((((key3 === "rows") || (key3 === "null-fraction")) || (key3 === "duplicate-rows")) || (key3 === "stats")) || (key3 === "new-categories")) || (key3 === "drift"))) {
                            const err5 = { instancePath: instancePath + "/data/checks", schemaPath: "#/properties/data/properties/checks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.data.properties.checks, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    if (data5.rows !== undefined) {
                        let data6 = data5.rows;
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                            for (const key4 in data6) {
                                if (!((key4 === "min") || (key4 === "max"))) {
                                    const err6 = { instancePath: instancePath + "/data/checks/rows", schemaPath: "#/$defs/bounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data6 };
                                    if (vErrors === null) {
                                        vErrors = [err6];
                                    }
                                    else {
                                        vErrors.push(err6);
                                    }
                                    errors++;
                                }
                            }
                            if (data6.min !== undefined) {
                                let data7 = data6.min;
                                if (!(typeof data7 == "number")) {
                                    const err7 = { instancePath: instancePath + "/data/checks/rows/min", schemaPath: "#/$defs/bounds/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.min.type, parentSchema: schema38.properties.min, data: data7 };
                                    if (vErrors === null) {
                                        vErrors = [err7];
                                    }
                                    else {
                                        vErrors.push(err7);
                                    }
                                    errors++;
                                }
                            }
                            if (data6.max !== undefined) {
                                let data8 = data6.max;
                                if (!(typeof data8 == "number")) {
                                    const err8 = { instancePath: instancePath + "/data/checks/rows/max", schemaPath: "#/$defs/bounds/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.max.type, parentSchema: schema38.properties.max, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err8];
                                    }
                                    else {
                                        vErrors.push(err8);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err9 = { instancePath: instancePath + "/data/checks/rows", schemaPath: "#/$defs/bounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    if (data5["null-fraction"] !== undefined) {
                        let data9 = data5["null-fraction"];
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            for (const key5 in data9) {
                                let data10 = data9[key5];
                                if (typeof data10 == "number") {
                                    if (data10 > 1 || isNaN(data10)) {
                                        const err10 = { instancePath: instancePath + "/data/checks/null-fraction/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/checks/properties/null-fraction/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31.properties.data.properties.checks.properties["null-fraction"].additionalProperties, data: data10 };
                                        if (vErrors === null) {
                                            vErrors = [err10];
                                        }
                                        else {
                                            vErrors.push(err10);
                                        }
                                        errors++;
                                    }
                                    if (data10 < 0 || isNaN(data10)) {
                                        const err11 = { instancePath: instancePath + "/data/checks/null-fraction/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/checks/properties/null-fraction/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.data.properties.checks.properties["null-fraction"].additionalProperties, data: data10 };
                                        if (vErrors === null) {
                                            vErrors = [err11];
                                        }
                                        else {
                                            vErrors.push(err11);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err12 = { instancePath: instancePath + "/data/checks/null-fraction/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/checks/properties/null-fraction/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.data.properties.checks.properties["null-fraction"].additionalProperties.type, parentSchema: schema31.properties.data.properties.checks.properties["null-fraction"].additionalProperties, data: data10 };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err13 = { instancePath: instancePath + "/data/checks/null-fraction", schemaPath: "#/properties/data/properties/checks/properties/null-fraction/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.data.properties.checks.properties["null-fraction"].type, parentSchema: schema31.properties.data.properties.checks.properties["null-fraction"], data: data9 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                    if (data5["duplicate-rows"] !== undefined) {
                        let data11 = data5["duplicate-rows"];
                        if (!(((data11 === "fail") || (data11 === "warn")) || (data11 === "ignore"))) {
                            const err14 = { instancePath: instancePath + "/data/checks/duplicate-rows", schemaPath: "#/properties/data/properties/checks/properties/duplicate-rows/enum", keyword: "enum", params: { allowedValues: schema31.properties.data.properties.checks.properties["duplicate-rows"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.data.properties.checks.properties["duplicate-rows"].enum, parentSchema: schema31.properties.data.properties.checks.properties["duplicate-rows"], data: data11 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data5.stats !== undefined) {
                        let data12 = data5.stats;
                        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                            for (const key6 in data12) {
                                let data13 = data12[key6];
                                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                    for (const key7 in data13) {
                                        if (!(((key7 === "mean") || (key7 === "median")) || (key7 === "stdev"))) {
                                            const err15 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/checks/properties/stats/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.data.properties.checks.properties.stats.additionalProperties, data: data13 };
                                            if (vErrors === null) {
                                                vErrors = [err15];
                                            }
                                            else {
                                                vErrors.push(err15);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data13.mean !== undefined) {
                                        let data14 = data13.mean;
                                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                            for (const key8 in data14) {
                                                if (!((key8 === "min") || (key8 === "max"))) {
                                                    const err16 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean", schemaPath: "#/$defs/bounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data14 };
                                                    if (vErrors === null) {
                                                        vErrors = [err16];
                                                    }
                                                    else {
                                                        vErrors.push(err16);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data14.min !== undefined) {
                                                let data15 = data14.min;
                                                if (!(typeof data15 == "number")) {
                                                    const err17 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean/min", schemaPath: "#/$defs/bounds/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.min.type, parentSchema: schema38.properties.min, data: data15 };
                                                    if (vErrors === null) {
                                                        vErrors = [err17];
                                                    }
                                                    else {
                                                        vErrors.push(err17);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data14.max !== undefined) {
                                                let data16 = data14.max;
                                                if (!(typeof data16 == "number")) {
                                                    const err18 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean/max", schemaPath: "#/$defs/bounds/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.max.type, parentSchema: schema38.properties.max, data: data16 };
                                                    if (vErrors === null) {
                                                        vErrors = [err18];
                                                    }
                                                    else {
                                                        vErrors.push(err18);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err19 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean", schemaPath: "#/$defs/bounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data14 };
                                            if (vErrors === null) {
                                                vErrors = [err19];
                                            }
                                            else {
                                                vErrors.push(err19);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data13.median !== undefined) {
                                        let data17 = data13.median;
                                        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                            for (const key9 in data17) {
                                                if (!((key9 === "min") || (key9 === "max"))) {
                                                    const err20 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/median", schemaPath: "#/$defs/bounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data17 };
                                                    if (vErrors === null) {
                                                        vErrors = [err20];
                                                    }
                                                    else {
                                                        vErrors.push(err20);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data17.min !== undefined) {
                                                let data18 = data17.min;
                                                if (!(typeof data18 == "number")) {
                                                    const err21 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/median/min", schemaPath: "#/$defs/bounds/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.min.type, parentSchema: schema38.properties.min, data: data18 };
                                                    if (vErrors === null) {
                                                        vErrors = [err21];
                                                    }
                                                    else {
                                                        vErrors.push(err21);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data17.max !== undefined) {
                                                let data19 = data17.max;
                                                if (!(typeof data19 == "number")) {
                                                    const err22 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/median/max", schemaPath: "#/$defs/bounds/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.max.type, parentSchema: schema38.properties.max, data: data19 };
                                                    if (vErrors === null) {
                                                        vErrors = [err22];
                                                    }
                                                    else {
                                                        vErrors.push(err22);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err23 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/median", schemaPath: "#/$defs/bounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data17 };
                                            if (vErrors === null) {
                                                vErrors = [err23];
                                            }
                                            else {
                                                vErrors.push(err23);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data13.stdev !== undefined) {
                                        let data20 = data13.stdev;
                                        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                            for (const key10 in data20) {
                                                if (!((key10 === "min") || (key10 === "max"))) {
                                                    const err24 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/stdev", schemaPath: "#/$defs/bounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data20 };
                                                    if (vErrors === null) {
                                                        vErrors = [err24];
                                                    }
                                                    else {
                                                        vErrors.push(err24);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data20.min !== undefined) {
                                                let data21 = data20.min;
                                                if (!(typeof data21 == "number")) {
                                                    const err25 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/stdev/min", schemaPath: "#/$defs/bounds/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.min.type, parentSchema: schema38.properties.min, data: data21 };
                                                    if (vErrors === null) {
                                                        vErrors = [err25];
                                                    }
                                                    else {
                                                        vErrors.push(err25);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data20.max !== undefined) {
                                                let data22 = data20.max;
                                                if (!(typeof data22 == "number")) {
                                                    const err26 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/stdev/max", schemaPath: "#/$defs/bounds/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.max.type, parentSchema: schema38.properties.max, data: data22 };
                                                    if (vErrors === null) {
                                                        vErrors = [err26];
                                                    }
                                                    else {
                                                        vErrors.push(err26);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err27 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/stdev", schemaPath: "#/$defs/bounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data20 };
                                            if (vErrors === null) {
                                                vErrors = [err27];
                                            }
                                            else {
                                                vErrors.push(err27);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err28 = { instancePath: instancePath + "/data/checks/stats/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/checks/properties/stats/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.data.properties.checks.properties.stats.additionalProperties.type, parentSchema: schema31.properties.data.properties.checks.properties.stats.additionalProperties, data: data13 };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err29 = { instancePath: instancePath + "/data/checks/stats", schemaPath: "#/properties/data/properties/checks/properties/stats/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.data.properties.checks.properties.stats.type, parentSchema: schema31.properties.data.properties.checks.properties.stats, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                    if (data5["new-categories"] !== undefined) {
                        let data23 = data5["new-categories"];
                        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                            for (const key11 in data23) {
                                let data24 = data23[key11];
                                if (!((data24 === "fail") || (data24 === "warn"))) {
                                    const err30 = { instancePath: instancePath + "/data/checks/new-categories/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/checks/properties/new-categories/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.data.properties.checks.properties["new-categories"].additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.data.properties.checks.properties["new-categories"].additionalProperties.enum, parentSchema: schema31.properties.data.properties.checks.properties["new-categories"].additionalProperties, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err30];
                                    }
                                    else {
                                        vErrors.push(err30);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err31 = { instancePath: instancePath + "/data/checks/new-categories", schemaPath: "#/properties/data/properties/checks/properties/new-categories/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.data.properties.checks.properties["new-categories"].type, parentSchema: schema31.properties.data.properties.checks.properties["new-categories"], data: data23 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data5.drift !== undefined) {
                        let data25 = data5.drift;
                        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                            for (const key12 in data25) {
                                let data26 = data25[key12];
                                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                    for (const key13 in data26) {
                                        if (!(((key13 === "method") || (key13 === "threshold")) || (key13 === "severity"))) {
                                            const err32 = { instancePath: instancePath + "/data/checks/drift/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/checks/properties/drift/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.data.properties.checks.properties.drift.additionalProperties, data: data26 };
                                            if (vErrors === null) {
                                                vErrors = [err32];
                                            }
                                            else {
                                                vErrors.push(err32);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data26.method !== undefined) {
                                        let data27 = data26.method;
                                        if (!((((((data27 === "psi") || (data27 === "wasserstein")) || (data27 === "jensenshannon")) || (data27 === "linf")) || (data27 === "ks")) || (data27 === "chisquare"))) {
                                            const err33 = { instancePath: instancePath + "/data/checks/drift/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/method", schemaPath: "#/properties/data/properties/checks/properties/drift/additionalProperties/properties/method/enum", keyword: "enum", params: { allowedValues: schema31.properties.data.properties.checks.properties.drift.additionalProperties.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.data.properties.checks.properties.drift.additionalProperties.properties.method.enum, parentSchema: schema31.properties.data.properties.checks.properties.drift.additionalProperties.properties.method, data: data27 };
                                            if (vErrors === null) {
                                                vErrors = [err33];
                                            }
                                            else {
                                                vErrors.push(err33);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data26.threshold !== undefined) {
                                        let data28 = data26.threshold;
                                        if (typeof data28 == "number") {
                                            if (data28 <= 0 || isNaN(data28)) {
                                                const err34 = { instancePath: instancePath + "/data/checks/drift/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/properties/data/properties/checks/properties/drift/additionalProperties/properties/threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.data.properties.checks.properties.drift.additionalProperties.properties.threshold, data: data28 };
                                                if (vErrors === null) {
                                                    vErrors = [err34];
                                                }
                                                else {
                                                    vErrors.push(err34);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err35 = { instancePath: instancePath + "/data/checks/drift/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/properties/data/properties/checks/properties/drift/additionalProperties/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.data.properties.checks.properties.drift.additionalProperties.properties.threshold.type, parentSchema: schema31.properties.data.properties.checks.properties.drift.additionalProperties.properties.threshold, data: data28 };
                                            if (vErrors === null) {
                                                vErrors = [err35];
                                            }
                                            else {
                                                vErrors.push(err35);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data26.severity !== undefined) {
                                        let data29 = data26.severity;
                                        if (!((data29 === "fail") || (data29 === "warn"))) {
                                            const err36 = { instancePath: instancePath + "/data/checks/drift/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/data/properties/checks/properties/drift/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.data.properties.checks.properties.drift.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.data.properties.checks.properties.drift.additionalProperties.properties.severity.enum, parentSchema: schema31.properties.data.properties.checks.properties.drift.additionalProperties.properties.severity, data: data29 };
                                            if (vErrors === null) {
                                                vErrors = [err36];
                                            }
                                            else {
                                                vErrors.push(err36);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err37 = { instancePath: instancePath + "/data/checks/drift/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/checks/properties/drift/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.data.properties.checks.properties.drift.additionalProperties.type, parentSchema: schema31.properties.data.properties.checks.properties.drift.additionalProperties, data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err37];
                                    }
                                    else {
                                        vErrors.push(err37);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/data/checks/drift", schemaPath: "#/properties/data/properties/checks/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.data.properties.checks.properties.drift.type, parentSchema: schema31.properties.data.properties.checks.properties.drift, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err39 = { instancePath: instancePath + "/data/checks", schemaPath: "#/properties/data/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.data.properties.checks.type, parentSchema: schema31.properties.data.properties.checks, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
        }
        else {
            const err40 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.data.type, parentSchema: schema31.properties.data, data: data2 };
            if (vErrors === null) {
                vErrors = [err40];
            }
            else {
                vErrors.push(err40);
            }
            errors++;
        }
    }
    if (data.monitoring !== undefined) {
        let data30 = data.monitoring;
        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            for (const key14 in data30) {
                if (!(key14 === "pushgateway-url")) {
                    const err41 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.monitoring, data: data30 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
            if (data30["pushgateway-url"] !== undefined) {
                let data31 = data30["pushgateway-url"];
                if (typeof data31 !== "string") {
                    const err42 = { instancePath: instancePath + "/monitoring/pushgateway-url", schemaPath: "#/properties/monitoring/properties/pushgateway-url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.monitoring.properties["pushgateway-url"].type, parentSchema: schema31.properties.monitoring.properties["pushgateway-url"], data: data31 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
        }
        else {
            const err43 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.monitoring.type, parentSchema: schema31.properties.monitoring, data: data30 };
            if (vErrors === null) {
                vErrors = [err43];
            }
            else {
                vErrors.push(err43);
            }
            errors++;
        }
    }
}
else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err44];
    }
    else {
        vErrors.push(err44);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };


/***/ })

};
