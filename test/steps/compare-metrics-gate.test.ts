import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceLocation } from '../../src/core/errors.js';
import { UserError } from '../../src/core/errors.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { commit, git, initRepo, tempDir, writeFiles } from '../helpers/git.js';
import { stepRun } from '../helpers/step-run.js';

const run = stepRun('compare-metrics');

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

/** A platform whose warnings and errors keep their locations (the annotations GitHub would show). */
function annotated(dir: string, inputs: Record<string, string>) {
  const platform = new FakePlatform(localContext(dir), inputs);
  const annotations: { level: string; message: string; location?: SourceLocation }[] = [];
  platform.log.warning = (message: string, location?: SourceLocation) => void annotations.push({ level: 'warning', message, location });
  platform.log.error = (message: string, location?: SourceLocation) => void annotations.push({ level: 'error', message, location });
  return { platform, annotations };
}

const saved = (platform: FakePlatform) => JSON.parse(readFileSync(platform.outputs.comparison as string, 'utf8'));

describe('rules that match nothing fail the gate closed', () => {
  it('fails on a misspelt rule in modelgate.yml, at its line, with the metric it likely meant', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'metrics.json': '{"test": {"accuracy": 0.91, "roc_auc": 0.88}}',
      'base.json': '{"test": {"accuracy": 0.9, "roc_auc": 0.87}}',
      'modelgate.yml': 'metrics:\n  test.accuracy: {min: 0.8}\n  test.roc_acu: {better: higher, max-drop: 1%}\n',
    });
    const error = await failure(run(new FakePlatform(localContext(dir), { metrics: 'metrics.json', baseline: 'file:base.json' })));
    expect(error.message).toBe(
      "compare-metrics: modelgate.yml:3: rule 'test.roc_acu' matches no metric in the candidate or the baseline; did you mean 'test.roc_auc'? Fix the name, or give the rule 'optional: true' when this run may lack the metric (a config shared by several models)",
    );
    expect(error.location).toEqual({ file: 'modelgate.yml', line: 3 });
  });

  it('warns, with the file and line, on a pattern rule that matches nothing, and still compares', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{"acc": 0.9}', 'b.json': '{"acc": 0.9}', 'modelgate.yml': 'metrics:\n  acc: {min: 0.5}\n  "val.*": {min: 0.5}\n' });
    const { platform, annotations } = annotated(dir, { metrics: 'm.json', baseline: 'file:b.json' });
    expect((await run(platform)).failure).toBeUndefined();
    expect(annotations).toEqual([
      {
        level: 'warning',
        message: "compare-metrics: modelgate.yml:3: rule pattern 'val.*' matches no metric in the candidate or the baseline",
        location: { file: 'modelgate.yml', line: 3 },
      },
    ]);
    expect(platform.outputs.verdict).toBe('pass');
    expect(saved(platform).unusedRules).toEqual(['val.*']);
  });
});

describe('a gated metric absent on one side is not compared', () => {
  it('warns (so fail-on warn fails) for a change rule with no baseline value, and fails one missing from the candidate', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{"acc": 0.9, "fresh": 0.7}', 'b.json': '{"acc": 0.9, "gone": 0.5}' });
    const rules = 'fresh: {better: higher, max-drop: 1%}';
    const lenient = new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'file:b.json', rules });
    expect((await run(lenient)).failure).toBeUndefined();
    expect(lenient.outputs.verdict).toBe('warn');
    expect(readFileSync(lenient.outputs.report as string, 'utf8')).toContain(
      '| ⚠️ | `fresh` | 0.7 | — | | | higher is better · max-drop 1% | new; not in the baseline; change not checked |',
    );
    const strict = new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'file:b.json', rules, 'fail-on': 'warn' });
    expect((await run(strict)).failure).toBe("compare-metrics: verdict warn reaches fail-on 'warn': fresh (not in the baseline; change not checked)");
    const missing = new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'file:b.json', rules: 'gone: {min: 0.1}' });
    expect((await run(missing)).failure).toBe("compare-metrics: verdict fail reaches fail-on 'fail': gone (missing from the candidate)");
  });

  it('still checks absolute bounds of a metric the baseline lacks', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{"acc": 0.9, "fresh": 0.2}', 'b.json': '{"acc": 0.9}' });
    const platform = new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'file:b.json', rules: 'fresh: {min: 0.5, max-drop: 1%}' });
    expect((await run(platform)).failure).toBe("compare-metrics: verdict fail reaches fail-on 'fail': fresh (below min 0.5; not in the baseline; change not checked)");
  });
});

describe('a failed training run is not a candidate', () => {
  const record = (command: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      kind: 'modelgate/run-record',
      version: 1,
      command: { run: 'python train.py', timedOut: false, ...command },
      metrics: { accuracy: 0.99 },
      model: { files: [] },
      ...extra,
    });

  it.each([
    [{ exitCode: 2 }, {}, 'training failed: exit 2'],
    [{ exitCode: 137, signal: 'SIGKILL' }, {}, 'training failed: exit 137, SIGKILL'],
    [{ exitCode: 143, timedOut: true }, {}, 'training timed out (exit 143)'],
    [{ exitCode: 130, cancelled: true }, {}, 'training was cancelled (exit 130)'],
    [
      { exitCode: 0 },
      { outcome: 'failed', missingOutputs: [{ input: 'model', path: 'model.pkl', reason: 'absent' }] },
      "training failed: it did not write model 'model.pkl' (absent)",
    ],
  ])('fails on a run record of %j %j whatever its metrics say, and says why', async (command, extra, reason) => {
    const dir = tempDir();
    writeFiles(dir, { 'out/run.json': record(command, extra), 'b.json': '{"accuracy": 0.9}' });
    const { platform, annotations } = annotated(dir, { metrics: 'out/run.json', baseline: 'file:b.json', rules: 'accuracy: {better: higher, max-drop: 1%}' });
    const result = await run(platform);
    expect(result.failure).toBe(`compare-metrics: verdict fail reaches fail-on 'fail': ${reason} (run record out/run.json)`);
    expect(platform.outputs).toMatchObject({ verdict: 'fail', passed: 'false' });
    const report = readFileSync(platform.outputs.report as string, 'utf8');
    // As prose, a dot before a letter is escaped (no fuzzy linker makes `model.pkl` a domain).
    expect(report).toContain(
      `**T${reason.slice(1).replace(/\.(?=p)/, '\\.')}** (run record \`out/run.json\`): the metrics are from a failed run, so the verdict is fail whatever they say.`,
    );
    expect(platform.summaries[0]?.text).toContain(`${reason} (run record out/run.json)`);
    expect(saved(platform)).toMatchObject({ verdict: 'fail', candidateFailure: { reason, file: 'out/run.json' } });
    expect(annotations).toContainEqual({
      level: 'warning',
      message: `compare-metrics: ${reason} (run record out/run.json): the verdict is fail whatever the metrics say`,
      location: { file: 'out/run.json' },
    });
    expect(result.notice?.message.lines).toEqual([`✗ ${reason} (run record out/run.json)`]);
  });

  it('takes a successful run record as it is', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'out/run.json': record({ exitCode: 0 }), 'b.json': '{"accuracy": 0.99}' });
    const platform = new FakePlatform(localContext(dir), { metrics: 'out/run.json', baseline: 'file:b.json', rules: 'accuracy: {max-drop: 1%}' });
    expect((await run(platform)).failure).toBeUndefined();
    expect(saved(platform).candidateFailure).toBeUndefined();
    expect(platform.outputs.verdict).toBe('pass');
  });
});

describe('baseline errors keep their context', () => {
  it.each([
    ['main', "did you mean 'ref:main'?"],
    ['origin/main', "did you mean 'ref:origin/main'?"],
    ['base.json', "did you mean 'file:base.json'?"],
    ['baseline/*.json', "did you mean 'file:baseline/*.json'?"],
    ['merge_base', "did you mean 'merge-base'?"],
    ['refs:main', "did you mean 'ref:main'?"],
  ])("names input 'baseline', its forms and the likely one for %j, before reading any metrics", async (baseline, hint) => {
    const dir = tempDir();
    writeFiles(dir, { 'base.json': '{"a": 1}' });
    const error = await failure(run(new FakePlatform(localContext(dir), { metrics: 'not-written-yet.json', baseline })));
    expect(error.message).toBe(`compare-metrics: input 'baseline' must be merge-base, ref:<git ref>, file:<paths or globs>, env:<environment> or none, got '${baseline}'; ${hint}`);
    expect(error.location).toBeUndefined();
  });

  it("names the baseline, not the candidate's input, for a broken committed file, and does not annotate the candidate's file", async () => {
    const { repo } = initRepo({ 'metrics.json': '{"accuracy": 0.9,\n  "f1": }\n' });
    const sha = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'feature');
    commit(repo, { 'metrics.json': '{"accuracy": 0.91, "f1": 0.8}\n' });
    const error = await failure(run(new FakePlatform(localContext(repo), { metrics: 'metrics.json', baseline: 'ref:main' })));
    expect(error.message).toMatch(new RegExp(`^compare-metrics: input 'baseline' \\(ref:main: the metric files at main@${sha.slice(0, 7)}\\): metrics\\.json:2: not valid JSON`));
    expect(error.location).toBeUndefined();
  });

  it('names the baseline file and line for a broken file: baseline, where the annotation belongs', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{"a": 1}', 'base/m.json': '{\n  "a": 1,\n  "a": oops\n}\n' });
    const error = await failure(run(new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'file:base/*.json' })));
    expect(error.message).toMatch(/^compare-metrics: input 'baseline' \(file:base\/\*\.json\): base\/m\.json:3: not valid JSON/);
    expect(error.location).toMatchObject({ file: 'base/m.json', line: 3 });
    const none = await failure(run(new FakePlatform(localContext(dir), { metrics: 'm.json', baseline: 'file:nothing/*.json' })));
    expect(none.message).toBe("compare-metrics: input 'baseline' (file:nothing/*.json): 'nothing/*.json' matched no file in workspace");
  });
});

describe('compare-metrics: names it cannot find get the nearest one', () => {
  it('a mistyped metric file, and a base branch (MODELGATE_BASE_REF) that is not in the clone', async () => {
    const { repo } = initRepo({ 'metrics.json': '{"acc": 0.9}\n' });
    git(repo, 'checkout', '-q', '-b', 'feat');
    const sha = commit(repo, { 'metrics.json': '{"acc": 0.91}\n' });
    const typo = new FakePlatform(localContext(repo, { sha }), { metrics: 'metrcs.json', baseline: 'none' });
    await expect(run(typo)).rejects.toThrow(/^metrics: file 'metrcs\.json' does not exist in .*; did you mean 'metrics\.json'\?$/);
    const base = new FakePlatform(localContext(repo, { sha, defaultBaseRef: 'mian' }), { metrics: 'metrics.json' });
    await expect(run(base)).rejects.toThrow(/the base branch 'mian' is not in this clone \(did you mean 'main'\?\)/);
  });
});
