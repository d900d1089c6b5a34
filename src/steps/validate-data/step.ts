import { choice, custom, failOn, integer, list, text, yamlText } from '../../core/input-kinds.js';
import { pushInputs } from '../reporting-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** A delimiter as written (`\t` and `tab` for a tab): one character other than a quote or a line break. */
const delimiter = custom<string | undefined>({ description: 'CSV delimiter (default `,`; `\\t` for `.tsv`).' }, (t, c) => {
  const d = t === '\\t' || t === 'tab' ? '\t' : t;
  if (d !== undefined && (d.length !== 1 || d === '"' || d === '\n' || d === '\r')) throw c.fail('must be one character other than a quote or a line break (\\t for tab)', d);
  return d;
});

/** validate-data, declared once. */
export const step = declareStep({
  id: 'validate-data',
  title: 'Validate data',
  description: 'Checks data against a Frictionless Table Schema and dataset checks in one streaming pass in bounded memory, and tests drift against a reference profile.',
  inputs: {
    data: list({
      required: true,
      hint: 'data files or globs, e.g. data/*.csv',
      description: 'Data files or globs: CSV/TSV, JSON Lines, Parquet; `.gz` for gzip. One per line or comma-separated.',
    }),
    schema: text({ description: 'A Frictionless Table Schema (JSON or YAML) the data must follow. Default: `data.schema` in the config file.' }),
    checks: yamlText({
      description:
        'Dataset checks as YAML: `rows: {min, max}`, `null-fraction: {column: 0.01}`, `duplicate-rows: fail|warn`, `stats: {column: {mean: {min, max}}}`, `new-categories: {column: fail|warn}`, `drift: {column: {method, threshold}}`. Override `data.checks` in the config file.',
    }),
    config: text({
      default: 'modelgate.yml',
      description:
        'The modelgate config file; its `data:` section may hold `schema`, `checks` and `reference`. `modelgate.yml` may be absent; a file named here must exist. Checked against `modelgate.schema.json`: an unknown key or a wrong value fails the step.',
    }),
    reference: text({ description: 'A reference profile (written by mode `profile`) to test drift and new categories against.' }),
    mode: choice(['validate', 'profile', 'merge'], {
      default: 'validate',
      description: '`validate` the data; `profile` it (validate, then write a profile to use as a reference); `merge` the profiles listed in `data` (from shards) into one.',
    }),
    profile: text({ description: 'Where modes `profile` and `merge` write the profile (default: `<report>/profile.json`).' }),
    'fail-on': failOn({ description: 'What fails the job: `fail` (failed checks), `warn` (warnings too) or `never` (the older `error` and `warning` still work).' }),
    delimiter,
    'max-examples': integer({ min: 0, max: 9999, default: '10', description: 'Example rows kept per failed check (all failures are counted).' }),
    report: text({ default: 'modelgate-data', description: 'Folder (in the workspace) for the JSON report, the markdown report and the JUnit XML.' }),
    ...pushInputs,
  },
  config: ['data', 'monitoring'],
  outputs: {
    valid: '`true` when no check reached `fail-on`.',
    report: 'Path of the JSON report (frictionless-style: `valid`, `stats`, `errors`).',
    fingerprint: '`sha256:` content hash of the data files, for lineage.',
    rows: 'Rows read.',
    profile: 'Path of the profile written (modes `profile` and `merge`).',
    drifted: 'Columns that drifted, comma-separated.',
  },
  gitlab: {
    description:
      'modelgate validate-data: check data against a Frictionless Table Schema and dataset checks in one streaming pass, and test drift against a reference profile. The checks show in the MR widget (JUnit report).',
    stage: 'test',
    job: {
      artifacts: { when: 'always', paths: ['$[[ inputs.report ]]/'], reports: { dotenv: 'validate-data.env', junit: '$[[ inputs.report ]]/junit.xml' } },
      rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
    },
  },
});

/** The parsed inputs of validate-data. */
export type ValidateInputs = InputsOf<typeof step>;
