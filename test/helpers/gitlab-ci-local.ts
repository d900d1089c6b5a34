import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { gitlabTemplate, type CliStamp } from '../../src/steps/gitlab-template.js';
import { STEPS } from '../../src/steps/index.js';
import { commit, git } from './git.js';
import { modernNode } from './node24.js';
import { publishTarball, startVerdaccio, type LocalNpmRegistry } from './verdaccio.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** This checkout as a release: the tarball `npm pack` makes of it (dist/ must be built), and its pin. */
export interface CliRelease {
  tarball: string;
  stamp: CliStamp;
}

let release: CliRelease | undefined;

/** Packs this checkout once per test file, as the release process does (`npm pack`), and stamps its sha256. */
export function cliRelease(project = 'group/modelgate'): CliRelease {
  if (!release) {
    if (!existsSync(join(root, 'dist/cli.js'))) throw new Error(`${join(root, 'dist/cli.js')} is missing: run 'npm run build' first (the release tarball holds dist/)`);
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-release-'));
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir, root], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } })
      .trim()
      .split('\n')
      .pop() as string;
    const tarball = join(dir, name);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    release = { tarball, stamp: { version, sha256: createHash('sha256').update(readFileSync(tarball)).digest('hex'), project } };
  }
  return release;
}

/** A component template as a catalog project holds it: this checkout's, with {@link cliRelease} stamped in. */
export function releasedTemplate(id: string): string {
  const step = STEPS[id];
  if (!step) throw new Error(`no step ${id}`);
  return gitlabTemplate(step, cliRelease().stamp);
}

let npmRegistry: Promise<LocalNpmRegistry> | undefined;

/** A real npm registry on loopback (Verdaccio) with {@link cliRelease} published: where a job's `npm pack modelgate@<version>` gets the CLI. */
export function releasedOnNpm(): Promise<LocalNpmRegistry> {
  if (!npmRegistry) {
    const storage = mkdtempSync(join(tmpdir(), 'modelgate-verdaccio-'));
    npmRegistry = startVerdaccio(storage).then(async (registry) => {
      await publishTarball(registry, cliRelease().tarball, storage);
      return registry;
    });
    afterAll(async () => (await npmRegistry)?.stop());
  }
  return npmRegistry;
}

/** What a gitlab-ci-local job left: its exit status, the tool's output, the job log and the dotenv report. */
export interface JobRun {
  code: number | null;
  output: string;
  log: string;
  dotenv: Record<string, string>;
}

/**
 * Runs one job of `project`'s pipeline with gitlab-ci-local (shell executor, Node 22+ first on PATH,
 * npm offline with its own cache, no CI/GitLab/modelgate variables from the test's environment).
 * `dotenvName` is the job's `artifacts:reports:dotenv` file.
 */
export async function runGitlabJob(
  project: string,
  job: string,
  variables: Record<string, string>,
  scratch: string,
  dotenvName: string,
  extraArgs: string[] = [],
): Promise<JobRun> {
  const node = modernNode();
  if (!node) throw new Error('gitlab-ci-local needs Node 22+: run scripts/node24.sh or set MODELGATE_NODE24');
  rmSync(join(project, '.gitlab-ci-local'), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(GCL_|CI_|GITLAB_|MODELGATE_|npm_|NPM_|VITEST|NODE_OPTIONS$|CI$|FORCE_COLOR$|NO_COLOR$)/i.test(name)) env[name] = value;
  }
  Object.assign(env, {
    PATH: [dirname(node), process.env.PATH ?? ''].join(delimiter),
    HOME: join(scratch, 'home'),
    npm_config_cache: join(scratch, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  });
  // Jobs fetch the CLI from the loopback npm registry, as a user's job fetches it from npm.
  const npm = await releasedOnNpm();
  const all = { GITLAB_CI: 'true', CI_PROJECT_DIR: project, npm_config_registry: npm.url, npm_config_offline: 'false', ...variables };
  const args = [join(root, 'node_modules/gitlab-ci-local/dist/index.js'), '--force-shell-executor', '--no-color', '--home', join(scratch, 'home'), '--cwd', basename(project)];
  for (const [name, value] of Object.entries(all)) args.push('--variable', `${name}=${value}`);
  args.push('--ignore-predefined-vars', Object.keys(all).join(','), ...extraArgs, job);
  const child = spawn(node, args, { cwd: dirname(project), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', done);
  }).finally(() => clearTimeout(killer));
  const logFile = join(project, '.gitlab-ci-local/output', `${job}.log`);
  const dotenvFile = join(project, '.gitlab-ci-local/artifacts', job, '.gitlab-ci-reports/dotenv', dotenvName);
  const dotenv: Record<string, string> = {};
  if (existsSync(dotenvFile)) {
    for (const line of readFileSync(dotenvFile, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) dotenv[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return { code, output, log: existsSync(logFile) ? readFileSync(logFile, 'utf8') : '', dotenv };
}

/**
 * Makes `repo` a GitLab project that includes the component `templates/<id>.yml` as released (this
 * checkout's, with the CLI pinned): commits `pipeline` as `.gitlab-ci.yml` and names the `origin`
 * remote gitlab-ci-local needs. Returns the commit, for CI_COMMIT_SHA.
 */
export function gitlabProject(repo: string, id: string | string[], pipeline: string[]): string {
  mkdirSync(join(repo, 'templates'), { recursive: true });
  for (const each of typeof id === 'string' ? [id] : id) writeFileSync(join(repo, 'templates', `${each}.yml`), releasedTemplate(each));
  const sha = commit(repo, { '.gitlab-ci.yml': `${pipeline.join('\n')}\n` }, 'pipeline');
  git(repo, 'remote', 'add', 'origin', 'https://gitlab.example.com/group/project.git');
  return sha;
}

/**
 * A pipeline that includes catalog components (`component: $CI_SERVER_FQDN/<path>/<id>@<version>`) turned
 * into one that includes the released templates copied into the project (`local: templates/<id>.yml`).
 */
export function localComponents(pipeline: string): { text: string; ids: string[] } {
  const ids = new Set<string>();
  const text = pipeline.replace(/^( *)- component: \S+\/([a-z-]+)@\S+\n/gm, (_all, indent: string, id: string) => {
    ids.add(id);
    return `${indent}- local: templates/${id}.yml\n`;
  });
  return { text, ids: [...ids] };
}
