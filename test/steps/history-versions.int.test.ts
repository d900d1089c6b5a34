import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRunRecord } from '../../src/core/run-record.js';
import { cli } from '../../src/entrypoints/cli.js';
import type { Context } from '../../src/platform/platform.js';
import { listEnvironments, openStore } from '../../src/registry/models.js';
import { COMMANDS } from '../../src/steps/index.js';
import { fillTables } from '../../src/steps/docs.js';
import { recordThisRun } from '../../src/steps/train-model/record-run.js';
import type { TrainInputs } from '../../src/steps/train-model/step.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir } from '../helpers/git.js';
import { writeComparison, writeTrainedModel } from '../helpers/model-workspace.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry-server.js';
import { stepInputs, stepRun } from '../helpers/step-run.js';

const deployModel = stepRun('deploy-model');
const rollback = stepRun('rollback');
const [A, B, C] = ['a', 'b', 'c'].map((c) => c.repeat(40)) as [string, string, string];
/** A metric name and texts that would forge a terminal link, clear the screen, or render as HTML and links. */
const OSC8 = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007';
const HOSTILE_METRIC = `aa${OSC8}<img src=x>[x](https://evil.example)`;
const HOSTILE_REASON = `fix \u001b[2J<script>alert(1)</script> **bold** @octocat`;
const CI: Partial<Context> = { platform: 'github', repositoryUrl: 'https://github.com/o/r' };
const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

/** A trained run: its record with the CI run and metrics given, written where train-model leaves it. */
function trained(ws: string, id: string, sha: string, metrics: Record<string, number>, ci: Record<string, unknown>): string {
  const path = writeTrainedModel(ws, { dir: `runs/${id}`, id, sha, metrics });
  const record = JSON.parse(readFileSync(join(ws, path), 'utf8'));
  record.ci = ci;
  writeFileSync(join(ws, path), `${JSON.stringify(record, null, 2)}\n`);
  return path;
}

/** Records the run as train-model does on a push to main (its recording function, with its parsed inputs). */
async function recordRun(ws: string, registry: string, path: string): Promise<void> {
  const platform = new FakePlatform(localContext(ws, CI), { 'model-name': 'iris', registry, 'record-run': 'true', run: 'true', metrics: 'm.json' });
  const inputs = await stepInputs<TrainInputs & { modelName: string }>('train-model', platform);
  await recordThisRun(platform, inputs, openStore(registry, { workspace: ws }), await readRunRecord(join(ws, path)), true);
  expect(platform.outputs['recorded-run']).toMatch(/^iris:run-/);
  await pause();
}

/** deploy-model of a run record with a passing comparison of these metrics. */
async function deploy(ws: string, registry: string, path: string, environment: string, gated: string[], extra: Record<string, string> = {}, actor = 'ci-bot') {
  const comparison = writeComparison(
    ws,
    `${path}.comparison-${environment}.json`,
    gated.map((n) => [n, 'pass'] as [string, 'pass']),
    JSON.parse(readFileSync(join(ws, path), 'utf8')).git.sha,
  );
  const platform = new FakePlatform(localContext(ws, { ...CI, actor, runUrl: 'https://github.com/o/r/actions/runs/900' }), {
    'model-name': 'iris',
    registry,
    'run-record': path,
    comparison,
    environment,
    ...extra,
  });
  const result = await deployModel(platform);
  expect(result.failure).toBeUndefined();
  await pause();
  return platform.outputs as { version: string; digest: string };
}

/** `modelgate <args>` in a workspace, with what it printed. */
async function run(ws: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const [stdout, stderr] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await cli(args, {}, ws);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}

const markdownIt = new MarkdownIt({ html: true, linkify: true });
/** The link targets and HTML elements markdown renders to, as github.com's renderer would. */
function rendered(markdown: string) {
  const html = markdownIt.render(markdown);
  return { hrefs: [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]), html };
}

interface Flavour {
  label: string;
  setup(): Promise<{ uri: (ws: string) => string; stop(): Promise<void> }>;
}

const FLAVOURS: Flavour[] = [
  { label: 'oci-layout', setup: async () => ({ uri: () => 'oci-layout:.modelgate/registry', stop: async () => undefined }) },
  {
    label: 'OCI Distribution (docker-registry 2.8)',
    setup: async () => {
      const registry: RunningRegistry = await startRegistry();
      let n = 0;
      return { uri: () => `oci://${registry.host}/team${n++}`, stop: () => registry.stop() };
    },
  },
];

describe.each(FLAVOURS)('modelgate history and versions: $label', (flavour) => {
  let store: Awaited<ReturnType<Flavour['setup']>>;
  let ws: string;
  let registry: string;
  const digests: Record<string, string> = {};
  beforeAll(async () => {
    store = await flavour.setup();
    ws = tempDir();
    registry = store.uri(ws);
    // run 1: recorded, promoted to staging and production; run 2: recorded (GitLab), promoted to staging
    // by a hostile actor with a hostile reason and metric name, then rolled back; run 3: only recorded.
    const one = trained(
      ws,
      'one',
      A,
      { 'test.f1': 0.85, 'test.accuracy': 0.912345678, loss: 0.3, zeta: 1 },
      { platform: 'github', runUrl: 'https://github.com/o/r/actions/runs/1' },
    );
    await recordRun(ws, registry, one);
    digests.one = (await deploy(ws, registry, one, 'staging', ['test.accuracy', 'test.f1'])).digest;
    await deploy(ws, registry, one, 'production', ['test.accuracy']);
    const two = trained(ws, 'two', B, { [HOSTILE_METRIC]: 0.5, 'test.accuracy': 0.93 }, { platform: 'gitlab', runUrl: 'https://evil.example/x?(y)' });
    await recordRun(ws, registry, two);
    digests.two = (await deploy(ws, registry, two, 'staging', ['test.accuracy', HOSTILE_METRIC], { reason: HOSTILE_REASON }, `mallory${OSC8}`)).digest;
    const back = new FakePlatform(localContext(ws), { 'model-name': 'iris', registry, environment: 'staging', reason: 'errors up' });
    expect((await rollback(back)).failure).toBeUndefined();
    await pause();
    await recordRun(ws, registry, trained(ws, 'three', C, { b: 2, a: 1, c: 3, d: 4 }, { platform: 'github', runUrl: 'javascript:alert(1)' }));
  });
  afterAll(() => store?.stop());

  it('the store enumerates the environments from its tags', async () => {
    expect(await listEnvironments(openStore(registry, { workspace: ws }), 'iris')).toEqual(['production', 'staging']);
  });

  it('history --env: each record with its version, commit, headline metrics and run; nothing a terminal acts on', async () => {
    const h = await run(ws, ['history', '--model-name', 'iris', '--env', 'staging', '--registry', registry]);
    expect(h.code, h.stderr).toBe(0);
    const lines = h.stdout.split('\n');
    expect(lines[0]).toBe(`Deployment history of iris in staging: 3 records, pointer at ${digests.one}`);
    expect(lines[1]).toMatch(/^time +action +version +from → to +gate +by +commit +metrics +run +why$/);
    expect(lines[2]).toMatch(
      new RegExp(
        `rollback +${A.slice(0, 12)}-one +sha256:\\w{12} → sha256:\\w{12} +— .* ${A.slice(0, 12)} +test\\.accuracy 0\\.912346, test\\.f1 0\\.85 +https://github\\.com/o/r/actions/runs/1 +.*errors up`,
      ),
    );
    // The hostile metric is the record's own gate: shown, its control characters as '?'.
    expect(lines[3]).toContain(
      `${B.slice(0, 12)}  test.accuracy 0.93, aa?]8;;https://evil.example?click?]8;;?<img src=x>[x](https://evil.example) 0.5  https://evil.example/x?(y)`,
    );
    expect(lines[3]).toContain('mallory?]8;;');
    expect(lines[4]).toMatch(/promote .* pass .* test\.accuracy 0\.912346, test\.f1 0\.85 +https:\/\/github\.com\/o\/r\/actions\/runs\/1 +gate pass/);
    expect(h.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('history --format markdown links only plain https URLs and hex commits; the rest stays literal', async () => {
    const h = await run(ws, ['history', '--model-name', 'iris', '--env', 'staging', '--registry', registry, '--format', 'markdown']);
    expect(h.code, h.stderr).toBe(0);
    const { hrefs, html } = rendered(h.stdout);
    // Commit links from the versions' repository annotation, GitLab's under /-/; no link from the unsafe run URL.
    expect(new Set(hrefs)).toEqual(new Set([`https://github.com/o/r/commit/${A}`, `https://github.com/o/r/-/commit/${B}`, 'https://github.com/o/r/actions/runs/1']));
    expect(html).not.toMatch(/<img|<script|<strong/);
    expect(html).toContain('&lt;img src=x&gt;[x](https://evil.example)');
    expect(h.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('history without --env lists every environment with its chain, pointer and off-chain records', async () => {
    const h = await run(ws, ['history', '--model-name', 'iris', '--registry', registry]);
    expect(h.code, h.stderr).toBe(0);
    expect(h.stdout).toMatch(/^Deployment history of iris: 2 environments \(production, staging\)\n\nDeployment history of iris in production: 1 record, pointer at sha256:/);
    expect(h.stdout).toContain(`\nDeployment history of iris in staging: 3 records, pointer at ${digests.one}\n`);
    // Production's headline is what its own gate judged.
    expect(h.stdout).toMatch(/promote .* test\.accuracy 0\.912346 +https:\/\/github\.com/);

    const json = JSON.parse((await run(ws, ['history', '--model-name', 'iris', '--registry', registry, '--format', 'json'])).stdout);
    expect(Object.keys(json)).toEqual(['model', 'environments']);
    expect(json.environments.map((e: { environment: string }) => e.environment)).toEqual(['production', 'staging']);
    const staging = json.environments[1];
    expect(Object.keys(staging)).toEqual(['environment', 'pointer', 'forks', 'records', 'offChain']);
    expect(staging.records.map((r: { record: { action: string } }) => r.record.action)).toEqual(['rollback', 'promote', 'promote']);
    expect(staging.records[1].record).toMatchObject({ gatedMetrics: ['test.accuracy', HOSTILE_METRIC], reason: HOSTILE_REASON, actor: `mallory${OSC8}` });
    expect(staging.records[1].run).toEqual({
      version: `${B.slice(0, 12)}-two`,
      digest: digests.two,
      commit: B,
      commitUrl: `https://github.com/o/r/-/commit/${B}`,
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      outcome: 'succeeded',
      runUrl: 'https://evil.example/x?(y)',
      headline: [
        { name: 'test.accuracy', value: 0.93 },
        { name: HOSTILE_METRIC, value: 0.5 },
      ],
    });
    const one = JSON.parse((await run(ws, ['history', '--model-name', 'iris', '--env', 'production', '--registry', registry, '--format', 'json'])).stdout);
    expect(Object.keys(one)).toEqual(['model', 'environment', 'pointer', 'forks', 'records', 'offChain']);
    expect(one.records[0].run.headline).toEqual([{ name: 'test.accuracy', value: 0.912345678 }]);
  });

  it('versions lists versions and recorded runs newest first, with the environments that run each', async () => {
    const v = await run(ws, ['versions', '--model-name', 'iris', '--registry', registry]);
    expect(v.code, v.stderr).toBe(0);
    const lines = v.stdout.split('\n');
    expect(lines[0]).toBe('Versions and recorded runs of iris: 2 versions, 3 runs, newest first');
    expect(lines[1]).toMatch(/^created +kind +tag +commit +outcome +metrics +environments +run$/);
    // Run three: no gate, so its first three metrics by name; its run URL is no link but text.
    expect(lines[2]).toMatch(new RegExp(`run +run-${C} +${C.slice(0, 12)} +succeeded +a 1, b 2, c 3 +— +javascript:alert\\(1\\)$`));
    expect(lines[3]).toMatch(new RegExp(`version +${B.slice(0, 12)}-two .* test\\.accuracy 0\\.93, aa\\?\\]8;;`));
    // Version one's headline is what its newest gate (production's) judged.
    expect(lines[5]).toMatch(
      new RegExp(`version +${A.slice(0, 12)}-one +${A.slice(0, 12)} +succeeded +test\\.accuracy 0\\.912346 +production, staging +https://github\\.com/o/r/actions/runs/1$`),
    );
    expect(v.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);

    const json = JSON.parse((await run(ws, ['versions', '--model-name', 'iris', '--registry', registry, '--format', 'json'])).stdout);
    expect(Object.keys(json)).toEqual(['model', 'environments', 'entries']);
    expect(json.environments).toEqual([
      { environment: 'production', pointer: digests.one, version: `${A.slice(0, 12)}-one` },
      { environment: 'staging', pointer: digests.one, version: `${A.slice(0, 12)}-one` },
    ]);
    expect(json.entries.map((e: { kind: string; tag: string }) => `${e.kind} ${e.tag}`)).toEqual([
      `run run-${C}`,
      `version ${B.slice(0, 12)}-two`,
      `run run-${B}`,
      `version ${A.slice(0, 12)}-one`,
      `run run-${A}`,
    ]);
    const [three, two, , one, runOne] = json.entries;
    expect(Object.keys(one)).toEqual(['kind', 'tag', 'digest', 'commit', 'commitUrl', 'created', 'outcome', 'runUrl', 'headline', 'runRecordDigest', 'environments']);
    expect(one).toMatchObject({ digest: digests.one, commit: A, commitUrl: `https://github.com/o/r/commit/${A}`, outcome: 'succeeded', environments: ['production', 'staging'] });
    expect(two.environments).toEqual([]);
    // A recorded run shares its record with the version made from it, and so the gate's headline.
    expect(runOne).toMatchObject({ commit: A, runRecordDigest: one.runRecordDigest, headline: one.headline, environments: [] });
    expect(three).toMatchObject({
      runUrl: 'javascript:alert(1)',
      headline: [
        { name: 'a', value: 1 },
        { name: 'b', value: 2 },
        { name: 'c', value: 3 },
      ],
    });

    const md = await run(ws, ['versions', '--model-name', 'iris', '--registry', registry, '--format', 'markdown']);
    const { hrefs, html } = rendered(md.stdout);
    expect(
      hrefs.every((h) => /^https:\/\/github\.com\/o\/r\/(-\/)?(commit\/[0-9a-f]{40}|actions\/runs\/1)$/.test(h as string)),
      hrefs.join('\n'),
    ).toBe(true);
    expect(hrefs).not.toContain('javascript:alert(1)');
    expect(html).not.toMatch(/<img|<script/);
  });

  it('fails closed: an unknown model says nothing is recorded and how to record; an unknown environment suggests one', async () => {
    const none = await run(ws, ['versions', '--model-name', 'irsi', '--registry', registry]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`versions: nothing is recorded for model 'irsi' in ${registry}: no versions, runs or deployments. train-model records runs`);
    const history = await run(ws, ['history', '--model-name', 'irsi', '--registry', registry]);
    expect(history.stderr).toContain("history: nothing is recorded for model 'irsi'");
    const typo = await run(ws, ['history', '--model-name', 'iris', '--env', 'stagin', '--registry', registry]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain(
      `history: model 'iris' has no environment 'stagin' in ${registry} (no pointer env-stagin, no deployment record); did you mean 'staging'?; its environments: production, staging`,
    );
  });
});

describe('modelgate versions and history, declared', () => {
  it('are CLI commands whose help and docs tables come from their declarations', async () => {
    const help = await run(tempDir(), ['versions', '--help']);
    expect(help.stdout).toContain('Usage: modelgate versions --model-name <name> [--registry <uri>] [--format table|markdown|json]');
    expect((await run(tempDir(), ['history', '--help'])).stdout).toContain('[--env <environment>]');
    const doc = readFileSync(fileURLToPath(new URL('../../docs/model-storage.md', import.meta.url)), 'utf8');
    const commands = [COMMANDS.history!, COMMANDS.versions!];
    expect(doc).toContain('<!-- generated:inputs:versions -->');
    expect(fillTables(doc, commands), 'run `npm run docs`').toBe(doc);
  });
});
