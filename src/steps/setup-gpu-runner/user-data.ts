import type { RunnerRegistration } from '../../platform/platform.js';

/** Where the image has the GitHub runner unpacked, as GitHub's runner images and most GPU AMI recipes do. */
export const DEFAULT_RUNNER_DIR = '/opt/actions-runner';
/** The GitLab runner's working folder (builds and cache of the one job). */
export const DEFAULT_GITLAB_DIR = '/opt/modelgate-runner';

/** What {@link renderUserData} needs. */
export interface UserDataOptions {
  registration: RunnerRegistration;
  /** The run's unique label, also the runner's name. */
  label: string;
  /** The hard lifetime, in whole minutes from boot. */
  lifetimeMinutes: number;
  /** GitHub: the folder holding `run.sh`. */
  runnerDir?: string;
  /** GitLab: the folder the job runs in. */
  gitlabDir?: string;
  /** Where cloud-init keeps its copy of this script (tests point it elsewhere). */
  cloudInitDir?: string;
}

/**
 * The boot script of an ephemeral runner: schedules the power-off at the end of its lifetime before anything
 * else, runs exactly one job (GitHub `run.sh --jitconfig`, GitLab `gitlab-runner run-single --max-builds 1`),
 * and powers off when the runner exits for any reason. The instance is launched with shutdown behaviour
 * `terminate`, so powering off deletes it.
 *
 * It carries the single-use secret; callers mask it and never log the script.
 */
export function renderUserData(options: UserDataOptions): string {
  const { registration, label } = options;
  const minutes = Math.max(1, Math.ceil(options.lifetimeMinutes));
  const lines = [
    '#!/bin/bash',
    `# modelgate: single-use runner ${label}`,
    // First, so that nothing below (a hung download, a runner that never gets a job) outlives the limit.
    `shutdown -h +${minutes} 'modelgate: max-lifetime reached'`,
    // A second limit, independent of the first: a job (root on this machine) that cancels the scheduled
    // shutdown does not lift this timer.
    `command -v systemd-run >/dev/null && systemd-run --quiet --unit=modelgate-lifetime --on-active=${minutes}m systemctl poweroff --force || true`,
    // Whatever ends this script (one job done, a crash, a missing runner) powers the machine off.
    "trap 'shutdown -h now' EXIT",
  ];
  // The job must not find the runner's secret in cloud-init's copy of this script.
  const cloudInit = options.cloudInitDir ?? '/var/lib/cloud/instance';
  lines.push(`rm -f ${quote(`${cloudInit}/user-data.txt`)} ${quote(`${cloudInit}/user-data.txt.i`)} 2>/dev/null || true`);
  if (registration.platform === 'github') {
    lines.push(
      `cd ${quote(options.runnerDir ?? DEFAULT_RUNNER_DIR)} || exit 1`,
      // cloud-init runs this as root, which the runner refuses without this; the machine is single-use.
      'export RUNNER_ALLOW_RUNASROOT=1',
      `./run.sh --jitconfig ${quote(registration.secret)}`,
    );
  } else {
    const dir = options.gitlabDir ?? DEFAULT_GITLAB_DIR;
    lines.push(
      `mkdir -p ${quote(dir)} && cd ${quote(dir)} || exit 1`,
      [
        'gitlab-runner run-single',
        `--url ${quote(registration.url)}`,
        `--token ${quote(registration.secret)}`,
        '--executor shell',
        '--max-builds 1',
        `--name ${quote(label)}`,
        `--builds-dir ${quote(`${dir}/builds`)}`,
        `--cache-dir ${quote(`${dir}/cache`)}`,
      ].join(' '),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A single-quoted shell word. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
