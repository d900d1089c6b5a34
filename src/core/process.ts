import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { confinePath, openNoFollow } from './files.js';
import { sleep } from './retry.js';
import { streamScrubber } from './secrets.js';

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
  /** This step was cancelled (SIGTERM/SIGINT) while the command ran. */
  cancelled: boolean;
  startedAt: string;
  finishedAt: string;
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
  /** The workspace the log must stay in: a committed symbolic link on its way is refused. */
  confineTo?: string;
  /** Live output (the job log). */
  onOutput: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  /** Called once when the timeout fires, before signals are sent. */
  onTimeout?: () => void;
}

/** The variable that marks every process of one command run. */
const RUN_MARK = 'MODELGATE_RUN_MARK';

/** Pids whose environment holds the mark (Linux: `/proc/<pid>/environ`, readable for our own processes). */
async function markedProcesses(mark: string): Promise<number[]> {
  const entry = Buffer.from(`${RUN_MARK}=${mark}\0`);
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  const found: number[] = [];
  for (const pid of pids) {
    const environ = await readFile(`/proc/${pid}/environ`).catch(() => undefined);
    if (environ && (environ.subarray(0, entry.length).equals(entry) || environ.includes(Buffer.concat([Buffer.from([0]), entry])))) found.push(Number(pid));
  }
  return found;
}

/** SIGTERM to every marked process, `graceMs` for a checkpoint, then SIGKILL to what is left. */
async function stopMarked(mark: string, graceMs: number): Promise<void> {
  const signal = (pids: number[], name: NodeJS.Signals) =>
    pids.filter((pid) => {
      try {
        process.kill(pid, name);
        return true;
      } catch {
        return false;
      }
    });
  let alive = signal(await markedProcesses(mark), 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive.length > 0 && Date.now() < deadline) {
    await sleep(50);
    alive = (await markedProcesses(mark)).filter((pid) => alive.includes(pid));
  }
  signal(alive, 'SIGKILL');
}

/**
 * Runs the user's training command the way a workflow's `run:` does (`bash -e -o pipefail -c`, the
 * command passed as one argument, never spliced into a shell string), in its own process group. The
 * step ends when the command exits, and nothing of its group outlives the step: whatever it left
 * running gets SIGTERM, `graceMs` for a checkpoint, then SIGKILL. The same happens on a timeout and
 * when this step is cancelled (a second cancel kills at once). Output streams live and to `logFile`.
 */
export async function runCommand(command: string, options: CommandOptions): Promise<CommandResult> {
  if (options.confineTo) await confinePath(options.confineTo, dirname(options.logFile), 'the log folder');
  await mkdir(dirname(options.logFile), { recursive: true });
  const log = createWriteStream('', { fd: openNoFollow(options.logFile, false) });
  const startedAt = new Date();
  // Every process the command starts inherits this mark, also one that left the group (`setsid`).
  const mark = randomBytes(8).toString('hex');
  const child = spawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], {
    cwd: options.cwd,
    env: { ...options.env, [RUN_MARK]: mark },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The command may print a secret it found (its parent's environment is readable to it): the log file
  // and the job log get its output scrubbed, each stream held back only as far as a secret could reach.
  const scrubbers = { stdout: streamScrubber(), stderr: streamScrubber() };
  const decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  const emit = (text: string, stream: 'stdout' | 'stderr') => {
    if (!text) return;
    log.write(text);
    options.onOutput(Buffer.from(text), stream);
  };
  const forward = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => emit(scrubbers[stream].push(decoders[stream].write(chunk)), stream);
  child.stdout.on('data', forward('stdout'));
  child.stderr.on('data', forward('stderr'));
  // Set up before anything is awaited: 'close' (all output read) may come right after 'exit'.
  const closed = new Promise((r) => child.once('close', r));
  const pgid = child.pid;
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    try {
      if (pgid) process.kill(-pgid, signal);
      return Boolean(pgid);
    } catch {
      return false; // no such group: everything in it has ended
    }
  };
  const stopGroup = async () => {
    signalGroup('SIGTERM');
    const deadline = Date.now() + options.graceMs;
    while (Date.now() < deadline && signalGroup(0)) await sleep(50);
    signalGroup('SIGKILL');
  };

  let timedOut = false;
  let cancelled = false;
  let stopping: Promise<void> | undefined;
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          options.onTimeout?.();
          stopping ??= stopGroup();
        }, options.timeoutMs);
  const onCancel = () => {
    if (cancelled) return void signalGroup('SIGKILL');
    cancelled = true;
    stopping ??= stopGroup();
  };
  const onExit = () => signalGroup('SIGKILL');
  process.on('SIGTERM', onCancel);
  process.on('SIGINT', onCancel);
  process.on('exit', onExit);

  const { code, signal, error } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (e) => resolve({ code: null, signal: null, error: e }));
    child.once('exit', (c, s) => resolve({ code: c, signal: s }));
  });
  clearTimeout(timer);
  // The leader is gone; what it started in the background must not outlive the step, in its group or
  // out of it (a `setsid` daemon has its own group, but still carries the mark in its environment).
  await (stopping ?? (signalGroup(0) ? stopGroup() : Promise.resolve()));
  await stopMarked(mark, options.graceMs);
  // A grandchild holding the pipes open must not hold the step for long, and the fallback timer must
  // not outlive the race either: a pending 2 s timer kept the process alive after every command.
  let fallback: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise((r) => (fallback = setTimeout(r, 2000)))]);
  clearTimeout(fallback);
  process.off('SIGTERM', onCancel);
  process.off('SIGINT', onCancel);
  process.off('exit', onExit);
  for (const stream of ['stdout', 'stderr'] as const) emit(scrubbers[stream].push(decoders[stream].end()) + scrubbers[stream].end(), stream);
  await new Promise<void>((resolve) => log.end(resolve));
  if (error) throw error;
  const finishedAt = new Date();
  return {
    exitCode: code,
    signal,
    timedOut,
    cancelled,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
  };
}
