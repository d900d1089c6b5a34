import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeToolsOnPath } from './helpers/fake-gpu-tools.js';
import { commit, initRepo, tempDir, writeFiles } from './helpers/git.js';
import { writeComparison, writeTrainedModel } from './helpers/model-workspace.js';
import { ROOT, runAction, type ActionRun } from './helpers/runner.js';

/**
 * A repository (a pull request) can commit a symbolic link at any path modelgate writes: its output
 * folders, the files in them, the logs, the export file, the on-disk model store. Each step runs through
 * its real bundle, the way the runner (or the CLI) runs it, in a workspace whose paths are links to
 * "victim" files and folders outside it, and nothing outside may change: a link to an outside folder is
 * refused with a message naming the input or path, a link at a file is refused or replaced by a regular
 * file, and the exit code says which.
 */

/** What a victim file holds: no step may overwrite it, nor show it. */
const secretOf = (name: string) => `KEEP-OUT ${name}: victim content outside the workspace\n`;
/** A victim's mtime: old, like a home folder's files (a lock left this long is taken over at once). */
const LONG_AGO = new Date('2020-01-01T00:00:00Z');

interface Victim {
  root: string;
  /** An outside folder, with one file in it. */
  dir: string;
  /** A new outside file holding {@link secretOf}(name). */
  file(name: string): string;
  /** Every name under the victim's root, with its content (a link with its target). */
  snapshot(): string[];
}

function victim(): Victim {
  const root = tempDir('modelgate-victim-');
  writeFiles(root, { 'dir/kept.txt': 'the victim folder has this one file\n' });
  mkdirSync(join(root, 'files'));
  return {
    root,
    dir: join(root, 'dir'),
    file(name) {
      const path = join(root, 'files', name.replace(/\//g, '_'));
      writeFileSync(path, secretOf(name));
      utimesSync(path, LONG_AGO, LONG_AGO);
      return path;
    },
    snapshot: () => tree(root),
  };
}

function tree(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const rel = `${prefix}${name}`;
      const info = lstatSync(path);
      if (info.isSymbolicLink()) return [`${rel} -> ${readlinkSync(path)}`];
      if (info.isDirectory()) return [`${rel}/`, ...tree(path, `${rel}/`)];
      return [`${rel}: ${readFileSync(path, 'latin1')}`];
    });
}

/** A repository with `files`, and the links (workspace path → outside target) committed on top, as a PR would. */
function workspaceWithLinks(files: Record<string, string>, links: Record<string, string>): string {
  const { repo } = initRepo({ 'README.md': 'x\n', ...files });
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    symlinkSync(target, join(repo, path));
  }
  commit(repo, {}, 'links');
  return repo;
}

const isLink = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true;
const isRegularFile = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isFile() === true;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** The step failed with exit code 1 and an `::error::` matching `message`, no stack trace, and showed no victim's content. */
function expectRefused(run: { exitCode: number; stdout: string; stderr: string }, message: RegExp, errorPrefix = '::error'): void {
  const all = run.stdout + run.stderr;
  expect(run.exitCode, all).toBe(1);
  expect(all, "a victim's content is shown").not.toContain('KEEP-OUT');
  expect(all).not.toMatch(STACK);
  const errors = all.split('\n').filter((line) => line.startsWith(errorPrefix));
  expect(
    errors.some((line) => message.test(line)),
    `no error matching ${message} in:\n${all}`,
  ).toBe(true);
}

/** The step succeeded, and showed no victim's content. */
function expectSucceeded(run: { exitCode: number; stdout: string; stderr: string }): void {
  const all = run.stdout + run.stderr;
  expect(run.exitCode, all).toBe(0);
  expect(all).not.toContain('KEEP-OUT');
}

/** `node dist/cli.js <args>` in the workspace, with only `env` (and PATH, HOME). */
function cli(workspace: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], {
    cwd: workspace,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: workspace, ...env },
  });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const gitlabEnv = (workspace: string) => ({ GITLAB_CI: 'true', CI_PROJECT_DIR: workspace, CI_COMMIT_SHA: 'f'.repeat(40), CI_PIPELINE_SOURCE: 'push' });

describe('train-model: modelgate-train/ (run.json, train.log)', () => {
  const TRAIN = {
    run: 'mkdir -p out/model && echo weights > out/model/w.bin && echo \'{"accuracy": 0.9}\' > out/metrics.json',
    metrics: 'out/metrics.json',
    model: 'out/model',
  };

  it('a link at the output folder to an outside folder: refused before the command runs, nothing written there', async () => {
    const v = victim();
    const ws = workspaceWithLinks({}, { 'modelgate-train': v.dir });
    const before = v.snapshot();
    const run = await runAction('train-model', { workspace: ws, inputs: TRAIN });
    expectRefused(run, /train-model: input 'output': path 'modelgate-train' leads outside the workspace through a symbolic link/);
    expect(existsSync(join(ws, 'out'))).toBe(false);
    expect(v.snapshot()).toEqual(before);
  });

  it('links at run.json and train.log: the old run.json link is removed, the log link refused before the command runs', async () => {
    const v = victim();
    const links = { 'modelgate-train/run.json': v.file('run.json'), 'modelgate-train/train.log': v.file('train.log') };
    const ws = workspaceWithLinks({}, links);
    const before = v.snapshot();
    const run = await runAction('train-model', { workspace: ws, inputs: TRAIN });
    expectRefused(run, /modelgate-train\/train\.log is a symbolic link: modelgate does not write through one/);
    expect(existsSync(join(ws, 'out'))).toBe(false);
    // The earlier run's record is removed (the link itself, not what it points at), so none passes for this run's.
    expect(existsSync(join(ws, 'modelgate-train/run.json'))).toBe(false);
    expect(isLink(join(ws, 'modelgate-train/train.log'))).toBe(true);
    expect(v.snapshot()).toEqual(before);
  });

  it('a link at run.json alone: the run succeeds and the record replaces the link as a regular file', async () => {
    const v = victim();
    const links = { 'modelgate-train/run.json': v.file('run.json') };
    const ws = workspaceWithLinks({}, links);
    const before = v.snapshot();
    const run = await runAction('train-model', { workspace: ws, inputs: TRAIN });
    expectSucceeded(run);
    const record = join(ws, 'modelgate-train/run.json');
    expect(run.outputs['run-record']).toBe(record);
    expect(isRegularFile(record)).toBe(true);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toMatchObject({ kind: 'modelgate/run-record', outcome: 'succeeded' });
    expect(isRegularFile(join(ws, 'modelgate-train/train.log'))).toBe(true);
    expect(v.snapshot()).toEqual(before);
  });
});

describe('train-model mode select: modelgate-train/run.json (the winner, copied)', () => {
  /** Two run records of a sweep; `b` wins on accuracy. */
  function sweep(links: Record<string, string>): string {
    const ws = workspaceWithLinks({}, links);
    writeTrainedModel(ws, { dir: 'runs/a', id: 'a', metrics: { accuracy: 0.8 } });
    writeTrainedModel(ws, { dir: 'runs/b', id: 'b', metrics: { accuracy: 0.9 } });
    return ws;
  }
  const SELECT = { mode: 'select', runs: 'runs/*/run.json', 'select-by': 'accuracy' };

  it('a link at the output folder to an outside folder: refused, nothing copied there', async () => {
    const v = victim();
    const ws = sweep({ 'modelgate-train': v.dir });
    const before = v.snapshot();
    const run = await runAction('train-model', { workspace: ws, inputs: SELECT });
    expectRefused(run, /train-model: input 'output': path 'modelgate-train' leads outside the workspace through a symbolic link/);
    expect(v.snapshot()).toEqual(before);
  });

  it('a link at run.json to an outside file: the winner replaces the link, the outside file is untouched', async () => {
    const v = victim();
    const ws = sweep({ 'modelgate-train/run.json': v.file('run.json') });
    const before = v.snapshot();
    const run = await runAction('train-model', { workspace: ws, inputs: SELECT });
    expect(v.snapshot(), 'the winner was copied through the link').toEqual(before);
    expectSucceeded(run);
    const record = join(ws, 'modelgate-train/run.json');
    expect(run.outputs['run-record']).toBe(record);
    expect(isRegularFile(record)).toBe(true);
    expect(readFileSync(record, 'utf8')).toBe(readFileSync(join(ws, 'runs/b/run.json'), 'utf8'));
  });
});

describe('validate-data: modelgate-data/ (report.json, report.md, junit.xml, profile.json)', () => {
  const DATA = { 'data/t.csv': 'a,b\n1,x\n2,y\n3,z\n', 'data/t.schema.yaml': 'fields:\n  - name: a\n    type: integer\n  - name: b\n    type: string\n' };
  const INPUTS = { data: 'data/t.csv', schema: 'data/t.schema.yaml', mode: 'profile' };
  const REPORTS = ['report.json', 'report.md', 'junit.xml', 'profile.json'];

  it('a link at the report folder to an outside folder: refused, nothing written there', async () => {
    const v = victim();
    const ws = workspaceWithLinks(DATA, { 'modelgate-data': v.dir });
    const before = v.snapshot();
    const run = await runAction('validate-data', { workspace: ws, inputs: INPUTS });
    expectRefused(run, /validate-data: input 'report': path 'modelgate-data' leads outside the workspace through a symbolic link/);
    expect(v.snapshot()).toEqual(before);
  });

  it('links at every report file: the reports are replaced by regular files, the profile link is refused, the outside files are untouched', async () => {
    const v = victim();
    const links = Object.fromEntries(REPORTS.map((name) => [`modelgate-data/${name}`, v.file(name)]));
    const ws = workspaceWithLinks(DATA, links);
    const before = v.snapshot();
    const run = await runAction('validate-data', { workspace: ws, inputs: INPUTS });
    // The reports are written first (through a temporary file and a rename, which replaces the link); a
    // profile path that leads out of the workspace is refused like any other input.
    expectRefused(run, /validate-data: input 'profile': path 'modelgate-data\/profile\.json' leads outside the workspace through a symbolic link/);
    for (const name of ['report.json', 'report.md', 'junit.xml']) expect(isRegularFile(join(ws, 'modelgate-data', name)), name).toBe(true);
    expect(JSON.parse(readFileSync(join(ws, 'modelgate-data/report.json'), 'utf8'))).toMatchObject({ valid: true });
    expect(readFileSync(join(ws, 'modelgate-data/junit.xml'), 'utf8')).toContain('<testsuite');
    expect(isLink(join(ws, 'modelgate-data/profile.json'))).toBe(true);
    expect(v.snapshot()).toEqual(before);
  });

  it('links at the reports of mode validate: each is replaced by a regular file and the step succeeds', async () => {
    const v = victim();
    const names = ['report.json', 'report.md', 'junit.xml'];
    const links = Object.fromEntries(names.map((name) => [`modelgate-data/${name}`, v.file(name)]));
    const ws = workspaceWithLinks(DATA, links);
    const before = v.snapshot();
    const run = await runAction('validate-data', { workspace: ws, inputs: { ...INPUTS, mode: 'validate' } });
    expectSucceeded(run);
    expect(run.outputs).toMatchObject({ valid: 'true', rows: '3', report: join(ws, 'modelgate-data/report.json') });
    for (const name of names) expect(isRegularFile(join(ws, 'modelgate-data', name)), name).toBe(true);
    expect(v.snapshot()).toEqual(before);
  });

  it('a link at a profile named outside the report folder: refused when it leads out through a linked folder', async () => {
    const v = victim();
    const ws = workspaceWithLinks(DATA, { profiles: v.dir });
    const before = v.snapshot();
    const run = await runAction('validate-data', { workspace: ws, inputs: { ...INPUTS, profile: 'profiles/p.json' } });
    expectRefused(run, /validate-data: input 'profile': path 'profiles\/p\.json' leads outside the workspace through a symbolic link/);
    expect(v.snapshot()).toEqual(before);
  });
});

describe('compare-metrics: modelgate-report/ (compare-metrics.md, compare-metrics.json; on GitLab metrics.txt and the dotenv)', () => {
  const FILES = { 'metrics.json': '{"accuracy": 0.91}\n', 'baseline/metrics.json': '{"accuracy": 0.9}\n' };
  const INPUTS = { metrics: 'metrics.json', baseline: 'file:baseline/metrics.json', rules: 'accuracy: {better: higher}', comment: 'false', status: 'false' };

  it('a link at the report folder to an outside folder: refused, nothing written there', async () => {
    const v = victim();
    const ws = workspaceWithLinks(FILES, { 'modelgate-report': v.dir });
    const before = v.snapshot();
    const run = await runAction('compare-metrics', { workspace: ws, inputs: INPUTS });
    expectRefused(run, /compare-metrics: input 'report': path 'modelgate-report' leads outside the workspace through a symbolic link/);
    expect(v.snapshot()).toEqual(before);
  });

  it('links at the report and the comparison JSON (with an id): both are replaced by regular files', async () => {
    const v = victim();
    const links = {
      'modelgate-report/compare-metrics-champ.md': v.file('compare-metrics-champ.md'),
      'modelgate-report/compare-metrics-champ.json': v.file('compare-metrics-champ.json'),
    };
    const ws = workspaceWithLinks(FILES, links);
    const before = v.snapshot();
    const run = await runAction('compare-metrics', { workspace: ws, inputs: { ...INPUTS, id: 'champ' } });
    expectSucceeded(run);
    expect(run.outputs).toMatchObject({ verdict: 'pass', report: join(ws, 'modelgate-report/compare-metrics-champ.md') });
    for (const name of Object.keys(links)) expect(isRegularFile(join(ws, name)), name).toBe(true);
    expect(JSON.parse(readFileSync(join(ws, 'modelgate-report/compare-metrics-champ.json'), 'utf8'))).toMatchObject({ kind: 'modelgate/comparison', verdict: 'pass' });
    expect(v.snapshot()).toEqual(before);
  });

  it('GitLab (the CLI): links at metrics.txt, compare-metrics.env and the report files are all replaced by regular files', () => {
    const v = victim();
    const names = ['metrics.txt', 'compare-metrics.env', 'modelgate-report/compare-metrics.md', 'modelgate-report/compare-metrics.json'];
    const links = Object.fromEntries(names.map((name) => [name, v.file(name)]));
    const ws = workspaceWithLinks(FILES, links);
    const before = v.snapshot();
    const run = cli(ws, ['compare-metrics', '--metrics', 'metrics.json', '--baseline', 'file:baseline/metrics.json', '--comment', 'false'], gitlabEnv(ws));
    expectSucceeded(run);
    for (const name of names) expect(isRegularFile(join(ws, name)), name).toBe(true);
    expect(readFileSync(join(ws, 'metrics.txt'), 'utf8')).toContain('accuracy 0.91');
    expect(readFileSync(join(ws, 'compare-metrics.env'), 'utf8')).toContain('COMPARE_METRICS_VERDICT=pass');
    expect(v.snapshot()).toEqual(before);
  });
});

describe('setup-gpu-runner verify with allow-cpu: modelgate-gpu/gpu-info.json, and the export file modelgate.env.sh', () => {
  const env = () => ({ PATH: [fakeToolsOnPath('none'), process.env.PATH ?? ''].join(delimiter) });
  const INPUTS = { 'allow-cpu': 'true' };

  it('a link at the output folder to an outside folder: refused, nothing written there (nor to GITHUB_ENV)', async () => {
    const v = victim();
    const ws = workspaceWithLinks({}, { 'modelgate-gpu': v.dir });
    const before = v.snapshot();
    const run = await runAction('setup-gpu-runner', { workspace: ws, inputs: INPUTS, env: env() });
    expectRefused(run, /setup-gpu-runner: input 'output': path 'modelgate-gpu' leads outside the workspace through a symbolic link/);
    expect(run.exported).toEqual({});
    expect(v.snapshot()).toEqual(before);
  });

  it('a link at gpu-info.json: replaced by a regular file; CUDA_VISIBLE_DEVICES goes to the runner’s GITHUB_ENV, no file in the workspace', async () => {
    const v = victim();
    const ws = workspaceWithLinks({}, { 'modelgate-gpu/gpu-info.json': v.file('gpu-info.json') });
    const before = v.snapshot();
    const run: ActionRun = await runAction('setup-gpu-runner', { workspace: ws, inputs: INPUTS, env: env() });
    expectSucceeded(run);
    expect(run.exported).toEqual({ CUDA_VISIBLE_DEVICES: '' });
    const info = join(ws, 'modelgate-gpu/gpu-info.json');
    expect(run.outputs).toMatchObject({ 'gpu-count': '0', 'gpu-info': info });
    expect(isRegularFile(info)).toBe(true);
    expect(JSON.parse(readFileSync(info, 'utf8'))).toMatchObject({ selected: [] });
    expect(existsSync(join(ws, 'modelgate.env.sh'))).toBe(false);
    expect(v.snapshot()).toEqual(before);
  });

  it('the CLI: a link at modelgate.env.sh is refused, not appended to', () => {
    const v = victim();
    const ws = workspaceWithLinks({}, { 'modelgate.env.sh': v.file('modelgate.env.sh') });
    const before = v.snapshot();
    const run = cli(ws, ['setup-gpu-runner', '--allow-cpu'], env());
    expectRefused(run, /modelgate\.env\.sh is a symbolic link: modelgate does not write through one/, 'error: ');
    expect(isLink(join(ws, 'modelgate.env.sh'))).toBe(true);
    expect(v.snapshot()).toEqual(before);
  });

  it('the CLI: a link at the output folder is refused', () => {
    const v = victim();
    const ws = workspaceWithLinks({}, { 'modelgate-gpu': v.dir });
    const before = v.snapshot();
    const run = cli(ws, ['setup-gpu-runner', '--allow-cpu'], env());
    expectRefused(run, /setup-gpu-runner: input 'output': path 'modelgate-gpu' leads outside the workspace through a symbolic link/, 'error: ');
    expect(v.snapshot()).toEqual(before);
  });

  it('GitLab (the CLI): a link at the dotenv setup-gpu-runner.env is replaced by a regular file', () => {
    const v = victim();
    const ws = workspaceWithLinks({}, { 'setup-gpu-runner.env': v.file('setup-gpu-runner.env') });
    const before = v.snapshot();
    const run = cli(ws, ['setup-gpu-runner', '--allow-cpu'], { ...env(), ...gitlabEnv(ws) });
    expectSucceeded(run);
    expect(isRegularFile(join(ws, 'setup-gpu-runner.env'))).toBe(true);
    expect(readFileSync(join(ws, 'setup-gpu-runner.env'), 'utf8')).toContain('SETUP_GPU_RUNNER_GPU_COUNT=0');
    expect(readFileSync(join(ws, 'modelgate.env.sh'), 'utf8')).toBe("export CUDA_VISIBLE_DEVICES=''\n");
    expect(v.snapshot()).toEqual(before);
  });
});

describe('deploy-model and rollback with an on-disk store (oci-layout:models) and a smoke-test command', () => {
  const SHA = 'c'.repeat(40);
  /** A workspace with a trained model, its passing comparison, and the links. */
  function deployWorkspace(links: Record<string, string>): string {
    const ws = workspaceWithLinks({}, links);
    writeTrainedModel(ws, { dir: 'train', id: 'run-1', sha: SHA });
    writeComparison(ws, 'train/comparison.json', [['test.accuracy', 'pass']], SHA);
    return ws;
  }
  const deploy = (ws: string, extra: Record<string, string> = {}) =>
    runAction('deploy-model', {
      workspace: ws,
      inputs: {
        'run-record': 'train/run.json',
        comparison: 'train/comparison.json',
        registry: 'oci-layout:models',
        'model-name': 'team/iris',
        environment: 'staging',
        'smoke-test': 'echo smoke ok',
        ...extra,
      },
    });

  it('a link at the layout folder to an outside folder: refused before anything is stored', async () => {
    const v = victim();
    const ws = deployWorkspace({ models: v.dir });
    const before = v.snapshot();
    const run = await deploy(ws);
    expectRefused(run, /registry: path 'models\/team\/iris' leads outside the workspace through a symbolic link/);
    expect(run.outputs.promoted).toBe('false');
    expect(v.snapshot()).toEqual(before);
  });

  it('a link at <layout>/<model>/index.json to an outside file: neither read nor written through, its content not shown', async () => {
    const v = victim();
    const ws = deployWorkspace({ 'models/team/iris/index.json': v.file('index.json') });
    const before = v.snapshot();
    const run = await deploy(ws);
    expectRefused(run, /index\.json.*symbolic link/);
    expect(run.outputs.promoted).toBe('false');
    expect(v.snapshot()).toEqual(before);
  });

  it('a link at <layout>/<model>/blobs to an outside folder: no blob is written there', async () => {
    const v = victim();
    const ws = deployWorkspace({ 'models/team/iris/blobs': v.dir });
    const before = v.snapshot();
    const run = await deploy(ws);
    expect(v.snapshot(), 'the outside folder gained blobs').toEqual(before);
    expectRefused(run, /blobs.*leads outside the workspace through a symbolic link/);
  });

  it('links at <layout>/<model>/index.json.lock and oci-layout: the stale lock link is taken over (removed), nothing written outside', async () => {
    const v = victim();
    const links = { 'models/team/iris/index.json.lock': v.file('index.json.lock'), 'models/team/iris/oci-layout': v.file('oci-layout') };
    const ws = deployWorkspace(links);
    const before = v.snapshot();
    const run = await deploy(ws);
    expectSucceeded(run);
    expect(run.outputs).toMatchObject({ promoted: 'true', environment: 'staging' });
    expect(existsSync(join(ws, 'models/team/iris/index.json.lock'))).toBe(false);
    expect(isRegularFile(join(ws, 'models/team/iris/index.json'))).toBe(true);
    expect(v.snapshot()).toEqual(before);
  });

  it('a link at .modelgate/logs/smoke-test.log: the smoke test does not run, the step fails and says so', async () => {
    const v = victim();
    const ws = deployWorkspace({ '.modelgate/logs/smoke-test.log': v.file('smoke-test.log') });
    const before = v.snapshot();
    const run = await deploy(ws);
    expectRefused(run, /smoke-test could not run \(.*\.modelgate\/logs\/smoke-test\.log is a symbolic link: modelgate does not write through one/);
    expect(run.stdout).not.toContain('smoke ok');
    expect(isLink(join(ws, '.modelgate/logs/smoke-test.log'))).toBe(true);
    expect(v.snapshot()).toEqual(before);
  });

  it.each(['.modelgate/logs', '.modelgate'])('a link at %s to an outside folder: the smoke test does not run, the step fails and says so', async (folder) => {
    const v = victim();
    const ws = deployWorkspace({ [folder]: v.dir });
    const before = v.snapshot();
    const run = await deploy(ws);
    expectRefused(run, /smoke-test could not run \(the log folder: path '.*' leads outside the workspace through a symbolic link/);
    expect(run.stdout).not.toContain('smoke ok');
    expect(v.snapshot()).toEqual(before);
  });

  it('rollback: a link at the layout folder to an outside folder is refused', async () => {
    const v = victim();
    const ws = workspaceWithLinks({}, { models: v.dir });
    const before = v.snapshot();
    const run = await runAction('rollback', { workspace: ws, inputs: { registry: 'oci-layout:models', 'model-name': 'team/iris', environment: 'staging' } });
    expectRefused(run, /registry: path 'models\/team\/iris' leads outside the workspace through a symbolic link/);
    expect(v.snapshot()).toEqual(before);
  });

  it('rollback: a link at <layout>/<model>/index.json to an outside file is neither read nor written through, its content not shown', async () => {
    const v = victim();
    const ws = workspaceWithLinks({}, { 'models/team/iris/index.json': v.file('index.json') });
    const before = v.snapshot();
    const run = await runAction('rollback', { workspace: ws, inputs: { registry: 'oci-layout:models', 'model-name': 'team/iris', environment: 'staging' } });
    expectRefused(run, /index\.json.*symbolic link/);
    expect(v.snapshot()).toEqual(before);
  });
});
