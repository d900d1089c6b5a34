import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from './helpers/git.js';
import { writeComparison, writeTrainedModel } from './helpers/model-workspace.js';
import { runAction, type ActionRun } from './helpers/runner.js';

/**
 * The mistakes modelgate catches: each one a user makes, run through the Actions runner contract on the
 * bundled `dist/` steps, with what it gets. None passes in silence: each is an error annotation (the
 * job fails), a warning annotation (the job goes on, told), or a refusal (the job fails and changes
 * nothing). Every message names the input or the file and line, and the nearest right word when there
 * is one. README links this file as the list.
 */
interface Mistake {
  /** What the user did. */
  mistake: string;
  step: string;
  /** Files in the workspace (a git repository when `git` is set). */
  files?: Record<string, string>;
  git?: boolean;
  inputs?: Record<string, string>;
  /** Variables beside the inputs (a misspelled `with:` key reaches the step as INPUT_<NAME>). */
  env?: Record<string, string>;
  /** Writes what the case needs beyond plain files (a trained model, a comparison). */
  setup?: (workspace: string) => void;
  outcome: 'error' | 'warning' | 'refusal';
  /** The annotation's text. */
  says: RegExp;
  /** Outputs the step must have set (a refusal says so in its outputs too). */
  outputs?: Record<string, string>;
}

const METRICS = { 'm.json': '{"accuracy": 0.91, "test": {"roc_auc": 0.88}}\n', 'b.json': '{"accuracy": 0.93, "test": {"roc_auc": 0.9}}\n' };
const compare = (inputs: Record<string, string> = {}) => ({ metrics: 'm.json', baseline: 'file:b.json', comment: 'false', status: 'false', ...inputs });
const SCHEMA = 'fields:\n  - {name: customer_id, type: integer}\n  - {name: age, type: integer}\n  - {name: country, type: string}\n';
const DATA = { 'schema.yaml': SCHEMA, 'data.csv': 'customer_id,age,country\n1,34,DE\n2,51,FR\n' };
const STORE = 'oci-layout:.modelgate/registry';
const deploy = (inputs: Record<string, string> = {}) => ({ 'run-record': 'train/run.json', 'model-name': 'iris', registry: STORE, ...inputs });
const rollback = (inputs: Record<string, string> = {}) => ({ 'model-name': 'iris', registry: STORE, environment: 'production', ...inputs });

const MISTAKES: Mistake[] = [
  // compare-metrics: inputs
  {
    mistake: 'a misspelled input in with: (fail_on)',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare(),
    env: { INPUT_FAIL_ON: 'never' },
    outcome: 'error',
    says: /^compare-metrics: unknown input 'fail_on' \(did you mean 'fail-on'\?\)/,
  },
  {
    mistake: "fail-on with a word of no step ('wran')",
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ 'fail-on': 'wran' }),
    outcome: 'error',
    says: /input 'fail-on' must be one of fail, warn, never, got 'wran'; did you mean 'warn'\?/,
  },
  {
    mistake: "validate-data's word for fail-on in compare-metrics ('warning')",
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ 'fail-on': 'warning' }),
    outcome: 'warning',
    says: /input 'fail-on' 'warning' is an older spelling: write 'warn'/,
  },
  {
    mistake: 'no metrics input',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ metrics: '' }),
    outcome: 'error',
    says: /input 'metrics' is required: list the metric files or globs, e.g\. metrics\.json/,
  },
  {
    mistake: 'baseline-depth in words',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ 'baseline-depth': 'lots' }),
    outcome: 'error',
    says: /input 'baseline-depth' must be a whole number from 0 to 9999, got 'lots'/,
  },
  {
    mistake: 'an id with spaces',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ id: 'my model' }),
    outcome: 'error',
    says: /input 'id' may hold letters, digits, dot, dash and underscore \(at most 64\), got 'my model'/,
  },
  {
    mistake: 'a report folder outside the workspace',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ report: '../elsewhere' }),
    outcome: 'error',
    says: /input 'report'.*outside the workspace/,
  },
  {
    mistake: 'a metric file name mistyped',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ metrics: 'm.jsn' }),
    outcome: 'error',
    says: /metrics: file 'm\.jsn' does not exist in workspace; did you mean 'm\.json'\?/,
  },
  {
    mistake: 'a rules input that is not YAML',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ rules: 'accuracy: {better: higher' }),
    outcome: 'error',
    says: /input 'rules'.*not valid YAML/,
  },
  {
    mistake: 'an unknown rule key in the rules input (max_drop)',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ rules: 'accuracy: {max_drop: 1%}' }),
    outcome: 'error',
    says: /rule for 'accuracy': unknown key 'max_drop'/,
  },
  // compare-metrics: the config file
  {
    mistake: "'rules:' instead of 'metrics:' at the top of modelgate.yml",
    step: 'compare-metrics',
    files: { ...METRICS, 'modelgate.yml': 'rules:\n  accuracy: {max-drop: 1%}\n' },
    inputs: compare(),
    outcome: 'error',
    says: /^compare-metrics: modelgate\.yml:1: rules: unknown key 'rules' \(did you mean 'metrics'\?\)/,
  },
  {
    mistake: 'the config file named modelgate.yaml',
    step: 'compare-metrics',
    files: { ...METRICS, 'modelgate.yaml': 'metrics:\n  accuracy: {max-drop: 1%}\n' },
    inputs: compare(),
    outcome: 'error',
    says: /found modelgate\.yaml but no modelgate\.yml/,
  },
  {
    mistake: 'a config input naming a file that is not there',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ config: 'ci/modelgate.yml' }),
    outcome: 'error',
    says: /input 'config': cannot read 'ci\/modelgate\.yml' \(ENOENT\): there is no such file in the workspace/,
  },
  {
    mistake: "a rule key misspelled in modelgate.yml ('max_drop')",
    step: 'compare-metrics',
    files: { ...METRICS, 'modelgate.yml': 'metrics:\n  accuracy:\n    max_drop: 1%\n' },
    inputs: compare(),
    outcome: 'error',
    says: /^compare-metrics: modelgate\.yml:3: metrics\.accuracy\.max_drop: unknown key 'max_drop' \(did you mean 'max-drop'\?\)/,
  },
  {
    mistake: "a direction misspelled ('hgher')",
    step: 'compare-metrics',
    files: { ...METRICS, 'modelgate.yml': 'metrics:\n  accuracy: {better: hgher}\n' },
    inputs: compare(),
    outcome: 'error',
    says: /modelgate\.yml:2: metrics\.accuracy\.better: must be one of higher, lower, got 'hgher' \(did you mean 'higher'\?\)/,
  },
  {
    mistake: 'a bound that is not a number',
    step: 'compare-metrics',
    files: { ...METRICS, 'modelgate.yml': 'metrics:\n  accuracy: {min: high}\n' },
    inputs: compare(),
    outcome: 'error',
    says: /modelgate\.yml:2: metrics\.accuracy\.min: must be number/,
  },
  {
    mistake: 'the Pushgateway key misspelled',
    step: 'compare-metrics',
    files: { ...METRICS, 'modelgate.yml': 'monitoring:\n  pushgateway-ulr: http://pg:9091\n' },
    inputs: compare(),
    outcome: 'error',
    says: /modelgate\.yml:2: monitoring\.pushgateway-ulr: unknown key 'pushgateway-ulr' \(did you mean 'pushgateway-url'\?\)/,
  },
  {
    mistake: 'modelgate.yml that is not YAML',
    step: 'compare-metrics',
    files: { ...METRICS, 'modelgate.yml': 'metrics:\n  accuracy: {max-drop: 1%\n' },
    inputs: compare(),
    outcome: 'error',
    says: /modelgate\.yml:\d+: not valid YAML/,
  },
  // compare-metrics: the baseline
  {
    mistake: 'the workspace is not a git repository (a forgotten checkout)',
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ baseline: 'ref:main' }),
    outcome: 'error',
    says: /is not a git repository: check out the repository first \(actions\/checkout/,
  },

  // compare-metrics: rules and the candidate
  {
    mistake: "a rule name misspelled in modelgate.yml ('test.roc_acu')",
    step: 'compare-metrics',
    files: { ...METRICS, 'modelgate.yml': 'metrics:\n  accuracy: {better: higher}\n  test.roc_acu: {better: higher, max-drop: 1%}\n' },
    inputs: compare(),
    outcome: 'error',
    says: /modelgate\.yml:3: rule 'test\.roc_acu' matches no metric in the candidate or the baseline; did you mean 'test\.roc_auc'\?/,
  },
  {
    mistake: 'a rule pattern that matches no metric',
    step: 'compare-metrics',
    files: { ...METRICS, 'modelgate.yml': 'metrics:\n  accuracy: {better: higher}\n  "val.*": {max-drop: 1%}\n' },
    inputs: compare(),
    outcome: 'warning',
    says: /rule pattern 'val\.\*' matches no metric in the candidate or the baseline/,
  },
  {
    mistake: 'a gated metric that the baseline lacks, with fail-on warn',
    step: 'compare-metrics',
    files: { 'm.json': '{"accuracy": 0.91, "recall": 0.7}\n', 'b.json': '{"accuracy": 0.91}\n' },
    inputs: compare({ rules: 'recall: {better: higher, max-drop: 1%}', 'fail-on': 'warn' }),
    outcome: 'error',
    says: /verdict warn reaches fail-on 'warn': recall \(not in the baseline; change not checked\)/,
    outputs: { verdict: 'warn', passed: 'false' },
  },
  {
    mistake: 'comparing the metrics of a training run that failed',
    step: 'compare-metrics',
    setup: (ws) => void writeTrainedModel(ws, { dir: 'out', failed: 2 }),
    files: { 'b.json': '{"test.accuracy": 0.9}\n' },
    inputs: compare({ metrics: 'out/run.json' }),
    outcome: 'error',
    says: /verdict fail reaches fail-on 'fail': training failed: exit 2/,
    outputs: { verdict: 'fail' },
  },
  {
    mistake: "the config file's 'metrics:' wrapper around the rules input",
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ rules: 'metrics: {accuracy: {min: 0.9}}' }),
    outcome: 'error',
    says: /rule for 'metrics': this holds the rules themselves: drop the 'metrics:' wrapper/,
  },
  {
    mistake: "a rule key misspelled in the rules input ('maxdrop')",
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ rules: 'accuracy: {maxdrop: 1%}' }),
    outcome: 'error',
    says: /rule for 'accuracy': unknown key 'maxdrop'; did you mean 'max-drop'\?/,
  },
  {
    mistake: "a baseline named like a branch ('main')",
    step: 'compare-metrics',
    files: METRICS,
    inputs: compare({ baseline: 'main' }),
    outcome: 'error',
    says: /input 'baseline' must be merge-base, ref:<git ref>, file:<paths or globs>, env:<environment> or none, got 'main'; did you mean 'ref:main'\?/,
  },
  {
    mistake: 'a baseline file that is not JSON',
    step: 'compare-metrics',
    files: { ...METRICS, 'b.json': '{"accuracy": 0.9,}\n' },
    inputs: compare(),
    outcome: 'error',
    says: /^compare-metrics: input 'baseline' \(file:b\.json.*b\.json:1: not valid JSON/,
  },

  // validate-data
  {
    mistake: "a ';'-separated CSV read with ','",
    step: 'validate-data',
    files: { 'schema.yaml': SCHEMA, 'data.csv': 'customer_id;age;country\n1;34;DE\n' },
    inputs: { data: 'data.csv', schema: 'schema.yaml' },
    outcome: 'error',
    says: /the header looks ';'-separated: set input 'delimiter' to ';'/,
  },
  {
    mistake: 'a data glob that matches nothing',
    step: 'validate-data',
    files: DATA,
    inputs: { data: 'data/*.csv', schema: 'schema.yaml' },
    outcome: 'error',
    says: /input 'data': 'data\/\*\.csv' matched no file in the workspace/,
  },
  {
    mistake: 'no schema anywhere',
    step: 'validate-data',
    files: DATA,
    inputs: { data: 'data.csv' },
    outcome: 'error',
    says: /input 'schema' is required \(or 'data\.schema' in modelgate\.yml\)/,
  },
  {
    mistake: "a mode misspelled ('valdate')",
    step: 'validate-data',
    files: DATA,
    inputs: { data: 'data.csv', schema: 'schema.yaml', mode: 'valdate' },
    outcome: 'error',
    says: /input 'mode' must be one of validate, profile, merge, got 'valdate'; did you mean 'validate'\?/,
  },
  {
    mistake: 'a two-character delimiter',
    step: 'validate-data',
    files: DATA,
    inputs: { data: 'data.csv', schema: 'schema.yaml', delimiter: ';;' },
    outcome: 'error',
    says: /input 'delimiter' must be one character other than a quote or a line break/,
  },
  {
    mistake: 'max-examples below zero',
    step: 'validate-data',
    files: DATA,
    inputs: { data: 'data.csv', schema: 'schema.yaml', 'max-examples': '-1' },
    outcome: 'error',
    says: /input 'max-examples' must be a whole number from 0 to 9999, got '-1'/,
  },
  {
    mistake: "a check misspelled in the checks input ('rowz')",
    step: 'validate-data',
    files: DATA,
    inputs: { data: 'data.csv', schema: 'schema.yaml', checks: 'rowz: {min: 1}' },
    outcome: 'error',
    says: /input 'checks': unknown check 'rowz'/,
  },
  {
    mistake: "a check misspelled in modelgate.yml ('rowz')",
    step: 'validate-data',
    files: { ...DATA, 'modelgate.yml': 'data:\n  schema: schema.yaml\n  checks:\n    rowz: {min: 1}\n' },
    inputs: { data: 'data.csv' },
    outcome: 'error',
    says: /modelgate\.yml:4: data\.checks\.rowz: unknown key 'rowz' \(did you mean 'rows'\?\)/,
  },
  {
    mistake: "the old fail-on word ('error')",
    step: 'validate-data',
    files: DATA,
    inputs: { data: 'data.csv', schema: 'schema.yaml', 'fail-on': 'error' },
    outcome: 'warning',
    says: /input 'fail-on' 'error' is an older spelling: write 'fail'/,
  },
  { mistake: 'a schema file that is not there', step: 'validate-data', files: DATA, inputs: { data: 'data.csv', schema: 'shema.yaml' }, outcome: 'error', says: /shema\.yaml/ },

  // train-model
  {
    mistake: 'mode run without a command',
    step: 'train-model',
    files: { 'm.json': '{}' },
    inputs: { metrics: 'm.json' },
    outcome: 'error',
    says: /input 'run' is required in mode 'run': the training command, e\.g\. python train\.py/,
  },
  { mistake: 'no metrics to record', step: 'train-model', inputs: { run: 'true' }, outcome: 'error', says: /input 'metrics' is required in mode 'run'/ },
  { mistake: 'a timeout in words', step: 'train-model', inputs: { run: 'true', metrics: 'm.json', timeout: 'forever' }, outcome: 'error', says: /input 'timeout'.*forever/ },
  {
    mistake: 'an env line without =',
    step: 'train-model',
    inputs: { run: 'true', metrics: 'm.json', env: 'SEED 42' },
    outcome: 'error',
    says: /input 'env' takes NAME=value lines, got 'SEED 42'/,
  },
  {
    mistake: 'an exit code past 255',
    step: 'train-model',
    inputs: { mode: 'record', metrics: 'm.json', 'exit-code': '300' },
    outcome: 'error',
    says: /input 'exit-code' must be a whole number from 0 to 255, got '300'/,
  },
  {
    mistake: "a mode misspelled ('selct')",
    step: 'train-model',
    inputs: { mode: 'selct' },
    outcome: 'error',
    says: /input 'mode' must be one of run, record, select, got 'selct'; did you mean 'select'\?/,
  },
  {
    mistake: 'mode select without a metric to select by',
    step: 'train-model',
    inputs: { mode: 'select', runs: 'runs/*/run.json' },
    outcome: 'error',
    says: /input 'select-by' is required in mode 'select'/,
  },

  {
    mistake: 'a metrics path misspelled: found out after the training',
    step: 'train-model',
    inputs: { run: 'mkdir -p out && echo \'{"accuracy": 0.9}\' > out/metrics.json', metrics: 'out/metrcs.json' },
    outcome: 'error',
    says: /did not write its outputs \(metrics: 'out\/metrcs\.json' does not exist; did you mean 'out\/metrics\.json'\?\); the run is recorded as failed in modelgate-train\/run\.json/,
    outputs: { 'run-record': expect.stringMatching(/modelgate-train\/run\.json$/) as unknown as string },
  },
  {
    mistake: "a training command that fails ('python trian.py') with last run's outputs still there",
    step: 'train-model',
    files: { 'out/metrics.json': '{"accuracy": 0.97}\n' },
    inputs: { run: 'exit 2', metrics: 'out/metrics.json' },
    outcome: 'error',
    says: /the command exited with 2.*the run is recorded as failed.*not taken as its outputs, unchanged since before it ran: out\/metrics\.json/s,
  },

  // deploy-model
  {
    mistake: 'an environment in capitals',
    step: 'deploy-model',
    setup: (ws) => void writeTrainedModel(ws),
    inputs: deploy({ environment: 'Production' }),
    outcome: 'error',
    says: /input 'environment' may hold lowercase letters, digits, \. _ - \(at most 64\), e\.g\. production, got 'Production'/,
  },
  {
    mistake: 'a smoke status that is no HTTP status',
    step: 'deploy-model',
    setup: (ws) => void writeTrainedModel(ws),
    inputs: deploy({ 'smoke-status': '20' }),
    outcome: 'error',
    says: /input 'smoke-status' must be an HTTP status code such as 200, got '20'/,
  },
  {
    mistake: 'a version tag starting with a dash',
    step: 'deploy-model',
    setup: (ws) => void writeTrainedModel(ws),
    inputs: deploy({ 'model-version': '-v1' }),
    outcome: 'error',
    says: /input 'model-version' must be an OCI tag/,
  },
  {
    mistake: 'a model name in capitals',
    step: 'deploy-model',
    setup: (ws) => void writeTrainedModel(ws),
    inputs: deploy({ 'model-name': 'Iris' }),
    outcome: 'error',
    says: /input 'model-name' must be an OCI repository name/,
  },
  {
    mistake: "a comparison made for another commit than the run's",
    step: 'deploy-model',
    setup: (ws) => {
      writeTrainedModel(ws);
      writeComparison(ws, 'cmp.json', [['accuracy', 'pass']], 'b'.repeat(40));
    },
    inputs: deploy({ environment: 'production', comparison: 'cmp.json' }),
    outcome: 'refusal',
    says: /input 'comparison': cmp\.json compared commit bbbbbbbbbbbb, but the run record is of aaaaaaaaaaaa/,
  },
  { mistake: 'a run record that is not there', step: 'deploy-model', inputs: deploy({ 'run-record': 'train/run.jsn' }), outcome: 'error', says: /run\.jsn/ },

  {
    mistake: 'promoting a run whose training failed, with a passing comparison',
    step: 'deploy-model',
    setup: (ws) => {
      writeTrainedModel(ws, { failed: 2 });
      writeComparison(ws, 'cmp.json', [['accuracy', 'pass']]);
    },
    inputs: deploy({ environment: 'production', comparison: 'cmp.json' }),
    outcome: 'refusal',
    says: /not promoted to production: the gate verdict is fail \(the run record's outcome\): training failed: exit 2/,
    outputs: { promoted: 'false', environment: '' },
  },
  {
    mistake: 'forcing a model past a failed gate',
    step: 'deploy-model',
    setup: (ws) => {
      writeTrainedModel(ws);
      writeComparison(ws, 'cmp.json', [['accuracy', 'fail']]);
    },
    inputs: deploy({ environment: 'production', comparison: 'cmp.json', force: 'true' }),
    outcome: 'warning',
    says: /forced past a failed gate: the gate verdict is fail/,
    outputs: { promoted: 'true', environment: 'production' },
  },
  {
    mistake: 'a failed gate without force',
    step: 'deploy-model',
    setup: (ws) => {
      writeTrainedModel(ws);
      writeComparison(ws, 'cmp.json', [['accuracy', 'fail']]);
    },
    inputs: deploy({ environment: 'production', comparison: 'cmp.json' }),
    outcome: 'refusal',
    says: /not promoted to production: the gate verdict is fail/,
    outputs: { promoted: 'false' },
  },

  // rollback
  {
    mistake: 'a query without a Prometheus to ask',
    step: 'rollback',
    inputs: rollback({ query: 'rate(errors[5m])' }),
    outcome: 'error',
    says: /input 'query' needs 'prometheus-url' \(watch mode\), got 'rate\(errors\[5m\]\)'/,
  },
  {
    mistake: 'watch mode without a query',
    step: 'rollback',
    inputs: rollback({ 'prometheus-url': 'http://prom:9090', threshold: '0.05' }),
    outcome: 'error',
    says: /input 'query' is required with 'prometheus-url'/,
  },
  {
    mistake: 'a threshold in words',
    step: 'rollback',
    inputs: rollback({ 'prometheus-url': 'http://prom:9090', query: 'up', threshold: 'five percent' }),
    outcome: 'error',
    says: /input 'threshold' must be a number, got 'five percent'/,
  },
  {
    mistake: 'checking more often than watching',
    step: 'rollback',
    inputs: rollback({ 'prometheus-url': 'http://prom:9090', query: 'up', threshold: '1', 'watch-for': '10s', 'watch-every': '1m' }),
    outcome: 'error',
    says: /input 'watch-every' must be at least 100ms and at most 'watch-for', got '1m'/,
  },
  {
    mistake: 'a misspelled input in with: (treshold)',
    step: 'rollback',
    inputs: rollback(),
    env: { INPUT_TRESHOLD: '0.1' },
    outcome: 'error',
    says: /^rollback: unknown input 'treshold' \(did you mean 'threshold'\?\)/,
  },
  {
    mistake: 'rolling back an environment never deployed',
    step: 'rollback',
    inputs: rollback(),
    outcome: 'refusal',
    says: /iris has never been deployed to production .*nothing to roll back/,
  },

  // setup-gpu-runner
  {
    mistake: 'GPU memory in words',
    step: 'setup-gpu-runner',
    inputs: { 'min-memory': '40 gigs' },
    outcome: 'error',
    says: /input 'min-memory' must be a size like 40GiB, 24GB or 16000MiB, got '40 gigs'/,
  },
  {
    mistake: 'a lifetime under a minute',
    step: 'setup-gpu-runner',
    inputs: { 'max-lifetime': '30s' },
    outcome: 'error',
    says: /input 'max-lifetime' must be at least 1m, got '30s'/,
  },
  {
    mistake: 'a negative number of GPUs to use',
    step: 'setup-gpu-runner',
    inputs: { count: '-1' },
    outcome: 'error',
    says: /input 'count' must be a whole number of at least 0, got '-1'/,
  },
  {
    mistake: 'a CUDA version in words',
    step: 'setup-gpu-runner',
    inputs: { 'min-cuda': 'twelve' },
    outcome: 'error',
    says: /input 'min-cuda' must be a version like 12\.2 or 535\.104\.05, got 'twelve'/,
  },
  {
    mistake: "a market misspelled ('spt')",
    step: 'setup-gpu-runner',
    inputs: { mode: 'provision', market: 'spt' },
    outcome: 'error',
    says: /input 'market' must be one of spot-or-on-demand, spot, on-demand, got 'spt'; did you mean 'spot'\?/,
  },
];

/** The workflow commands a run printed: `::error file=f,line=3::message`, decoded. */
function annotations(run: ActionRun): { kind: string; message: string }[] {
  const decode = (text: string) => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  return run.stdout
    .split(/\r?\n/)
    .map((line) => /^::(error|warning)(?: [^:]*)?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ kind: m[1] as string, message: decode(m[2] as string) }));
}

describe('the mistakes modelgate catches, through the runner contract on dist/', () => {
  it('holds at least 40 of them, across all six steps', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(MISTAKES.map((m) => m.step))).toEqual(new Set(['setup-gpu-runner', 'validate-data', 'train-model', 'compare-metrics', 'deploy-model', 'rollback']));
  });

  it.each(MISTAKES.map((m) => [`${m.step}: ${m.mistake}`, m] as const))('%s', async (_name, m) => {
    const ws = tempDir();
    if (m.files) writeFiles(ws, m.files);
    m.setup?.(ws);
    if (m.git) execFileSync('git', ['init', '-q'], { cwd: ws });
    const run = await runAction(m.step, { workspace: ws, inputs: m.inputs, env: m.env });
    const found = annotations(run);
    const kind = m.outcome === 'warning' ? 'warning' : 'error';
    expect(
      found.some((a) => a.kind === kind && m.says.test(a.message)),
      `${m.outcome} matching ${m.says} among:\n${found.map((a) => `${a.kind}: ${a.message}`).join('\n')}\n${run.stderr}`,
    ).toBe(true);
    // An error or a refusal fails the job; a warning never decides it.
    if (m.outcome !== 'warning') expect(run.exitCode).not.toBe(0);
    expect(run.stdout, 'no stack trace and no internal error').not.toMatch(/internal error|\n\s+at .*\(.*:\d+:\d+\)/);
    if (m.outputs) expect(run.outputs).toMatchObject(m.outputs);
  });
});
