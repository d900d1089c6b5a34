import type { ConfigFile } from '../core/config.js';
import { messageOf } from '../core/errors.js';
import type { Platform } from '../platform/platform.js';
import type { StepResult } from './step.js';

/** The reporting inputs a step may have (see `reporting-inputs.ts`), as the entry parsed them. */
interface ReportingValues {
  pushgatewayUrl?: string;
  pushgatewayJob?: string;
  notifyWebhook?: string;
  notifyFormat?: 'auto' | 'slack' | 'teams';
  notifyOn?: string[];
  modelName?: string;
  environment?: string;
}

/**
 * After a step: pushes its figures (and its duration) to the Pushgateway and tells the chat channel,
 * when the inputs or `modelgate.yml` ask for it. Monitoring never decides a job's outcome: any failure
 * here is a warning. The libraries load only when used.
 */
export async function reportOutcome(platform: Platform, step: string, result: StepResult, seconds: number, inputs: ReportingValues, config: ConfigFile): Promise<void> {
  const url = inputs.pushgatewayUrl || (await configuredPushgateway(config, platform));
  if (url)
    await push(platform, step, result, seconds, url, inputs).catch((error: unknown) =>
      platform.log.warning(`${step}: could not push figures to the Pushgateway: ${messageOf(error)}`),
    );
  if (inputs.notifyWebhook && result.notice) {
    const on = inputs.notifyOn ?? ['fail', 'no-baseline', 'promote', 'rollback'];
    if (on.includes(result.notice.event))
      await tell(platform, inputs.notifyWebhook, result, inputs.notifyFormat).catch((error: unknown) =>
        platform.log.warning(`${step}: could not notify the chat webhook: ${messageOf(error)}`),
      );
  }
}

async function push(platform: Platform, step: string, result: StepResult, seconds: number, url: string, inputs: ReportingValues): Promise<void> {
  const [{ pushMetrics }, { stepDurationSample, pushTimeSample }] = await Promise.all([import('../monitoring/pushgateway.js'), import('../monitoring/series.js')]);
  const { context } = platform;
  const model = inputs.modelName || context.repository?.split('/').pop() || 'default';
  const labels = { model, environment: inputs.environment || 'none', pipeline: context.pipeline, step };
  const samples = [...(result.samples ?? []), stepDurationSample(step, seconds), pushTimeSample()];
  await pushMetrics(url, { job: inputs.pushgatewayJob ?? 'modelgate', labels }, samples);
  platform.log.info(`${step}: pushed ${samples.length} figures to the Pushgateway`);
}

async function tell(platform: Platform, url: string, result: StepResult, format: ReportingValues['notifyFormat']): Promise<void> {
  const { notify } = await import('../monitoring/notify.js');
  const { context } = platform;
  const message = result.notice!.message;
  const links = [...message.links];
  if (context.runUrl) links.push({ text: 'CI run', url: context.runUrl });
  await notify({ url, format: format === 'slack' || format === 'teams' ? format : undefined }, { ...message, links });
}

/** `monitoring.pushgateway-url` in the config file, parsed only when the file mentions it. */
async function configuredPushgateway(config: ConfigFile, platform: Platform): Promise<string | undefined> {
  if (!config.text?.includes('pushgateway-url')) return undefined;
  const monitoring = await config.section('monitoring').catch((error: unknown) => platform.log.warning(`${messageOf(error)}`));
  const value = (monitoring as { get?: (key: string) => unknown } | undefined)?.get?.('pushgateway-url');
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
