import { choice, list, text, yamlText } from '../../core/input-kinds.js';
import { declareStep, type InputsOf } from '../step.js';

/** `modelgate calibrate`, declared once: a CLI command (no action, no GitLab component). */
export const step = declareStep({
  id: 'calibrate',
  title: 'Calibrate the gate',
  description:
    "Measures each metric's run-to-run noise from repeated runs of one commit (A/A), the false-alarm rate of the current rules on them, and the allowance a no-op change exceeds only 5 % of the time.",
  usage: 'modelgate calibrate --runs "runs/*/run.json" [--config modelgate.yml] [--rules <yaml>] [--format table|markdown|json]',
  inputs: {
    runs: list({
      required: true,
      hint: 'the run records (or metric files) of repeated runs of one commit, e.g. --runs "runs/*/run.json"',
      description: 'Run records or metric files of repeated runs of one commit (other seeds, other runners), at least 3; each file is one run.',
    }),
    config: text({ default: 'modelgate.yml', description: 'The modelgate config file whose `metrics:` rules are calibrated; `modelgate.yml` may be absent.' }),
    rules: yamlText({ description: 'Rules per metric as YAML, overriding the config file (as compare-metrics takes them).' }),
    format: choice(['table', 'markdown', 'json'], { default: 'table', description: 'How to print it.' }),
  },
  config: ['metrics'],
  outputs: {},
});

/** The parsed inputs of `modelgate calibrate`. */
export type CalibrateInputs = InputsOf<typeof step>;
