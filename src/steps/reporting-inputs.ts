import { choice, list, secret, text } from '../core/input-kinds.js';

/** Every step can push its figures to a Prometheus Pushgateway. */
export const pushInputs = {
  'pushgateway-url': text({
    gitlabExpand: true,
    description:
      "Push this step's figures to a Prometheus Pushgateway (e.g. `http://pushgateway:9091`), grouped by model, environment and pipeline. Default: `monitoring.pushgateway-url` in `modelgate.yml`.",
  }),
  'pushgateway-job': text({
    default: 'modelgate',
    rule: [/^[A-Za-z0-9_.:-]{1,64}$/, 'may hold letters, digits and _ . : - (at most 64)'],
    description: 'The `job` label the figures are pushed under (what a PromQL `job=` selects), e.g. one per team sharing a Pushgateway.',
  }),
};

/** The steps that decide something (compare-metrics, deploy-model, rollback) can tell a chat channel. */
export const notifyInputs = {
  'notify-webhook': secret({ gitlabExpand: true, description: 'An incoming-webhook URL (Slack or Microsoft Teams) told about the events in `notify-on`. Keep it in a secret.' }),
  'notify-format': choice(['auto', 'slack', 'teams'], { default: 'auto', description: "The webhook's message format; `auto` goes by its host." }),
  'notify-on': list({
    default: 'fail, no-baseline, promote, rollback',
    description: 'Events that send a message: `pass`, `fail`, `no-baseline` (nothing to compare with), `promote`, `rollback`.',
  }),
};
