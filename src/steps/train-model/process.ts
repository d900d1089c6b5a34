import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The command's environment: this step's minus what only the step should hold. The Actions runtime and
 * OIDC tokens (an Action gets them, a `run:` step does not: with them, code could write the cache other
 * runs restore), the step's own inputs (its API token among them), and modelgate's settings.
 */
export function commandEnv(env: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^(INPUT_|MODELGATE_|STATE_)/.test(name)) continue;
    if (/^ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL|CACHE_URL|RESULTS_URL|CACHE_SERVICE_V2)$/.test(name)) continue;
    out[name] = value;
  }
  return { ...out, ...extra };
}

/** How the training command ended. */
export interface CommandResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  durationMs: number;
}

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Stop the command after this long; undefined for no limit. */
  timeoutMs?: number;
  /** Between SIGTERM and SIGKILL: time for the command to write a checkpoint. */
  graceMs: number;
  /** Every byte of output is also appended here. */
  logFile: string;
  /** Live output (the job log). */
  onOutput: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  /** Called once when the timeout fires, before signals are sent. */
  onTimeout?: () => void;
}

/**
 * Runs the user's training command the way a workflow's `run:` does (`bash -e -o pipefail -c`, the
 * command passed as one argument, never spliced into a shell string), in its own process group so a
 * timeout stops everything it started: SIGTERM to the group, `graceMs` for a checkpoint, then SIGKILL.
 * Output streams live and to `logFile`. Resolves when the command and its output have ended.
 */
export async function runCommand(command: string, options: CommandOptions): Promise<CommandResult> {
  await mkdir(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'w' });
  const started = performance.now();
  const child = spawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    log.write(chunk);
    options.onOutput(chunk, stream);
  };
  child.stdout.on('data', forward('stdout'));
  child.stderr.on('data', forward('stderr'));

  let timedOut = false;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      /* the group is gone already */
    }
  };
  let killTimer: NodeJS.Timeout | undefined;
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          options.onTimeout?.();
          signalGroup('SIGTERM');
          killTimer = setTimeout(() => signalGroup('SIGKILL'), options.graceMs);
        }, options.timeoutMs);
  // If this step itself is cancelled, the command must not outlive it.
  const onCancel = (signal: NodeJS.Signals) => signalGroup(signal);
  process.once('SIGTERM', onCancel);
  process.once('SIGINT', onCancel);

  const { code, signal, error } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (e) => resolve({ code: null, signal: null, error: e }));
    child.once('close', (c, s) => resolve({ code: c, signal: s }));
  });
  clearTimeout(timer);
  if (timedOut) {
    // The leader exited; anything it left in the group still gets the grace period, then SIGKILL.
    await new Promise((r) => setTimeout(r, Math.min(options.graceMs, 200)));
    signalGroup('SIGKILL');
  }
  clearTimeout(killTimer);
  process.off('SIGTERM', onCancel);
  process.off('SIGINT', onCancel);
  await new Promise<void>((resolve) => log.end(resolve));
  if (error) throw error;
  return { exitCode: code, signal, timedOut, durationMs: Math.round(performance.now() - started) };
}
