import { execFileSync } from 'node:child_process';
import { closeSync, writeSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openNoFollow } from '../core/files.js';
import type { InputSource } from '../core/inputs.js';
import type { Context, Logger, Platform } from './platform.js';

/**
 * Logs to stderr (stdout carries outputs as JSON). Messages name their own file and line. Control
 * characters but line breaks are replaced, so text from a repository cannot drive the terminal.
 */
export function consoleLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const write = (prefix: string, message: string) => process.stderr.write(`${prefix}${message.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '?')}\n`);
  return {
    info: (m) => write('', m),
    warning: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
    // stderr: on the local platform stdout carries only the outputs' JSON.
    stream: (chunk) => void process.stderr.write(chunk),
    debug: (m) => {
      if (env.MODELGATE_DEBUG === '1' || env.RUNNER_DEBUG === '1' || env.CI_DEBUG_TRACE === 'true') write('debug: ', m);
    },
  };
}

/**
 * Appends `export NAME='value'` to the job's export file (`MODELGATE_EXPORT_FILE`, default
 * `modelgate.env.sh` in the workspace), which later commands of the same job `source`: a program cannot
 * change its parent shell's environment.
 */
export function appendExport(workspace: string, env: NodeJS.ProcessEnv, name: string, value: string): string {
  const file = env.MODELGATE_EXPORT_FILE || join(workspace, 'modelgate.env.sh');
  const fd = openNoFollow(file, true);
  try {
    writeSync(fd, `export ${name}='${value.replace(/'/g, `'\\''`)}'\n`);
  } finally {
    closeSync(fd);
  }
  return file;
}

/**
 * The local adapter: inputs from flags and `MODELGATE_*` variables, the report on the terminal (and its
 * markdown appended to `MODELGATE_SUMMARY_FILE` when set), outputs as one JSON object on stdout. Comments and statuses have nowhere to go and are skipped.
 */
export function createLocalPlatform(inputs: InputSource, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), options: { printOutputs?: boolean } = {}): Platform {
  const outputs: Record<string, string> = {};
  const log = consoleLogger(env);
  const context: Context = {
    platform: 'local',
    workspace: cwd,
    sha: gitOrUndefined(cwd, ['rev-parse', 'HEAD']),
    ref: gitOrUndefined(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
    defaultBaseRef: env.MODELGATE_BASE_REF || defaultBranch(cwd),
    pipeline: 'local',
    actor: env.USER || env.USERNAME || undefined,
  };
  return {
    context,
    features: { ci: false, summaryPage: false, forkComments: 'never', interactive: Boolean(process.stderr.isTTY) },
    log,
    input: inputs,
    setOutput: (name, value) => void (outputs[name] = value),
    mask: () => undefined,
    exportVariable(name, value) {
      const file = appendExport(cwd, env, name, value);
      log.info(`${name}=${value} (for your shell: source ${file})`);
    },
    async summary(report) {
      log.info(report.text);
      // Like GITHUB_STEP_SUMMARY: every step of a local run appends its markdown report to one file.
      if (env.MODELGATE_SUMMARY_FILE) await appendFile(env.MODELGATE_SUMMARY_FILE, `${report.markdown}\n`);
    },
    async upsertComment() {
      throw new Error('the local platform has no pull request to comment on');
    },
    async setStatus() {},
    async finish() {
      // A command that prints its own result (history) keeps stdout to itself.
      if (options.printOutputs !== false) process.stdout.write(`${JSON.stringify(outputs)}\n`);
    },
  };
}

function gitOrUndefined(cwd: string, args: string[]): string | undefined {
  try {
    return (
      execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() || undefined
    );
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
