import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunnerRegistration } from '../../src/platform/platform.js';
import { renderUserData } from '../../src/steps/setup-gpu-runner/user-data.js';

// The rendered boot script runs for real under bash; stand-ins for the runner and `shutdown` record
// what they were called with (and where) in one log, in order.
let dir: string;
let bin: string;
let log: string;

const github: RunnerRegistration = { platform: 'github', secret: 'ZW5jb2RlZC1qaXQ=', id: 42, url: 'https://github.com' };
const gitlab: RunnerRegistration = { platform: 'gitlab', secret: "glrt-s3cr'et", id: 7, url: 'https://gitlab.example.com' };

function standIn(path: string, body: string): void {
  writeFileSync(path, `#!/bin/bash\n${body}\n`);
  chmodSync(path, 0o755);
}

function boot(script: string): { status: number | null; calls: string[] } {
  const file = join(dir, 'user-data.sh');
  writeFileSync(file, script);
  const result = spawnSync('bash', [file], { cwd: dir, env: { PATH: `${bin}:${process.env.PATH}`, LOG: log, HOME: dir }, encoding: 'utf8', timeout: 10_000 });
  return { status: result.status, calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'user-data-'));
  bin = join(dir, 'bin');
  log = join(dir, 'calls.log');
  mkdirSync(bin);
  standIn(join(bin, 'shutdown'), 'echo "shutdown $*" >> "$LOG"');
  // Never the real one: it would schedule a power-off of the machine running the tests.
  standIn(join(bin, 'systemd-run'), 'echo "systemd-run $*" >> "$LOG"');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('user-data of an ephemeral runner (run with bash against stand-ins)', () => {
  it('GitHub: schedules the lifetime shutdown first, runs one job with the JIT config in the runner folder, then powers off', () => {
    const runner = join(dir, 'actions runner');
    mkdirSync(runner);
    standIn(join(runner, 'run.sh'), 'echo "run.sh $* in $PWD as-root=$RUNNER_ALLOW_RUNASROOT" >> "$LOG"');
    standIn(join(runner, 'config.sh'), 'echo "config.sh $*" >> "$LOG"');
    const { status, calls } = boot(renderUserData({ cloudInitDir: dir, registration: github, label: 'modelgate-gpu-1-1-ab', lifetimeMinutes: 90, runnerDir: runner }));
    expect(status).toBe(0);
    expect(calls).toEqual([
      `shutdown -h +90 modelgate: max-lifetime reached`,
      'systemd-run --quiet --unit=modelgate-lifetime --on-active=90m systemctl poweroff --force',
      `run.sh --jitconfig ZW5jb2RlZC1qaXQ= in ${runner} as-root=1`,
      'shutdown -h now',
    ]);
  });

  it('GitHub: powers off also when the runner fails or is missing', () => {
    const runner = join(dir, 'runner');
    mkdirSync(runner);
    standIn(join(runner, 'run.sh'), 'echo "run.sh crashed" >> "$LOG"; exit 3');
    expect(boot(renderUserData({ cloudInitDir: dir, registration: github, label: 'l', lifetimeMinutes: 5, runnerDir: runner })).calls).toEqual([
      'shutdown -h +5 modelgate: max-lifetime reached',
      'systemd-run --quiet --unit=modelgate-lifetime --on-active=5m systemctl poweroff --force',
      'run.sh crashed',
      'shutdown -h now',
    ]);
    rmSync(log);
    const missing = boot(renderUserData({ cloudInitDir: dir, registration: github, label: 'l', lifetimeMinutes: 5, runnerDir: join(dir, 'nowhere') }));
    expect(missing.calls).toEqual([
      'shutdown -h +5 modelgate: max-lifetime reached',
      'systemd-run --quiet --unit=modelgate-lifetime --on-active=5m systemctl poweroff --force',
      'shutdown -h now',
    ]);
  });

  it('GitLab: runs a single build with the runner token (quoted safely), then powers off', () => {
    standIn(join(bin, 'gitlab-runner'), 'printf "%s|" "$@" >> "$LOG"; echo " in $PWD" >> "$LOG"');
    const work = join(dir, 'gl');
    const { status, calls } = boot(renderUserData({ cloudInitDir: dir, registration: gitlab, label: 'modelgate-gpu-9-1-cd', lifetimeMinutes: 360, gitlabDir: work }));
    expect(status).toBe(0);
    expect(calls).toEqual([
      'shutdown -h +360 modelgate: max-lifetime reached',
      'systemd-run --quiet --unit=modelgate-lifetime --on-active=360m systemctl poweroff --force',
      `run-single|--url|https://gitlab.example.com|--token|glrt-s3cr'et|--executor|shell|--max-builds|1|--name|modelgate-gpu-9-1-cd|--builds-dir|${work}/builds|--cache-dir|${work}/cache| in ${work}`,
      'shutdown -h now',
    ]);
  });

  it('rounds the lifetime up to whole minutes, at least one', () => {
    expect(renderUserData({ cloudInitDir: dir, registration: github, label: 'l', lifetimeMinutes: 0.2 })).toContain('shutdown -h +1 ');
    expect(renderUserData({ cloudInitDir: dir, registration: github, label: 'l', lifetimeMinutes: 2.5 }).split('\n')[2]).toBe("shutdown -h +3 'modelgate: max-lifetime reached'");
  });
});

it("removes cloud-init's copy of the script (with the runner secret) before the job can read it", () => {
  const cloud = mkdtempSync(join(tmpdir(), 'cloud-'));
  writeFileSync(join(cloud, 'user-data.txt'), 'secret');
  const runnerDir = mkdtempSync(join(tmpdir(), 'runner-'));
  const bin = mkdtempSync(join(tmpdir(), 'bin-'));
  for (const tool of ['shutdown', 'systemd-run']) {
    writeFileSync(join(bin, tool), '#!/bin/bash\ntrue\n');
    chmodSync(join(bin, tool), 0o755);
  }
  writeFileSync(
    join(runnerDir, 'run.sh'),
    `#!/bin/bash\ntest -e ${JSON.stringify(join(cloud, 'user-data.txt'))} && echo leaked > ${JSON.stringify(join(cloud, 'result'))} || echo clean > ${JSON.stringify(join(cloud, 'result'))}\n`,
  );
  chmodSync(join(runnerDir, 'run.sh'), 0o755);
  const script = join(cloud, 'boot.sh');
  writeFileSync(
    script,
    renderUserData({ registration: { platform: 'github', secret: 'x', id: 1, url: 'https://github.com' }, label: 'l', lifetimeMinutes: 5, runnerDir, cloudInitDir: cloud }),
  );
  spawnSync('bash', [script], { env: { PATH: `${bin}:${process.env.PATH}` }, timeout: 10_000 });
  expect(readFileSync(join(cloud, 'result'), 'utf8')).toBe('clean\n');
});
