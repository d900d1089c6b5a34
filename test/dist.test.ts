import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../src/steps/index.js';
import { tempDir, writeFiles } from './helpers/git.js';
import { ROOT, runAction } from './helpers/runner.js';

// A type-check cannot catch an ESM bundling failure: every stub is spawned for real.
describe.each(STEP_IDS)('dist/%s.js', (id) => {
  it('loads the bundle and answers a missing input with a clear error, not a stack trace', async () => {
    const run = await runAction(id, { workspace: tempDir(), inputs: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^::error::${id}: `, 'm'));
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
});

describe('dist/cli.js', () => {
  const cli = (args: string[], cwd = ROOT, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });

  it('prints its version, its help and each step with its inputs', () => {
    const pkg = JSON.parse(spawnSync('cat', [join(ROOT, 'package.json')], { encoding: 'utf8' }).stdout);
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const id of STEP_IDS) expect(help.stdout).toContain(id);
    expect(cli(['compare-metrics', '--help']).stdout).toContain('--fail-on');
  });

  it('rejects an unknown step or flag with the allowed ones', () => {
    expect(cli(['train']).stderr).toBe('error: unknown step \'train\'; the steps are: setup-gpu-runner, validate-data, train-model, compare-metrics, deploy-model, rollback\n');
    const flag = cli(['compare-metrics', '--metric', 'x']);
    expect(flag.status).toBe(1);
    expect(flag.stderr).toMatch(/^error: compare-metrics: unknown option '--metric'; the inputs are: --metrics, --baseline/);
  });

  it('runs a step locally: table on stderr, outputs as JSON on stdout, inputs from MODELGATE_ variables', () => {
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{"acc": 0.8}', 'b.json': '{"acc": 0.9}' });
    const run = cli(['compare-metrics', '--metrics', 'm.json', '--baseline', 'file:b.json'], dir, { MODELGATE_RULES: 'acc: {max-drop: 5%}' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'fail', passed: 'false', report: join(dir, 'modelgate-report', 'compare-metrics.md') });
    expect(run.stderr).toMatch(/FAIL\s+acc\s+0\.8\s+0\.9\s+-0\.1\s+-11\.11%\s+dropped 11\.11% > 5%/);
  });

  it('names the file and line of a malformed metrics file', () => {
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{\n  "acc": 0.8,\n}\n' });
    const run = cli(['compare-metrics', '--metrics', 'm.json', '--baseline', 'none'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("error: metrics: m.json:3: not valid JSON: expected a quoted key, found '}' (column 1)\n");
  });
});
