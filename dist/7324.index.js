export const id = 7324;
export const ids = [7324];
export const modules = {

/***/ 97324:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_SCHEMA: () => (/* binding */ CONFIG_SCHEMA)
/* harmony export */ });
/**
 * The JSON Schema of `modelgate.yml` (draft 2020-12). The entry validates the config file against it
 * once per step; `npm run docs` writes it to `modelgate.schema.json`, which the package ships for editors.
 */
const CONFIG_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'modelgate.yml',
    description: 'One configuration for every modelgate step; step inputs override it.',
    type: 'object',
    additionalProperties: false,
    properties: {
        metrics: {
            description: 'Rules per metric for compare-metrics. Keys are metric names (dotted for nested files) or patterns where * matches any characters.',
            type: 'object',
            additionalProperties: {
                $ref: '#/$defs/rule',
            },
        },
        data: {
            description: 'The data contract for validate-data: a Table Schema, dataset checks and a reference profile for drift.',
            type: 'object',
            additionalProperties: false,
            properties: {
                schema: {
                    type: 'string',
                    description: 'A Frictionless Table Schema file (JSON or YAML).',
                },
                reference: {
                    type: 'string',
                    description: 'A reference profile written by validate-data in mode profile.',
                },
                checks: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        rows: {
                            $ref: '#/$defs/bounds',
                            description: 'Bounds on the number of rows.',
                        },
                        'null-fraction': {
                            type: 'object',
                            description: 'Largest allowed share of missing values per column.',
                            additionalProperties: {
                                type: 'number',
                                minimum: 0,
                                maximum: 1,
                            },
                        },
                        'duplicate-rows': {
                            enum: ['fail', 'warn', 'ignore'],
                            description: 'What an exact duplicate row is.',
                        },
                        stats: {
                            type: 'object',
                            description: 'Bounds on summary statistics per column.',
                            additionalProperties: {
                                type: 'object',
                                additionalProperties: false,
                                properties: {
                                    mean: {
                                        $ref: '#/$defs/bounds',
                                    },
                                    median: {
                                        $ref: '#/$defs/bounds',
                                    },
                                    stdev: {
                                        $ref: '#/$defs/bounds',
                                    },
                                },
                            },
                        },
                        'new-categories': {
                            type: 'object',
                            description: 'Columns whose values must all be in the reference profile.',
                            additionalProperties: {
                                enum: ['fail', 'warn'],
                            },
                        },
                        drift: {
                            type: 'object',
                            description: 'Drift test per column (* for all): method, threshold, severity.',
                            additionalProperties: {
                                type: 'object',
                                additionalProperties: false,
                                properties: {
                                    method: {
                                        enum: ['psi', 'wasserstein', 'jensenshannon', 'linf', 'ks', 'chisquare'],
                                    },
                                    threshold: {
                                        type: 'number',
                                        exclusiveMinimum: 0,
                                    },
                                    severity: {
                                        enum: ['fail', 'warn'],
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
        monitoring: {
            description: 'Where every step pushes its figures, unless its pushgateway-url input says otherwise.',
            type: 'object',
            additionalProperties: false,
            properties: {
                'pushgateway-url': {
                    type: 'string',
                    description: 'A Prometheus Pushgateway, e.g. http://pushgateway:9091.',
                },
            },
        },
    },
    $defs: {
        threshold: {
            description: 'An absolute amount (0.01) or a percentage of the baseline (1%).',
            oneOf: [
                {
                    type: 'number',
                    minimum: 0,
                },
                {
                    type: 'string',
                    pattern: '^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%?\\s*$',
                },
            ],
        },
        rule: {
            type: 'object',
            additionalProperties: false,
            properties: {
                better: {
                    enum: ['higher', 'lower'],
                    description: 'Which direction is an improvement.',
                },
                min: {
                    type: 'number',
                    description: 'Fail below this value.',
                },
                max: {
                    type: 'number',
                    description: 'Fail above this value.',
                },
                'max-drop': {
                    $ref: '#/$defs/threshold',
                    description: 'Fail when the value drops by more than this against the baseline.',
                },
                'max-rise': {
                    $ref: '#/$defs/threshold',
                    description: 'Fail when the value rises by more than this against the baseline.',
                },
                'warn-drop': {
                    $ref: '#/$defs/threshold',
                    description: 'Warn when the value drops by more than this.',
                },
                'warn-rise': {
                    $ref: '#/$defs/threshold',
                    description: 'Warn when the value rises by more than this.',
                },
                optional: {
                    type: 'boolean',
                    description: 'The metric may be absent (a config shared by several models): an exact rule that matches no metric is listed as unused instead of failing compare-metrics.',
                },
                test: {
                    enum: ['paired-bootstrap', 'mcnemar', 'delong'],
                    description: "Decide the change by a paired test of the candidate's per-example predictions against the baseline's on the same examples (compare-metrics inputs `predictions`, `baseline-predictions`), instead of comparing two numbers with max-drop/max-rise.",
                },
                statistic: {
                    enum: ['accuracy', 'f1', 'precision', 'recall', 'auc', 'log-loss', 'rmse', 'mse', 'mae', 'mean'],
                    description: "What the test computes from the predictions; by default what the metric's name says (accuracy, f1, auc, rmse…). `mean`: the mean of the `value` column.",
                },
                class: {
                    type: ['string', 'number', 'boolean'],
                    description: 'The class of a per-class f1, precision or recall (macro average without it), or the positive class of a score.',
                },
                alpha: {
                    type: 'number',
                    exclusiveMinimum: 0,
                    exclusiveMaximum: 0.5,
                    description: "The test's level: a 1 − alpha interval (default 0.05, a 95 % interval). Several tested metrics are Holm-corrected together.",
                },
                margin: {
                    $ref: '#/$defs/threshold',
                    description: 'The smallest change that matters (absolute, or % of the baseline). Default: max-drop (max-rise when lower is better), else 0.',
                },
                inconclusive: {
                    enum: ['warn', 'fail'],
                    description: 'What a test that cannot tell (the interval holds 0 and reaches past the margin) does: warn (default) or fail.',
                },
                resamples: {
                    type: 'integer',
                    minimum: 100,
                    maximum: 1000000,
                    description: 'Bootstrap resamples (default 10000).',
                },
                seed: {
                    type: 'integer',
                    minimum: 0,
                    maximum: 4294967295,
                    description: "The bootstrap's seed (default 0): the same inputs give the same interval.",
                },
            },
        },
        bounds: {
            type: 'object',
            additionalProperties: false,
            properties: {
                min: {
                    type: 'number',
                },
                max: {
                    type: 'number',
                },
            },
        },
    },
};


/***/ })

};
