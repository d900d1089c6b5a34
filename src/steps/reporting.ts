import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messageOf } from '../core/errors.js';
import { splitList } from '../core/inputs.js';
import type { Platform } from '../platform/platform.js';
import type { StepResult } from './step.js';

/**
 * After a step: pushes its figures (and its duration) to the Pushgateway and tells the chat channel,
 * when the inputs or `modelgate.yml` ask for it. Monitoring never decides a job's outcome: any failure
 * here is a warning. The libraries load only when used.
 */
export async function reportOutcome(platform: Platform, step: string, result: StepResult, seconds: number): Promise<void> {
  const url = platform.input('pushgateway-url')?.trim() || (await configuredPushgateway(platform.context.workspace));
  const webhook = platform.input('notify-webhook')?.trim();
  if (url) await push(platform, step, result, seconds, url).catch((error: unknown) => platform.log.warning(`${step}: could not push figures to the Pushgateway: ${messageOf(error)}`));
  if (webhook && result.notice) {
    const on = splitList(platform.input('notify-on') ?? 'fail, no-baseline, promote, rollback');
    if (on.includes(result.notice.event)) await tell(platform, webhook, result).catch((error: unknown) => platform.log.warning(`${step}: could not notify the chat webhook: ${messageOf(error)}`));
  }
}

async function push(platform: Platform, step: string, result: StepResult, seconds: number, url: string): Promise<void> {
  const [{ pushMetrics }, { stepDurationSample, pushTimeSample }] = await Promise.all([import('../monitoring/pushgateway.js'), import('../monitoring/series.js')]);
  const { context } = platform;
  const model = platform.input('model-name')?.trim() || context.repository?.split('/').pop() || 'default';
  const labels = { model, environment: platform.input('environment')?.trim() || 'none', pipeline: context.pipeline, step };
  const samples = [...(result.samples ?? []), stepDurationSample(step, seconds), pushTimeSample()];
  await pushMetrics(url, { job: 'modelgate', labels }, samples);
  platform.log.info(`${step}: pushed ${samples.length} figures to the Pushgateway`);
}

async function tell(platform: Platform, url: string, result: StepResult): Promise<void> {
  const { notify } = await import('../monitoring/notify.js');
  const format = platform.input('notify-format')?.trim();
  const { context } = platform;
  const message = result.notice!.message;
  const links = [...message.links];
  if (context.runUrl) links.push({ text: 'CI run', url: context.runUrl });
  await notify({ url, format: format === 'slack' || format === 'teams' ? format : undefined }, { ...message, links });
}

/** `monitoring.pushgateway-url` in the workspace's `modelgate.yml`, read only when the file mentions it. */
async function configuredPushgateway(workspace: string): Promise<string | undefined> {
  const text = await readFile(join(workspace, 'modelgate.yml'), 'utf8').catch(() => '');
  if (!text.includes('pushgateway-url')) return undefined;
  const { parseYaml } = await import('../core/yaml.js');
  const { doc } = await parseYaml(text, 'modelgate.yml');
  const value = doc.getIn(['monitoring', 'pushgateway-url']);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
