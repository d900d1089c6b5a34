import { failOn, flag, integer, list, secret, text, yamlText } from '../../core/input-kinds.js';
import { optionalRegistryInputs } from '../registry-inputs.js';
import { notifyInputs, pushInputs } from '../reporting-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** compare-metrics, declared once. */
export const step = declareStep({
  id: 'compare-metrics',
  title: 'Compare metrics',
  description: "Diffs a candidate's metrics against a baseline (the PR's merge-base by default), gates them on per-metric rules, and posts one sticky PR/MR comment.",
  inputs: {
    metrics: list({
      required: true,
      requiredUnless: 'publish',
      hint: 'list the metric files or globs, e.g. metrics.json',
      description: 'Metric files or globs of the candidate (JSON, YAML, CSV, `dvc.yaml`, DVCLive, run records), one per line or comma-separated.',
    }),
    baseline: text({
      default: 'merge-base',
      description:
        'What to compare with: `merge-base` (the run train-model recorded for the PR/MR merge-base, or for its nearest recorded ancestor, else the metric files committed there), `ref:<git ref>` (the same, at that ref), `file:<paths or globs>`, `env:<environment>` (the model deployed there), or `none` (absolute bounds only). Nothing found is the verdict `no-baseline`, never `pass` (`fail-on: warn` fails the job on it).',
    }),
    'baseline-depth': integer({
      min: 0,
      max: 9999,
      default: '100',
      description: 'How many first-parent ancestors of the baseline commit may stand in for it when no run is recorded for it (one registry request each).',
    }),
    predictions: text({
      description:
        "The candidate's per-example predictions on the eval set (CSV, JSON Lines or Parquet; columns `id`, `label`, `prediction`, `score`, `prob.<class>`, `value`, `weight`, `cluster`), for rules with `test:` (paired tests of the candidate against the baseline on the same examples).",
    }),
    'baseline-predictions': text({
      description:
        "The baseline's predictions on the same examples, for rules with `test:`. By default the predictions recorded with the baseline run (train-model's `predictions` input).",
    }),
    'trend-runs': integer({
      min: 0,
      max: 50,
      default: '10',
      description:
        'How many runs recorded along the default branch (before the baseline, it included) the report draws as a trend of each gated metric, with the candidate; `0` draws none. Needs `model-name` and a baseline that is a recorded run.',
    }),
    plots: list({
      description:
        "Training curves for the report: DVCLive's `plots/metrics` files (`.tsv`, `.json`), its ROC and precision-recall files, or a `dvc.yaml` whose `plots:` name them; drawn as Mermaid charts.",
    }),
    confusion: text({
      description:
        'A confusion matrix file (DVCLive `confusion_matrix.json`, or a CSV or JSON matrix with class names) for the report. By default the matrix is computed from `predictions` when they hold labels.',
    }),
    'report-extra': text({
      description:
        'A file whose Mermaid blocks (or the whole file, for `.mmd`) are placed in a section of the report; its other lines are shown as plain text (a pull request writes it, so it adds no links, images or HTML).',
    }),
    rules: yamlText({ description: 'Rules per metric as YAML, e.g. `accuracy: {better: higher, min: 0.9, max-drop: 1%}`; override `metrics:` in the config file.' }),
    config: text({
      default: 'modelgate.yml',
      description:
        'The modelgate config file; its `metrics:` section holds rules. `modelgate.yml` may be absent; a file named here must exist. Checked against `modelgate.schema.json`: an unknown key or a wrong value fails the step.',
    }),
    'fail-on': failOn({ description: 'The verdict that fails the job: `fail`, `warn` (warnings too) or `never`.' }),
    comment: flag({ default: 'true', description: 'Post or update one sticky comment on the pull/merge request.' }),
    status: flag({ default: 'true', only: 'github', description: 'Set the commit status `modelgate/compare-metrics` (with `id`) for branch protection.' }),
    id: text({
      rule: [/^[A-Za-z0-9._-]{1,64}$/, 'may hold letters, digits, dot, dash and underscore (at most 64)'],
      description: 'Distinguishes several comparisons in one workflow (its own comment and status).',
    }),
    title: text({ default: 'Model metrics', description: 'Heading of the report.' }),
    report: text({ default: 'modelgate-report', description: 'Folder (in the workspace) for the markdown report and the comparison JSON.' }),
    // For `baseline: env:<name>` and recorded runs: the model store, as deploy-model has it (model-name optional here).
    ...optionalRegistryInputs(
      "The model whose recorded runs (`merge-base`, `ref:`) or deployed version (`env:`) is the baseline; the same as train-model's and deploy-model's. Without it only committed metric files can be a baseline.",
    ),
    publish: text({
      only: 'github',
      description: 'Post a report saved by a fork PR run (the folder of its `report` artifact) from a `workflow_run` workflow, instead of comparing.',
    }),
    token: secret({
      githubDefault: '${{ github.token }}',
      only: 'github',
      description:
        'API token for the comment and status. GitLab: a project access token with `api` scope in the masked variable `MODELGATE_TOKEN` (CI_JOB_TOKEN cannot post notes).',
    }),
    ...pushInputs,
    ...notifyInputs,
  },
  config: ['metrics', 'monitoring'],
  outputs: {
    verdict: '`pass`, `warn`, `fail`, or `no-baseline` (nothing to compare with: only absolute bounds were checked).',
    passed: '`true` unless the verdict reached `fail-on`.',
    report: 'Path of the markdown report.',
    comparison: 'Path of the comparison as JSON (what a `workflow_run` job posts for a fork PR).',
    'comment-url': 'URL of the sticky comment, when one was posted.',
  },
  gitlab: {
    description:
      "modelgate compare-metrics: diff a candidate's metrics against the MR's merge-base, gate them on per-metric rules, and post one sticky MR note. Needs a project access token (scope api) in the masked CI/CD variable MODELGATE_TOKEN for the note.",
    stage: 'test',
    job: {
      artifacts: { when: 'always', paths: ['$[[ inputs.report ]]/'], reports: { dotenv: 'compare-metrics.env', metrics: 'metrics.txt' } },
      rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
    },
  },
});

/** The parsed inputs of compare-metrics. */
export type CompareInputs = InputsOf<typeof step>;
