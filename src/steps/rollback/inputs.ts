import { parseDuration } from '../../core/duration.js';
import { Inputs, type InputSpec } from '../../core/inputs.js';
import type { Platform } from '../../platform/platform.js';
import { readEnvironment } from '../deploy-model/inputs.js';
import { deploymentTokenInput, registryInputs, readRegistryInputs, type RegistryInputs } from '../registry-inputs.js';
import { notifyInputs, pushInputs } from '../reporting-inputs.js';
import type { StepMeta } from '../step.js';

const inputs: readonly InputSpec[] = [
  ...registryInputs,
  { name: 'environment', kind: 'string', required: true, description: 'The environment to roll back (`production`).' },
  { name: 'to', kind: 'string', description: 'A version tag or `sha256:` digest to go back to. Default: the newest earlier version in the environment that was not itself rolled back.' },
  { name: 'dry-run', kind: 'boolean', default: 'false', description: 'Show what would happen; change nothing.' },
  { name: 'reason', kind: 'string', description: 'Why, in words, kept in the deployment record.' },
  { name: 'prometheus-url', kind: 'string', description: 'Watch mode: the Prometheus server to ask (e.g. `http://prometheus:9090`). The environment is rolled back only if `query` breaches `threshold`.' },
  { name: 'query', kind: 'string', description: 'Watch mode: a PromQL query that returns one number, e.g. an error rate or p95 latency of the new model.' },
  { name: 'threshold', kind: 'string', description: 'Watch mode: the value the query must stay under (or over, with `breach-when: below`).' },
  { name: 'breach-when', kind: 'choice', default: 'above', options: ['above', 'below'], description: 'Watch mode: a value above (error rate, latency) or below (accuracy, throughput) the threshold is a breach.' },
  { name: 'watch-for', kind: 'string', default: '10m', description: 'Watch mode: how long to watch after a deploy (`90s`, `10m`).' },
  { name: 'watch-every', kind: 'string', default: '15s', description: 'Watch mode: how often to evaluate the query.' },
  { name: 'prometheus-token', kind: 'string', secret: true, description: 'Watch mode: a bearer token for Prometheus, when it needs one.' },
  deploymentTokenInput,
  ...pushInputs,
  ...notifyInputs,
];

/** rollback: inputs and outputs, listed once. */
export const meta: StepMeta = {
  id: 'rollback',
  title: 'Roll back model',
  description: 'Puts an environment back on an earlier version in one step (or when a Prometheus query breaches during a watch), recorded in its history like a promotion.',
  inputs,
  gitlabExpand: ['registry', 'registry-username', 'registry-password', 'pushgateway-url', 'notify-webhook'],
  outputs: [
    { name: 'rolled-back', description: '`true` when the environment was re-pointed.' },
    { name: 'from-digest', description: 'What the environment pointed at before.' },
    { name: 'digest', description: 'What it points at now (or would, with `dry-run`).' },
    { name: 'version', description: 'The version it points at now (or would).' },
    { name: 'record', description: "The deployment record's digest." },
    { name: 'breached', description: 'Watch mode: `true` when the query breached its threshold.' },
    { name: 'value', description: 'Watch mode: the last value the query returned.' },
  ],
};

/** Watch mode settings, present when `prometheus-url` is set. */
export interface WatchInputs {
  url: string;
  query: string;
  threshold: number;
  above: boolean;
  forMs: number;
  everyMs: number;
  token?: string;
}

/** The parsed inputs of rollback. */
export interface RollbackInputs extends RegistryInputs {
  environment: string;
  to?: string;
  dryRun: boolean;
  reason?: string;
  watch?: WatchInputs;
  token?: string;
}

/** Reads and validates every input once. */
export function parseInputs(platform: Platform): RollbackInputs {
  const read = new Inputs(meta.id, meta.inputs, (name) => platform.input(name));
  const token = read.string('token');
  if (token) platform.mask(token);
  const environment = readEnvironment(read);
  if (!environment) throw read.error('environment', 'is required: the environment to roll back, e.g. production', undefined);
  return { ...readRegistryInputs(read, platform), environment, to: read.string('to'), dryRun: read.boolean('dry-run'), reason: read.string('reason'), watch: readWatch(read, platform), token };
}

function readWatch(read: Inputs, platform: Platform): WatchInputs | undefined {
  const url = read.string('prometheus-url');
  if (!url) {
    for (const name of ['query', 'threshold']) if (read.string(name)) throw read.error(name, "needs 'prometheus-url' (watch mode)", read.string(name));
    return undefined;
  }
  if (!/^https?:\/\/[^\s]+$/i.test(url)) throw read.error('prometheus-url', 'must be an http(s) URL of a Prometheus server', url);
  const query = read.string('query');
  if (!query) throw read.error('query', "is required with 'prometheus-url': a PromQL query returning one number", undefined);
  const thresholdText = read.string('threshold');
  const threshold = Number(thresholdText);
  if (thresholdText === undefined || !Number.isFinite(threshold)) throw read.error('threshold', "is required with 'prometheus-url': a number", thresholdText);
  const token = read.string('prometheus-token');
  if (token) platform.mask(token);
  const forMs = parseDuration(read.string('watch-for') as string, "rollback: input 'watch-for'");
  const everyMs = parseDuration(read.string('watch-every') as string, "rollback: input 'watch-every'");
  if (everyMs < 100 || everyMs > forMs) throw read.error('watch-every', "must be at least 100ms and at most 'watch-for'", read.string('watch-every'));
  return { url, query, threshold, above: read.choice('breach-when') === 'above', forMs, everyMs, token };
}
