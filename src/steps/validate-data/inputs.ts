import { Inputs, type InputSpec } from '../../core/inputs.js';
import type { Platform } from '../../platform/platform.js';
import { pushInputs } from '../reporting-inputs.js';
import type { StepMeta } from '../step.js';

const inputs: readonly InputSpec[] = [
  { name: 'data', kind: 'list', required: true, description: 'Data files or globs: CSV/TSV, JSON Lines, Parquet; `.gz` for gzip. One per line or comma-separated.' },
  { name: 'schema', kind: 'string', description: "A Frictionless Table Schema (JSON or YAML) the data must follow. Default: `data.schema` in the config file." },
  {
    name: 'checks',
    kind: 'yaml',
    description: 'Dataset checks as YAML: `rows: {min, max}`, `null-fraction: {column: 0.01}`, `duplicate-rows: fail|warn`, `stats: {column: {mean: {min, max}}}`, `new-categories: {column: fail|warn}`, `drift: {column: {method, threshold}}`. Override `data.checks` in the config file.',
  },
  { name: 'config', kind: 'string', default: 'modelgate.yml', description: 'The modelgate config file; its `data:` section may hold `schema`, `checks` and `reference`. Ignored when absent.' },
  { name: 'reference', kind: 'string', description: 'A reference profile (written by mode `profile`) to test drift and new categories against.' },
  {
    name: 'mode',
    kind: 'choice',
    default: 'validate',
    options: ['validate', 'profile', 'merge'],
    description: '`validate` the data; `profile` it (validate, then write a profile to use as a reference); `merge` the profiles listed in `data` (from shards) into one.',
  },
  { name: 'profile', kind: 'string', description: 'Where modes `profile` and `merge` write the profile (default: `<report>/profile.json`).' },
  { name: 'fail-on', kind: 'choice', default: 'error', options: ['error', 'warning', 'never'], description: 'What fails the job: errors, warnings too, or nothing.' },
  { name: 'delimiter', kind: 'string', description: 'CSV delimiter (default `,`; `\\t` for `.tsv`).' },
  { name: 'max-examples', kind: 'string', default: '10', description: 'Example rows kept per failed check (all failures are counted).' },
  { name: 'report', kind: 'string', default: 'modelgate-data', description: 'Folder (in the workspace) for the JSON report, the markdown report and the JUnit XML.' },
  ...pushInputs,
];

/** validate-data: inputs and outputs, listed once. */
export const meta: StepMeta = {
  id: 'validate-data',
  title: 'Validate data',
  description: 'Checks data against a Frictionless Table Schema and dataset checks in one streaming pass in bounded memory, and tests drift against a reference profile.',
  inputs,
  gitlabExpand: ['pushgateway-url'],
  outputs: [
    { name: 'valid', description: '`true` when no check reached `fail-on`.' },
    { name: 'report', description: 'Path of the JSON report (frictionless-style: `valid`, `stats`, `errors`).' },
    { name: 'fingerprint', description: '`sha256:` content hash of the data files, for lineage.' },
    { name: 'rows', description: 'Rows read.' },
    { name: 'profile', description: 'Path of the profile written (modes `profile` and `merge`).' },
    { name: 'drifted', description: 'Columns that drifted, comma-separated.' },
  ],
};

/** The parsed inputs of validate-data. */
export interface ValidateInputs {
  data: string[];
  schema?: string;
  checks?: string;
  config: string;
  reference?: string;
  mode: 'validate' | 'profile' | 'merge';
  profile?: string;
  failOn: 'error' | 'warning' | 'never';
  delimiter?: string;
  maxExamples: number;
  reportDir: string;
}

/** Reads and validates every input once. */
export function parseInputs(platform: Platform): ValidateInputs {
  const read = new Inputs(meta.id, meta.inputs, (name) => platform.input(name));
  const data = read.list('data');
  if (data.length === 0) throw read.error('data', 'is required: data files or globs, e.g. data/*.csv', undefined);
  const maxText = read.string('max-examples') as string;
  if (!/^\d{1,4}$/.test(maxText)) throw read.error('max-examples', 'must be a whole number from 0 to 9999', maxText);
  let delimiter = read.string('delimiter');
  if (delimiter === '\\t' || delimiter === 'tab') delimiter = '\t';
  if (delimiter !== undefined && (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')) throw read.error('delimiter', 'must be one character other than a quote or a line break (\\t for tab)', delimiter);
  return {
    data,
    schema: read.string('schema'),
    checks: read.string('checks'),
    config: read.string('config') as string,
    reference: read.string('reference'),
    mode: read.choice('mode'),
    profile: read.string('profile'),
    failOn: read.choice('fail-on'),
    delimiter,
    maxExamples: Number(maxText),
    reportDir: read.string('report') as string,
  };
}
