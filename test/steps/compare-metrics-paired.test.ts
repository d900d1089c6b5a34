import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { findRun } from '../../src/registry/runs.js';
import { openStore } from '../../src/registry/store.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { commit, git, initRepo, tempDir, writeFiles } from '../helpers/git.js';
import { stepRun } from '../helpers/step-run.js';

const run = stepRun('compare-metrics');
const train = stepRun('train-model');

/**
 * Two models' predictions on n examples of a binary task: the champion is right on `championRight`
 * of them; the challenger agrees with it except on `onlyChampion` examples the champion got right and
 * it got wrong, and `onlyChallenger` the other way round. Rows are shuffled differently per file, so
 * the pairing must come from the ids.
 */
function pair(n: number, championRight: number, onlyChampion: number, onlyChallenger: number) {
  const label = (i: number) => (i % 3 === 0 ? '1' : '0');
  const flip = (l: string) => (l === '1' ? '0' : '1');
  const champion: string[] = [];
  const challenger: string[] = [];
  for (let i = 0; i < n; i++) {
    const right = i < championRight;
    const a = right ? label(i) : flip(label(i));
    // Discordant pairs: the first `onlyChampion` right examples, and the first `onlyChallenger` wrong ones.
    const b = right && i < onlyChampion ? flip(a) : !right && i - championRight < onlyChallenger ? label(i) : a;
    champion.push(`ex-${i},${label(i)},${a}`);
    challenger.push(`ex-${i},${label(i)},${b}`);
  }
  const accuracy = (rows: string[]) => rows.filter((r) => r.split(',')[1] === r.split(',')[2]).length / n;
  const csv = (rows: string[], reverse: boolean) => `id,label,prediction\n${(reverse ? [...rows].reverse() : rows).join('\n')}\n`;
  return {
    files: { 'eval/base.csv': csv(champion, false), 'eval/predictions.csv': csv(challenger, true) },
    metrics: { 'metrics.json': JSON.stringify({ accuracy: accuracy(challenger) }), 'base.json': JSON.stringify({ accuracy: accuracy(champion) }) },
  };
}

const inputs = { metrics: 'metrics.json', baseline: 'file:base.json', predictions: 'eval/predictions.csv', 'baseline-predictions': 'eval/base.csv' };
const saved = (platform: FakePlatform) => JSON.parse(readFileSync(platform.outputs.comparison as string, 'utf8'));
const report = (platform: FakePlatform) => readFileSync(platform.outputs.report as string, 'utf8');

async function compare(files: Record<string, string>, rules: string, extra: Record<string, string> = {}) {
  const dir = tempDir();
  writeFiles(dir, { ...files, 'modelgate.yml': `metrics:\n${rules}` });
  const platform = new FakePlatform(localContext(dir), { ...inputs, ...extra });
  const result = await run(platform);
  return { platform, result, row: saved(platform).rows[0] };
}

describe('paired tests in compare-metrics', () => {
  // 20,000 examples, 90 % right; the challenger differs on 200 of them, 110 against it and 90 for it:
  // a 0.1 pt drop that McNemar puts at p = 0.18, noise.
  const noise = pair(20_000, 18_000, 110, 90);

  it('a point threshold fails a noise-only drop that the paired test calls no change beyond the margin', async () => {
    const threshold = await compare({ ...noise.files, ...noise.metrics }, '  accuracy: {better: higher, max-drop: 0.0005}\n');
    expect(threshold.platform.outputs.verdict).toBe('fail');
    expect(threshold.row.reasons).toEqual(['dropped 0.001 > 0.0005']);

    const paired = await compare({ ...noise.files, ...noise.metrics }, '  accuracy: {test: paired-bootstrap, margin: 0.005, seed: 7, resamples: 2000}\n');
    expect(paired.platform.outputs.verdict).toBe('pass');
    expect(paired.row.status).toBe('pass');
    expect(paired.row.test).toMatchObject({ test: 'paired-bootstrap', statistic: 'accuracy', outcome: 'equivalent', examples: 20_000, resamples: 2000, seed: 7, margin: 0.005 });
    expect(paired.row.test.difference).toBeCloseTo(-0.001, 12);
    expect(paired.row.test.low).toBeLessThan(-0.001);
    expect(paired.row.test.high).toBeGreaterThan(0);
    expect(paired.row.reasons[0]).toMatch(
      /^no change beyond the margin: accuracy −0\.1 pt \[−0\.\d+, 0\.\d+\] at 95 % \(margin 0\.5 pt\), paired bootstrap, n = 20,000, B = 2,000, seed 7, p = 0\.\d+$/,
    );
    expect(report(paired.platform)).toContain('no change beyond the margin: accuracy −0.1 pt');
    // Counted by the test, not by the point values: the 0.1 pt drop is not a regression.
    expect(paired.row.direction).toBeUndefined();
    expect(report(paired.platform)).toContain('0 improved · 0 regressed');
    expect(threshold.row.direction).toBe('regressed');
  });

  it('is deterministic for a seed, and the same with the rows in another order', async () => {
    const a = await compare({ ...noise.files, ...noise.metrics }, '  accuracy: {test: paired-bootstrap, margin: 0.005, seed: 3, resamples: 500}\n');
    const swapped = { 'eval/base.csv': noise.files['eval/base.csv'].split('\n').reverse().join('\n'), 'eval/predictions.csv': noise.files['eval/predictions.csv'] };
    // A reversed CSV puts the header last: write it back first.
    const fix = (text: string) => {
      const lines = text.split('\n').filter(Boolean);
      return `id,label,prediction\n${lines.filter((l) => !l.startsWith('id,')).join('\n')}\n`;
    };
    const b = await compare(
      { 'eval/base.csv': fix(swapped['eval/base.csv']), 'eval/predictions.csv': swapped['eval/predictions.csv'], ...noise.metrics },
      '  accuracy: {test: paired-bootstrap, margin: 0.005, seed: 3, resamples: 500}\n',
    );
    expect([b.row.test.low, b.row.test.high, b.row.test.pValue]).toEqual([a.row.test.low, a.row.test.high, a.row.test.pValue]);
  });

  it('with the margin from max-drop, the same noise is inconclusive: a warning that says how many examples would tell', async () => {
    const { platform, row } = await compare({ ...noise.files, ...noise.metrics }, '  accuracy: {test: paired-bootstrap, max-drop: 0.0005, resamples: 1000}\n');
    expect(platform.outputs.verdict).toBe('warn');
    expect(row.test.outcome).toBe('inconclusive');
    expect(row.test.margin).toBe(0.0005);
    expect(row.test.examplesForPower).toBeGreaterThan(20_000);
    expect(row.reasons[0]).toMatch(/^inconclusive: accuracy −0\.1 pt .*; about [\d,]+ examples would detect a change of 0\.05 pt with 80 % power$/);
    const strict = await compare({ ...noise.files, ...noise.metrics }, '  accuracy: {test: paired-bootstrap, max-drop: 0.0005, resamples: 1000, inconclusive: fail}\n');
    expect(strict.platform.outputs.verdict).toBe('fail');
    expect(strict.result.failure).toMatch(/accuracy \(inconclusive: /);
  });

  it('fails a real regression, by the bootstrap and by exact McNemar', async () => {
    const worse = pair(20_000, 18_000, 300, 100);
    const boot = await compare({ ...worse.files, ...worse.metrics }, '  accuracy: {test: paired-bootstrap, margin: 0.5%, resamples: 1000}\n');
    expect(boot.platform.outputs.verdict).toBe('fail');
    expect(boot.row.test.outcome).toBe('regressed');
    expect(boot.row.direction).toBe('regressed');
    expect(boot.row.reasons[0]).toMatch(/^regressed: accuracy −1 pt \[−1\.\d+, −0\.\d+\] at 95 % \(margin 0\.45 pt\), paired bootstrap/);
    const exact = await compare({ ...worse.files, ...worse.metrics }, '  accuracy: {test: mcnemar, margin: 0.005}\n');
    expect(exact.row.test).toMatchObject({ test: 'mcnemar', outcome: 'regressed', examples: 20_000 });
    expect(exact.row.test.pValue).toBeLessThan(1e-20);
    expect(exact.row.reasons[0]).toContain('exact McNemar, n = 20,000, p = ');
  });

  it('refuses predictions of different examples, never comparing the overlap', async () => {
    const files = { ...noise.files, 'eval/base.csv': noise.files['eval/base.csv'].replace('\nex-5,', '\nex-5x,') };
    const error = await compare({ ...files, ...noise.metrics }, '  accuracy: {test: paired-bootstrap}\n').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /^The baseline's \(eval\/base\.csv\) and candidate's \(eval\/predictions\.csv\) predictions cover different examples: 1 id only in baseline's \(eval\/base\.csv\) \("ex-5x"\), 1 only in candidate's \(eval\/predictions\.csv\) \("ex-5"\); 19999 in both\./,
    );
  });

  it('refuses a tested rule without the candidate predictions, naming the rule and the input', async () => {
    const dir = tempDir();
    writeFiles(dir, { ...noise.metrics, 'modelgate.yml': 'metrics:\n  accuracy: {test: paired-bootstrap}\n' });
    const error = await run(new FakePlatform(localContext(dir), { metrics: 'metrics.json', baseline: 'file:base.json' })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe(
      "compare-metrics: modelgate.yml:2: the rule for 'accuracy' asks for test 'paired-bootstrap', which needs the candidate's per-example predictions: set input 'predictions' to the file your evaluation writes (CSV, JSON Lines or Parquet, with an 'id' column)",
    );
  });

  it('without baseline predictions, falls back to the point threshold and warns that the test did not run', async () => {
    const dir = tempDir();
    writeFiles(dir, { ...noise.files, ...noise.metrics, 'modelgate.yml': 'metrics:\n  accuracy: {test: paired-bootstrap, max-drop: 0.01}\n' });
    const platform = new FakePlatform(localContext(dir), { metrics: 'metrics.json', baseline: 'file:base.json', predictions: 'eval/predictions.csv' });
    await run(platform);
    expect(platform.outputs.verdict).toBe('warn');
    expect(saved(platform).rows[0].reasons).toEqual([
      "paired-bootstrap not run: the baseline (file:base.json) is metric files, which hold no predictions; set 'baseline-predictions'",
    ]);
  });

  it('Holm-corrects several tested metrics, and computes each statistic from the predictions', async () => {
    const n = 3000;
    const rows = (shift: number) =>
      'id,label,prediction,score\n' +
      Array.from({ length: n }, (_, i) => {
        const label = i % 2;
        const score = Math.min(0.99, Math.max(0.01, (label ? 0.65 : 0.35) + (((i * 7919) % 97) / 97 - 0.5) * 0.6 + (i % 5 === 0 ? shift : 0)));
        return `q${i},${label},${score >= 0.5 ? 1 : 0},${score.toFixed(4)}`;
      }).join('\n') +
      '\n';
    const files = {
      'eval/base.csv': rows(0),
      'eval/predictions.csv': rows(-0.05),
      'metrics.json': JSON.stringify({ accuracy: 0.8, f1: 0.8, roc_auc: 0.85, log_loss: 0.5 }),
      'base.json': JSON.stringify({ accuracy: 0.8, f1: 0.8, roc_auc: 0.85, log_loss: 0.5 }),
    };
    const { platform } = await compare(
      files,
      '  accuracy: {test: paired-bootstrap, margin: 0.01, resamples: 500}\n  f1: {test: paired-bootstrap, class: 1, margin: 0.01, resamples: 500}\n  roc_auc: {test: delong, margin: 0.01}\n  log_loss: {test: paired-bootstrap, margin: 0.01, resamples: 500}\n',
    );
    const tests = Object.fromEntries(
      saved(platform).rows.map((r: { name: string; test: { statistic: string; adjustedP: number; pValue: number; better: string } }) => [r.name, r.test]),
    );
    expect(Object.keys(tests).sort()).toEqual(['accuracy', 'f1', 'log_loss', 'roc_auc']);
    expect(tests.roc_auc).toMatchObject({ test: 'delong', statistic: 'auc', better: 'higher' });
    expect(tests.log_loss).toMatchObject({ statistic: 'log-loss', better: 'lower' });
    expect(tests.f1).toMatchObject({ statistic: 'f1', class: '1' });
    for (const t of Object.values(tests)) expect(t.adjustedP).toBeGreaterThanOrEqual(t.pValue);
    // Tested rows are listed with their test, changed or not.
    const text = report(platform);
    expect(text).not.toContain('No metric changed');
    expect(text).toMatch(/\| `log_loss` \| 0\.5 \| 0\.5 \|.*no change beyond the margin: log-loss \+0\.\d+ \\\[−0\.\d+, 0\.\d+\\\] at 95 % \(margin 0\.01\)/);
    expect(text).toContain('Holm-adjusted over 4 tests p = ');
  });
});

describe('rules of paired tests are checked where they are written', () => {
  const cases: [string, string][] = [
    [
      '  accuracy: {test: paired-bootstrapp}\n',
      "compare-metrics: modelgate.yml:2: metrics.accuracy.test: must be one of paired-bootstrap, mcnemar, delong, got 'paired-bootstrapp' (did you mean 'paired-bootstrap'?)",
    ],
    ['  accuracy: {alpha: 0.01}\n', "modelgate.yml:2: rule for 'accuracy': 'alpha' belongs to a paired test: add 'test: paired-bootstrap' (or mcnemar, delong), or drop 'alpha'"],
    [
      '  accuracy: {test: mcnemar, statistic: f1}\n',
      "compare-metrics: modelgate.yml:2: the rule for 'accuracy' pairs test 'mcnemar' with statistic 'f1': mcnemar tests accuracy, delong tests auc, paired-bootstrap every other statistic",
    ],
    [
      '  accuracy: {test: paired-bootstrap, better: lower}\n',
      "compare-metrics: modelgate.yml:2: the rule for 'accuracy' says 'better: lower', but accuracy is better higher; drop 'better' or fix 'statistic'",
    ],
    ['  accuracy: {test: paired-bootstrap, resamples: 5}\n', 'compare-metrics: modelgate.yml:2: metrics.accuracy.resamples: must be >= 100'],
  ];
  for (const [rules, message] of cases) {
    it(message.slice(message.indexOf(': ') + 2, 90), async () => {
      const noise = pair(100, 90, 2, 2);
      const error = await compare({ ...noise.files, ...noise.metrics }, rules).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toContain(message);
    });
  }

  it('refuses a pattern rule with a test that matches several metrics: one test computes one statistic', async () => {
    const noise = pair(100, 90, 2, 2);
    const metrics = { 'metrics.json': JSON.stringify({ f1: { a: 0.9, b: 0.8 } }), 'base.json': JSON.stringify({ f1: { a: 0.9, b: 0.8 } }) };
    const error = await compare({ ...noise.files, ...metrics }, '  "f1.*": {test: paired-bootstrap, statistic: f1}\n').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe(
      "compare-metrics: modelgate.yml:2: a rule with test 'paired-bootstrap' matches 2 metrics ('f1.a', 'f1.b'), but a test computes one statistic from the predictions: write one rule per tested metric (with 'class:' for a per-class one)",
    );
  });

  it('refuses a positive class that no label has, rather than score every example as the other class', async () => {
    const rows = (shift: number) =>
      'id,label,score\n' + Array.from({ length: 50 }, (_, i) => `q${i},${i % 2 ? 'spam' : 'ham'},${(0.3 + (i % 2) * 0.4 + shift).toFixed(2)}`).join('\n') + '\n';
    const files = { 'eval/base.csv': rows(0), 'eval/predictions.csv': rows(0.01), 'metrics.json': '{"log_loss": 0.5}', 'base.json': '{"log_loss": 0.5}' };
    const error = await compare(files, '  log_loss: {test: paired-bootstrap, class: spma}\n').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe(`eval/base.csv: the rule's 'class: spma' is not among the labels ("ham", "spam")`);
    const { row } = await compare(files, '  log_loss: {test: paired-bootstrap, class: spam, resamples: 200}\n');
    expect(row.test).toMatchObject({ statistic: 'log-loss', class: 'spam', examples: 50 });
  });

  it("the 'rules' input is checked the same way, with did-you-mean", async () => {
    const noise = pair(100, 90, 2, 2);
    const dir = tempDir();
    writeFiles(dir, { ...noise.files, ...noise.metrics });
    const attempt = (rules: string) =>
      run(new FakePlatform(localContext(dir), { ...inputs, rules })).then(
        () => undefined,
        (e: unknown) => (e as Error).message,
      );
    expect(await attempt('accuracy: {test: mcnemr}')).toBe(
      "input 'rules':1: rule for 'accuracy': 'test' must be one of paired-bootstrap, mcnemar, delong, got 'mcnemr'; did you mean 'mcnemar'?",
    );
    expect(await attempt('accuracy: {test: mcnemar, seed: 1.5}')).toBe("input 'rules':1: rule for 'accuracy': 'seed' must be a whole number from 0 to 4294967295, got '1.5'");
    expect(await attempt('accuracy: {margin: 1%}')).toBe(
      "input 'rules':1: rule for 'accuracy': 'margin' belongs to a paired test: add 'test: paired-bootstrap' (or mcnemar, delong), or drop 'margin'",
    );
  });
});

describe("the champion's predictions come from the run recorded on main", () => {
  it('train-model checks and stores them with the run; compare-metrics on a branch tests against them', async () => {
    const base = pair(20_000, 18_000, 300, 100);
    const { repo } = initRepo({ '.gitignore': 'out/\nstore/\nmodelgate-train/\nmodelgate-report/\n' });
    writeFiles(repo, { 'eval/main.csv': base.files['eval/base.csv'], 'eval/branch.csv': base.files['eval/predictions.csv'] });
    const onMain = commit(repo, {}, 'eval sets');
    // The command writes the predictions; the branch's writes the challenger's.
    const command = (which: string, accuracy: number) => `mkdir -p out && cp eval/${which}.csv out/predictions.csv && echo '{"accuracy": ${accuracy}}' > out/metrics.json`;
    const trainInputs = { metrics: 'out/metrics.json', predictions: 'out/predictions.csv', registry: 'oci-layout:store', 'model-name': 'iris' };
    const mainRun = new FakePlatform({ ...localContext(repo), platform: 'github', push: true, ref: 'main', defaultBranch: 'main' }, { ...trainInputs, run: command('main', 0.9) });
    expect((await train(mainRun)).failure).toBeUndefined();
    const recorded = JSON.parse(readFileSync(mainRun.outputs['run-record'] as string, 'utf8'));
    expect(recorded.predictions).toMatchObject({ path: 'out/predictions.csv', examples: 20_000, size: base.files['eval/base.csv'].length });
    const stored = await findRun(openStore('oci-layout:store', { workspace: repo }), 'iris', onMain);
    expect(stored?.predictions).toMatchObject({ name: 'out/predictions.csv', size: base.files['eval/base.csv'].length });

    git(repo, 'checkout', '-q', '-b', 'feature');
    commit(repo, { 'notes.txt': 'x\n' }, 'change');
    const branchRun = new FakePlatform(localContext(repo), { ...trainInputs, run: command('branch', 0.89), 'record-run': 'false' });
    expect((await train(branchRun)).failure).toBeUndefined();
    const platform = new FakePlatform(localContext(repo, { sha: git(repo, 'rev-parse', 'HEAD'), defaultBaseRef: 'main' }), {
      metrics: 'out/metrics.json',
      predictions: 'out/predictions.csv',
      rules: 'accuracy: {test: mcnemar, margin: 0.005}',
      'model-name': 'iris',
      registry: 'oci-layout:store',
    });
    const result = await run(platform);
    expect(result.failure).toMatch(/verdict fail reaches fail-on 'fail': accuracy \(regressed: accuracy −1 pt/);
    expect(saved(platform).rows[0].test).toMatchObject({ test: 'mcnemar', outcome: 'regressed', examples: 20_000, baseline: 0.9, candidate: 0.89 });
  });

  it('a predictions file the command did not write, or cannot be read, fails the run instead of recording it', async () => {
    const { repo } = initRepo({ '.gitignore': 'out/\nmodelgate-train/\n' });
    commit(repo, { 'eval/bad.csv': 'id,label,prediction\n1,a,a\n1,b,a\n' }, 'x');
    const attempt = async (run: string) => {
      const platform = new FakePlatform(localContext(repo), { run, metrics: 'out/metrics.json', predictions: 'out/predictions.csv' });
      const result = await train(platform);
      return { result, record: JSON.parse(readFileSync(join(repo, 'modelgate-train/run.json'), 'utf8')), logs: platform.logs.join('\n') };
    };
    const absent = await attempt('mkdir -p out && echo \'{"accuracy": 1}\' > out/metrics.json');
    expect(absent.result.failure).toBeDefined();
    expect(absent.record.outcome).toBe('failed');
    expect(absent.record.missingOutputs).toEqual([{ input: 'predictions', path: 'out/predictions.csv', reason: 'absent' }]);
    expect(absent.logs).toContain('warning: train-model: predictions: out/predictions.csv was not written');
    const repeated = await attempt('mkdir -p out && cp eval/bad.csv out/predictions.csv && echo \'{"accuracy": 1}\' > out/metrics.json');
    expect(repeated.record.missingOutputs).toEqual([{ input: 'predictions', path: 'out/predictions.csv', reason: 'unreadable' }]);
    expect(repeated.logs).toMatch(/train-model: predictions: out\/predictions\.csv:3: .*id/);
  });
});
