import { join } from 'node:path';
import { formatDuration } from '../../core/duration.js';
import { messageOf } from '../../core/errors.js';
import { commandEnv, runCommand } from '../../core/process.js';
import { sleep } from '../../core/retry.js';
import type { Platform } from '../../platform/platform.js';

/** What the team's rollout and smoke test see of the version being deployed. */
export interface RolloutTarget {
  model: string;
  version: string;
  digest: string;
  environment: string;
  registry: string;
}

/** Runs one user command (bash, like a workflow `run:` step) with the target in its environment; a message when it failed. */
export async function runHook(
  platform: Platform,
  what: 'deploy-command' | 'smoke-test',
  command: string,
  target: RolloutTarget,
  timeoutMs: number,
  logDir: string,
): Promise<string | undefined> {
  platform.log.info(`deploy-model: running ${what}`);
  const env = commandEnv(process.env, {
    MODELGATE_MODEL: target.model,
    MODELGATE_VERSION: target.version,
    MODELGATE_DIGEST: target.digest,
    MODELGATE_ENVIRONMENT: target.environment,
    MODELGATE_REGISTRY: target.registry,
  });
  let result: Awaited<ReturnType<typeof runCommand>>;
  try {
    result = await runCommand(command, {
      cwd: platform.context.workspace,
      env,
      timeoutMs,
      graceMs: 5000,
      logFile: join(logDir, `${what}.log`),
      confineTo: platform.context.workspace,
      onOutput: (chunk) => platform.log.stream(chunk),
    });
  } catch (error) {
    // Runs after the environment was re-pointed: a hook that cannot start is a failed rollout (rolled back), not a crash.
    return `${what} could not run (${messageOf(error)})`;
  }
  if (result.timedOut) return `${what} did not finish within ${formatDuration(timeoutMs)}`;
  if (result.exitCode !== 0) return `${what} failed (${result.signal ? `signal ${result.signal}` : `exit ${result.exitCode}`})`;
  return undefined;
}

/**
 * An HTTP smoke test: GETs the URL until it answers `status` or the time is up (a new version may need
 * a moment to come up). Returns a message when it never did.
 */
export async function smokeUrl(url: string, status: number, timeoutMs: number, fetchImpl: typeof fetch = fetch): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const response = await fetchImpl(url, { redirect: 'manual', signal: AbortSignal.timeout(Math.max(1000, Math.min(10_000, deadline - Date.now()))) });
      await response.body?.cancel();
      if (response.status === status) return undefined;
      last = `status ${response.status}`;
    } catch (error) {
      last = (error as Error).name === 'TimeoutError' ? 'timed out' : `no connection (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
    }
    if (Date.now() + 1000 > deadline) return `smoke-test: ${redact(url)} answered ${last}, expected ${status} (for ${formatDuration(timeoutMs)})`;
    await sleep(1000);
  }
}

/** A URL without credentials or query (tokens hide there). */
function redact(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'the smoke-test URL';
  }
}
