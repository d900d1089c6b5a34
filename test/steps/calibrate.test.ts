import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/core/calibrate.js';
import { UserError } from '../../src/core/errors.js';
import { parseRulesYaml } from '../../src/core/rules.js';
import { tempDir, writeFiles } from '../helpers/git.js';
import { ROOT } from '../helpers/runner.js';

/** Ten A/A runs of one commit: accuracy 0.90 ± 0.01 (one run per seed), latency constant. */
const ACCURACY = [0.9, 0.91, 0.89, 0.905, 0.895, 0.912, 0.888, 0.9, 0.903, 0.897];
const runs = () =>
  ACCURACY.map((accuracy, i) => ({
    name: `runs/${i}/run.json`,
    metrics: new Map([
      ['accuracy', { name: 'accuracy', value: accuracy, source: { file: 'r' } }],
      ['latency', { name: 'latency', value: 12, source: { file: 'r' } }],
    ]),
  }));

const cli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'calibrate', ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } });

describe('modelgate calibrate', () => {
  it('measures the noise, the false-alarm rate of the rule on every ordered pair, and the allowance that 5 % of no-op changes exceed', async () => {
    const found = calibrate(runs(), await parseRulesYaml('accuracy: {better: higher, max-drop: 0.005}', "input 'rules'"));
    const accuracy = found.find((c) => c.name === 'accuracy');
    const mean = ACCURACY.reduce((s, v) => s + v, 0) / 10;
    const sd = Math.sqrt(ACCURACY.reduce((s, v) => s + (v - mean) ** 2, 0) / 9);
    expect(accuracy).toMatchObject({ runs: 10, better: 'higher', min: 0.888, max: 0.912 });
    expect(accuracy?.sd).toBeCloseTo(sd, 12);
    // Counted by hand: pairs (baseline i, candidate j) where candidate − baseline < −0.005.
    let drops = 0;
    ACCURACY.forEach((a, i) => ACCURACY.forEach((b, j) => (drops += i !== j && b - a < -0.005 - 1e-12 ? 1 : 0)));
    expect(accuracy?.falseAlarms).toEqual({ fail: drops / 90, warn: 0, pairs: 90 });
    expect(accuracy?.falseAlarms?.fail).toBeGreaterThan(0.2);
    expect(accuracy?.suggested.absolute).toBeCloseTo(1.6448536 * Math.SQRT2 * sd, 6);
    const latency = found.find((c) => c.name === 'latency');
    expect(latency?.sd).toBe(0);
    expect(latency?.rule).toBeUndefined();
  });

  it('a suggested allowance, used as the rule, fails few no-op pairs', async () => {
    const first = calibrate(runs(), await parseRulesYaml('accuracy: {better: higher, max-drop: 0.005}', 'r'))[0];
    const rule = `accuracy: {better: higher, max-drop: ${first?.suggested.absolute}}`;
    const again = calibrate(runs(), await parseRulesYaml(rule, 'r'))[0];
    expect(again?.falseAlarms?.fail).toBeLessThan(0.1);
  });

  it('refuses fewer than three runs, and a gated metric some runs lack', async () => {
    expect(() => calibrate(runs().slice(0, 2), { exact: new Map(), patterns: [] })).toThrow(UserError);
    const lacking = runs();
    lacking[3]?.metrics.delete('accuracy');
    expect(() => calibrate(lacking, { exact: new Map([['accuracy', { source: { file: 'r' } }]]), patterns: [] })).toThrow(
      "calibrate: the gated metric 'accuracy' is missing from 1 of 10 runs (runs/3/run.json); give runs that all wrote it",
    );
  });

  it('runs from the bundled CLI on run records, with the config file rules, as a table and as JSON', () => {
    const dir = tempDir();
    const record = (accuracy: number, exitCode = 0) =>
      JSON.stringify({ kind: 'modelgate/run-record', version: 1, id: 'r', command: { exitCode, timedOut: false }, metrics: { accuracy }, model: { files: [] } });
    writeFiles(dir, {
      'modelgate.yml': 'metrics:\n  accuracy: {better: higher, max-drop: 0.005}\n',
      ...Object.fromEntries(ACCURACY.map((a, i) => [`runs/${i}/run.json`, record(a)])),
    });
    const shown = cli(dir, '--runs', 'runs/*/run.json');
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^metric\s+mean\s+sd \(noise\)\s+range\s+rule\s+false alarms\s+suggested\n/);
    expect(shown.stdout).toMatch(/accuracy\s+0\.9\s+0\.00786\s+0\.888 … 0\.912\s+higher is better · max-drop 0\.005\s+33\.33% fail of 90 pairs\s+max-drop 0\.0183 \(2\.03%\)/);
    const json = JSON.parse(cli(dir, '--runs', 'runs/*/run.json', '--format', 'json').stdout);
    expect(json.runs).toHaveLength(10);
    expect(json.metrics[0]).toMatchObject({ name: 'accuracy', runs: 10 });

    writeFiles(dir, { 'runs/9/run.json': record(0.5, 2) });
    const failed = cli(dir, '--runs', 'runs/*/run.json');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('calibrate: runs/9/run.json is the record of a failed run');
    expect(failed.stderr).not.toMatch(/\n\s+at /);
  });
});
