import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExampleProject, exampleWorkflowInputs } from './helpers/example-project.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { commit, git, initRepo, tempDir } from './helpers/git.js';
import { renderProblems } from './helpers/markdown-render.js';
import { mermaidBlocks, parseMermaid, xyChartData } from './helpers/mermaid.js';
import { openPullRequest, withDefaultBranch } from './helpers/pull-request.js';
import { startRegistry, type RunningRegistry } from './helpers/registry-server.js';
import { examplePayload, ROOT } from './helpers/runner.js';
import { WorkflowRunner } from './helpers/workflow-runner.js';

const WORKFLOW = '.github/workflows/modelgate.yml';
const RUNS = 5;

/**
 * The pull request comment an ML engineer reads, made by the reusable workflow on the example project
 * as hosted runners run it (fresh depth-1 checkouts, the merge commit on `pull_request`, only uploaded
 * artifacts), against Debian's docker-registry: five pushes to main record five runs, each with other
 * epochs; a pull request then changes the learning rate. Its comment has the params diff, the data and
 * code lines, a trend chart over the recorded runs, the confusion matrix from its predictions and the
 * training curve from the loss file the example writes as DVCLive does; every chart parses with
 * Mermaid's own parser.
 */
describe('the pull request comment says what changed, the trend and the pictures', () => {
  let github: FakeGitHub;
  let registry: RunningRegistry;
  let origin: string;
  let dev: string;
  const main: string[] = [];
  const models = () => `oci://${registry.host}/models`;

  beforeAll(async () => {
    [github, registry] = await Promise.all([new FakeGitHub().start(), startRegistry()]);
    origin = join(tempDir('modelgate-origin-'), 'origin.git');
    git(ROOT, 'init', '-q', '--bare', origin);
    ({ repo: dev } = initRepo({ 'README.md': 'example\n' }));
    copyExampleProject(dev);
    commit(dev, { '.gitignore': 'out/\nmodelgate-*/\n.modelgate/\nmodelgate.env.sh\n' }, 'example project');
    git(dev, 'remote', 'add', 'origin', origin);
    git(dev, 'push', '-q', 'origin', 'main');
  }, 60_000);
  afterAll(async () => {
    await github.close();
    await registry.stop();
  });

  const inputs = () => ({
    ...exampleWorkflowInputs(models()),
    predictions: 'train/out/predictions.csv',
    plots: 'train/out',
    'baseline-depth': '10',
  });
  const runner = (event: { name: string; payload: Record<string, unknown> }, sha: string) =>
    new WorkflowRunner(
      WORKFLOW,
      { inputs: inputs(), secrets: {}, github: { actor: 'octocat' } },
      { event, apiUrl: github.url, token: github.writeToken, env: { GITHUB_SHA: sha } },
      { fresh: { origin, artifacts: tempDir('modelgate-artifacts-') } },
    );
  const params = (edit: (text: string) => string) => ({ 'train/params.yaml': edit(readFileSync(join(dev, 'train/params.yaml'), 'utf8')) });

  it(`${RUNS} pushes to main record ${RUNS} runs`, async () => {
    for (let i = 0; i < RUNS; i++) {
      const sha = commit(
        dev,
        params((t) => t.replace(/epochs: \d+/, `epochs: ${100 + 50 * i}`)),
        `train ${100 + 50 * i} epochs`,
      );
      git(dev, 'push', '-q', 'origin', 'main');
      const payload = withDefaultBranch(examplePayload('push'));
      Object.assign(payload, { ref: 'refs/heads/main', after: sha, before: main.at(-1) ?? '0'.repeat(40) });
      const workflow = runner({ name: 'push', payload }, sha);
      for (const job of ['validate', 'train']) expect((await workflow.job(job)).failed?.stdout, job).toBeUndefined();
      main.push(sha);
    }
  }, 600_000);

  it('a pull request gets the params diff, the data and code lines, the trend, the confusion matrix and the training curve', async () => {
    const base = main.at(-1) as string;
    const { merge, event } = openPullRequest(
      dev,
      31,
      'higher-lr',
      params((t) => t.replace(/learning_rate: [\d.]+/, 'learning_rate: 0.2')),
      'raise the learning rate',
      base,
    );
    const workflow = runner(event, merge);
    for (const job of ['validate', 'train', 'compare']) expect((await workflow.job(job)).failed?.stdout, job).toBeUndefined();
    const body = github.comments.get(31)?.at(-1)?.body ?? '';
    // The README's picture is made from this comment (scripts/screenshot-report.mjs).
    if (process.env.MODELGATE_REPORT_EXAMPLE) writeFileSync(process.env.MODELGATE_REPORT_EXAMPLE, body);

    // What changed: one param, the same data, the code from the recorded run to this one.
    expect(body).toMatch(
      /<details open><summary>What changed: <b>1 param changed<\/b> · data unchanged · code <a href="[^"]+\/commit\/[0-9a-f]{40}"><code>[0-9a-f]{7}<\/code><\/a> → /,
    );
    expect(body).toContain('| changed | `train.learning_rate` | `0.1` | `0.2` |');
    expect(body).toMatch(/\| unchanged \| `train\/data\/iris\.csv` \| (\d\.\d KB) \| \1 \|/);

    // The comment renders whole in GitHub's renderer and markdown-it, and every chart parses with Mermaid's own parser.
    expect(renderProblems(body)).toEqual([]);
    const blocks = mermaidBlocks(body);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) await expect(parseMermaid(block)).resolves.toBe('xychart');

    // The trend: the five recorded runs, oldest first, then the candidate.
    expect(body).toMatch(new RegExp(`<summary>Trends along main \\(${RUNS} recorded runs\\)</summary>`));
    const trend = await xyChartData(blocks[0] as string);
    expect(trend.categories).toEqual([...main.map((s) => s.slice(0, 7)), 'candidate']);
    expect(trend.lines[0]).toHaveLength(RUNS + 1);

    // The confusion matrix of the candidate's predictions on the 45 test rows.
    expect(body).toMatch(/<summary>Confusion matrix \(3 classes, 45 examples\)<\/summary>/);
    expect(body).toContain('`setosa`');

    // The training curve: the loss per epoch the example writes as DVCLive does.
    expect(body).toMatch(/<summary>Training curves \(1\)<\/summary>/);
    const curve = await xyChartData(blocks.at(-1) as string);
    expect(curve.lines[0]?.length).toBeGreaterThan(10);
    expect(curve.lines[0]?.[0]).toBeCloseTo(1.0986, 3);
    expect(github.comments.get(31)).toHaveLength(1);
  }, 300_000);

  /** The example's training (as shipped), also writing F1 for 3,000 classes, every 75th `drop` lower than the rest. */
  const perClass = (drop: number) => {
    const train = readFileSync(join(ROOT, 'examples/train/train.mjs'), 'utf8').replace(
      "  writeJson(path.join(outDir, 'metrics.json'), metrics);",
      `  metrics.test.per_class = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [\`c\${String(i).padStart(4, '0')}\`, { f1: r4(0.9 - (i % 75 === 0 ? ${drop} * (1 + i / 3000) : 0)) }]));\n  writeJson(path.join(outDir, 'metrics.json'), metrics);`,
    );
    const config = readFileSync(join(ROOT, 'examples/modelgate.yml'), 'utf8').replace('metrics:\n', 'metrics:\n  "test.per_class.*.f1": {better: higher, max-drop: 2%}\n');
    return { 'train/train.mjs': train, 'modelgate.yml': config };
  };

  it('3,000 per-class metrics stay under the comment limit, the worst classes first', async () => {
    const recorded = commit(dev, perClass(0), 'per-class F1');
    git(dev, 'push', '-q', 'origin', 'main');
    const payload = withDefaultBranch(examplePayload('push'));
    Object.assign(payload, { ref: 'refs/heads/main', after: recorded, before: main.at(-1) });
    const push = runner({ name: 'push', payload }, recorded);
    for (const job of ['validate', 'train']) expect((await push.job(job)).failed?.stdout, job).toBeUndefined();

    const { merge, event } = openPullRequest(dev, 32, 'per-class-drop', perClass(0.1), 'some classes drop', recorded);
    const workflow = runner(event, merge);
    for (const job of ['validate', 'train']) expect((await workflow.job(job)).failed?.stdout, job).toBeUndefined();
    expect((await workflow.job('compare')).failed?.stdout).toMatch(/::error::compare-metrics: verdict fail reaches fail-on 'fail': test\.per_class\.c\d{4}\.f1/);
    const body = github.comments.get(32)?.at(-1)?.body ?? '';
    if (process.env.MODELGATE_REPORT_EXAMPLE) writeFileSync(`${process.env.MODELGATE_REPORT_EXAMPLE}.per-class`, body);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(renderProblems(body)).toEqual([]);
    expect(body).toContain(
      '<details open><summary>3000 metrics under the rule <code>test.per_class.*.f1</code> (higher is better · max-drop 2%): 40 failing, 40 regressed; worst first</summary>',
    );
    const failing = body.split('\n').filter((l) => l.startsWith('| ❌'));
    expect(failing).toHaveLength(40);
    // The largest drop (the last class of every 75th) leads.
    expect(failing[0]).toContain('`test.per_class.c2925.f1`');
    for (const block of mermaidBlocks(body)) await expect(parseMermaid(block)).resolves.toBe('xychart');
  }, 300_000);
});
