import { execFileSync } from 'node:child_process';
import type { InputSource } from '../core/inputs.js';
import type { Context, Logger, Platform } from './platform.js';

/**
 * Logs to stderr (stdout carries outputs as JSON), with `file:line` before annotated messages.
 * Control characters other than the GitLab section markers are stripped so that text from a
 * repository cannot drive the terminal.
 */
export function consoleLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const write = (prefix: string, message: string) => process.stderr.write(`${prefix}${message}\n`);
  const at = (l?: { file: string; line?: number }) => (l ? `${l.file}${l.line ? `:${l.line}` : ''}: ` : '');
  return {
    info: (m) => write('', m),
    warning: (m, l) => write('warning: ', at(l) + m),
    error: (m, l) => write('error: ', at(l) + m),
    debug: (m) => {
      if (env.MODELGATE_DEBUG === '1' || env.RUNNER_DEBUG === '1' || env.CI_DEBUG_TRACE === 'true') write('debug: ', m);
    },
  };
}

/**
 * The local adapter: inputs from flags and `MODELGATE_*` variables, the report on the terminal,
 * outputs as one JSON object on stdout. Comments and statuses have nowhere to go and are skipped.
 */
export function createLocalPlatform(inputs: InputSource, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Platform {
  const outputs: Record<string, string> = {};
  const log = consoleLogger(env);
  const context: Context = {
    platform: 'local',
    workspace: cwd,
    sha: gitOrUndefined(cwd, ['rev-parse', 'HEAD']),
    ref: gitOrUndefined(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
    defaultBaseRef: env.MODELGATE_BASE_REF || defaultBranch(cwd),
    pipeline: 'local',
  };
  return {
    context,
    log,
    input: inputs,
    setOutput: (name, value) => void (outputs[name] = value),
    mask: () => undefined,
    async summary(report) {
      log.info(report.text);
    },
    async upsertComment() {
      throw new Error('the local platform has no pull request to comment on');
    },
    async setStatus() {},
    async finish() {
      process.stdout.write(`${JSON.stringify(outputs)}\n`);
    },
  };
}

function gitOrUndefined(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

function defaultBranch(cwd: string): string | undefined {
  const remoteHead = gitOrUndefined(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (remoteHead) return remoteHead;
  for (const name of ['main', 'master']) if (gitOrUndefined(cwd, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`])) return name;
  return undefined;
}

