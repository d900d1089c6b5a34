import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExternalError, messageOf, UserError } from '../core/errors.js';
import type { Platform } from '../platform/platform.js';
import { STEPS } from '../steps/index.js';

/** How a step run ended, for the entry to turn into an exit code. */
export interface Outcome {
  exitCode: number;
}

/**
 * Runs one step on a platform: the one place that catches. A {@link UserError} or
 * {@link ExternalError} is reported as a message (with file and line when known); anything else is a
 * bug, reported with its stack in the debug log only.
 */
export async function runOn(id: string, makePlatform: () => Platform | Promise<Platform>, phase: 'main' | 'post' = 'main'): Promise<Outcome> {
  let platform: Platform | undefined;
  try {
    const step = STEPS[id];
    if (!step) throw new UserError(`unknown step '${id}'; the steps are: ${Object.keys(STEPS).join(', ')}`);
    const load = phase === 'post' ? step.loadPost : step.load;
    if (!load) throw new Error(`${id} has no post step`);
    // Both chunks load at once; the step's code does not wait for the adapter's.
    const [made, runStepCode] = await Promise.all([makePlatform(), load()]);
    platform = made;
    // Secrets are hidden before the step can log anything, whichever step reads them.
    for (const spec of step.meta.inputs) {
      const secret = spec.secret ? platform.input(spec.name)?.trim() : undefined;
      if (secret) platform.mask(secret);
    }
    const started = performance.now();
    const result = await runStepCode(platform);
    if (phase === 'main' && wantsReporting(platform)) await (await import('../steps/reporting.js')).reportOutcome(platform, id, result, (performance.now() - started) / 1000);
    await platform.finish();
    if (result.failure) {
      platform.log.error(result.failure);
      return { exitCode: result.exitCode || 1 };
    }
    return { exitCode: 0 };
  } catch (error) {
    const log = platform?.log;
    const report = (message: string, location?: UserError['location']) => (log ? log.error(message, location) : process.stderr.write(`error: ${message}\n`));
    // Messages name their file and line themselves; the location also becomes a GitHub annotation.
    if (error instanceof UserError) report(error.message, error.location);
    else if (error instanceof ExternalError) report(`${error.message}${error.retrySafe ? ' (safe to re-run)' : ''}`);
    else {
      report(`${id}: internal error: ${messageOf(error)}. Please report this with the debug log.`);
      const stack = error instanceof Error ? (error.stack ?? '') : '';
      if (log) log.debug(stack);
    }
    await platform?.finish().catch(() => undefined);
    return { exitCode: 1 };
  }
}

/** Whether the inputs or `modelgate.yml` ask for a Pushgateway or a webhook: only then is that code loaded. */
function wantsReporting(platform: Platform): boolean {
  if (platform.input('pushgateway-url')?.trim() || platform.input('notify-webhook')?.trim()) return true;
  try {
    return readFileSync(join(platform.context.workspace, 'modelgate.yml'), 'utf8').includes('pushgateway-url');
  } catch {
    return false;
  }
}

/** Runs a step as a GitHub Action (what `dist/<id>.js` and `dist/<id>-post.js` call). Sets the process exit code. */
export async function runStep(id: string, phase: 'main' | 'post' = 'main'): Promise<void> {
  const outcome = await runOn(id, async () => (await import('../platform/github.js')).createGitHubPlatform(), phase);
  process.exitCode = outcome.exitCode;
}
