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
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('user-data of an ephemeral runner (run with bash against stand-ins)', () => {
  it('GitHub: schedules the lifetime shutdown first, runs one job with the JIT config in the runner folder, then powers off', () => {
    const runner = join(dir, 'actions runner');
    mkdirSync(runner);
    standIn(join(runner, 'run.sh'), 'echo "run.sh $* in $PWD as-root=$RUNNER_ALLOW_RUNASROOT" >> "$LOG"');
    standIn(join(runner, 'config.sh'), 'echo "config.sh $*" >> "$LOG"');
    const { status, calls } = boot(renderUserData({ registration: github, label: 'modelgate-gpu-1-1-ab', lifetimeMinutes: 90, runnerDir: runner }));
    expect(status).toBe(0);
    expect(calls).toEqual([`shutdown -h +90 modelgate: max-lifetime reached`, `run.sh --jitconfig ZW5jb2RlZC1qaXQ= in ${runner} as-root=1`, 'shutdown -h now']);
  });

  it('GitHub: powers off also when the runner fails or is missing', () => {
    const runner = join(dir, 'runner');
    mkdirSync(runner);
    standIn(join(runner, 'run.sh'), 'echo "run.sh crashed" >> "$LOG"; exit 3');
    expect(boot(renderUserData({ registration: github, label: 'l', lifetimeMinutes: 5, runnerDir: runner })).calls).toEqual(['shutdown -h +5 modelgate: max-lifetime reached', 'run.sh crashed', 'shutdown -h now']);
    rmSync(log);
    const missing = boot(renderUserData({ registration: github, label: 'l', lifetimeMinutes: 5, runnerDir: join(dir, 'nowhere') }));
    expect(missing.calls).toEqual(['shutdown -h +5 modelgate: max-lifetime reached', 'shutdown -h now']);
  });

  it('GitLab: runs a single build with the runner token (quoted safely), then powers off', () => {
    standIn(join(bin, 'gitlab-runner'), 'printf "%s|" "$@" >> "$LOG"; echo " in $PWD" >> "$LOG"');
    const work = join(dir, 'gl');
    const { status, calls } = boot(renderUserData({ registration: gitlab, label: 'modelgate-gpu-9-1-cd', lifetimeMinutes: 360, gitlabDir: work }));
    expect(status).toBe(0);
    expect(calls).toEqual([
      'shutdown -h +360 modelgate: max-lifetime reached',
      `run-single|--url|https://gitlab.example.com|--token|glrt-s3cr'et|--executor|shell|--max-builds|1|--name|modelgate-gpu-9-1-cd|--builds-dir|${work}/builds|--cache-dir|${work}/cache| in ${work}`,
      'shutdown -h now',
    ]);
  });

  it('rounds the lifetime up to whole minutes, at least one', () => {
    expect(renderUserData({ registration: github, label: 'l', lifetimeMinutes: 0.2 })).toContain('shutdown -h +1 ');
    expect(renderUserData({ registration: github, label: 'l', lifetimeMinutes: 2.5 }).split('\n')[2]).toBe("shutdown -h +3 'modelgate: max-lifetime reached'");
  });
});
