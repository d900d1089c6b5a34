import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    expect(cli(['train']).stderr).toBe(
      "error: unknown step 'train' (did you mean 'train-model'?); the steps are: setup-gpu-runner, validate-data, train-model, compare-metrics, deploy-model, rollback, history, calibrate, pull, versions\n",
    );
    expect(cli(['deploy']).stderr).toMatch(/^error: unknown step 'deploy' \(did you mean 'deploy-model'\?\)/);
    expect(cli(['xyzzy']).stderr).toMatch(/^error: unknown step 'xyzzy'; the steps are/);
    const flag = cli(['compare-metrics', '--metric', 'x']);
    expect(flag.status).toBe(1);
    expect(flag.stderr).toMatch(/^error: compare-metrics: unknown option '--metric' \(did you mean '--metrics'\?\); the inputs are: --metrics, --baseline/);
    expect(cli(['compare-metrics', '--fail_on', 'x']).stderr).toMatch(/unknown option '--fail_on' \(did you mean '--fail-on'\?\)/);
    expect(cli(['rollback', '--treshold', '1']).stderr).toMatch(/unknown option '--treshold' \(did you mean '--threshold'\?\)/);
    expect(cli(['compare-metrics', '--metrics', 'm.json', '--fail-on', 'wran']).stderr).toMatch(
      /input 'fail-on' must be one of fail, warn, never, got 'wran'; did you mean 'warn'\?/,
    );
    // validate-data's older words are one vocabulary with compare-metrics' now: taken, with a warning.
    expect(cli(['compare-metrics', '--metrics', 'm.json', '--fail-on', 'warning']).stderr).toMatch(
      /^warning: compare-metrics: input 'fail-on' 'warning' is an older spelling: write 'warn'/m,
    );
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

describe('dist/validate-data.js with its worker thread', () => {
  it('splits a large CSV across two threads from the bundle and reports the same problems as one thread', async () => {
    const ws = tempDir();
    // 40 MB: past the size where validate-data starts its worker (MIN_PARALLEL_BYTES).
    const rows: string[] = ['id,amount,color,score,city,joined'];
    for (let i = 1; i <= 700_000; i++) rows.push(`${i},${(i % 997) * 1.25},${['red', 'green', 'blue'][i % 3]},${i % 100},city_${i % 50},2024-0${1 + (i % 9)}-1${i % 10}`);
    rows[123_457] = '123457,12.5,purple,7,city_7,2024-01-11';
    rows[654_321] = '1000,1.5,red,7,city_7,2024-01-11';
    writeFiles(ws, {
      'big.csv': `${rows.join('\n')}\n`,
      'schema.yaml':
        'fields:\n  - {name: id, type: integer, constraints: {unique: true}}\n  - {name: amount, type: number, constraints: {minimum: 0}}\n  - {name: color, type: string, constraints: {enum: [red, green, blue]}}\n  - {name: score, type: integer, constraints: {maximum: 99}}\n  - {name: city, type: string}\n  - {name: joined, type: date}\n',
    });
    const run = await runAction('validate-data', { workspace: ws, inputs: { data: 'big.csv', schema: 'schema.yaml', mode: 'profile' } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.rows).toBe('700000');
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    const failed = report.checks.filter((c: { passed: boolean }) => !c.passed).map((c: { id: string; count: number }) => [c.id, c.count]);
    expect(failed).toEqual([
      ['field:color:enum', 1],
      ['unique:id', 1],
    ]);
    expect(report.errors.find((e: { fieldName: string }) => e.fieldName === 'color')).toMatchObject({ rowNumber: 123_458, cell: 'purple' });
    expect(JSON.parse(readFileSync(run.outputs.profile as string, 'utf8')).rows).toBe(700_000);
  }, 120_000);
});
