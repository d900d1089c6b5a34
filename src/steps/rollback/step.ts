import { choice, duration, environment, flag, number, secret, text } from '../../core/input-kinds.js';
import { deploymentTokenInput, registryInputs } from '../registry-inputs.js';
import { notifyInputs, pushInputs } from '../reporting-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** rollback, declared once. */
export const step = declareStep({
  id: 'rollback',
  title: 'Roll back model',
  description: 'Puts an environment back on an earlier version in one step (or when a Prometheus query breaches during a watch), recorded in its history like a promotion.',
  inputs: {
    ...registryInputs,
    environment: environment({ required: true, alias: 'env', hint: 'the environment to roll back, e.g. production', description: 'The environment to roll back (`production`).' }),
    to: text({
      gitlabExpand: true,
      description: 'A version tag or `sha256:` digest to go back to. Default: the newest earlier version in the environment that was not itself rolled back.',
    }),
    'dry-run': flag({ default: 'false', description: 'Show what would happen; change nothing.' }),
    reason: text({ gitlabExpand: true, description: 'Why, in words, kept in the deployment record.' }),
    'prometheus-url': text({
      rule: [/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL of a Prometheus server'],
      description: 'Watch mode: the Prometheus server to ask (e.g. `http://prometheus:9090`). The environment is rolled back only if `query` breaches `threshold`.',
    }),
    query: text({ description: 'Watch mode: a PromQL query that returns one number, e.g. an error rate or p95 latency of the new model.' }),
    threshold: number({ description: 'Watch mode: the value the query must stay under (or over, with `breach-when: below`).' }),
    'breach-when': choice(['above', 'below'], {
      default: 'above',
      description: 'Watch mode: a value above (error rate, latency) or below (accuracy, throughput) the threshold is a breach.',
    }),
    'watch-for': duration({ default: '10m', description: 'Watch mode: how long to watch after a deploy (`90s`, `10m`).' }),
    'watch-every': duration({ default: '15s', description: 'Watch mode: how often to evaluate the query.' }),
    'prometheus-token': secret({ description: 'Watch mode: a bearer token for Prometheus, when it needs one.' }),
    ...deploymentTokenInput,
    ...pushInputs,
    ...notifyInputs,
  },
  config: ['monitoring'],
  check: (v, fail) => {
    if (!v.prometheusUrl) {
      if (v.query) throw fail('query', "needs 'prometheus-url' (watch mode)", v.query);
      if (v.threshold !== undefined) throw fail('threshold', "needs 'prometheus-url' (watch mode)", String(v.threshold));
      return;
    }
    if (!v.query) throw fail('query', "is required with 'prometheus-url': a PromQL query returning one number");
    if (v.threshold === undefined) throw fail('threshold', "is required with 'prometheus-url': a number");
    if (v.watchEvery < 100 || v.watchEvery > v.watchFor) throw fail('watch-every', "must be at least 100ms and at most 'watch-for'");
  },
  outputs: {
    'rolled-back': '`true` when the environment was re-pointed.',
    'from-digest': 'What the environment pointed at before.',
    digest: 'What it points at now (or would, with `dry-run`).',
    version: 'The version it points at now (or would).',
    record: "The deployment record's digest.",
    breached: 'Watch mode: `true` when the query breached its threshold.',
    value: 'Watch mode: the last value the query returned.',
  },
  gitlab: {
    description:
      "modelgate rollback: put an environment back on an earlier version in one step, or watch a Prometheus query after a deploy and roll back when it breaches; recorded in the environment's history like a promotion.",
    stage: 'deploy',
    job: {
      resource_group: 'modelgate-$[[ inputs.model-name ]]-$[[ inputs.environment ]]',
      environment: { name: '$[[ inputs.environment ]]', action: 'start' },
      artifacts: { when: 'always', paths: ['.modelgate/'], reports: { dotenv: 'rollback.env' } },
      rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
    },
  },
});

/** The parsed inputs of rollback. */
export type RollbackInputs = InputsOf<typeof step>;
