import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commit, git } from './git.js';
import { modernNode } from './node24.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

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
  const all = { GITLAB_CI: 'true', CI_PROJECT_DIR: project, ...variables };
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
 * Makes `repo` a GitLab project that includes the component `templates/<id>.yml` (copied from this
 * checkout): commits `pipeline` as `.gitlab-ci.yml` and names the `origin` remote gitlab-ci-local needs.
 * Returns the commit, for CI_COMMIT_SHA.
 */
export function gitlabProject(repo: string, id: string | string[], pipeline: string[]): string {
  mkdirSync(join(repo, 'templates'), { recursive: true });
  for (const each of typeof id === 'string' ? [id] : id) copyFileSync(join(root, 'gitlab', 'templates', `${each}.yml`), join(repo, 'templates', `${each}.yml`));
  const sha = commit(repo, { '.gitlab-ci.yml': `${pipeline.join('\n')}\n` }, 'pipeline');
  git(repo, 'remote', 'add', 'origin', 'https://gitlab.example.com/group/project.git');
  return sha;
}

/**
 * A pipeline that includes catalog components (`component: $CI_SERVER_FQDN/<path>/<id>@<version>`) turned
 * into one that includes this checkout's templates (`local: templates/<id>.yml`) running this checkout's CLI.
 */
export function localComponents(pipeline: string): { text: string; ids: string[] } {
  const ids = new Set<string>();
  const text = pipeline.replace(/^( *)- component: \S+\/([a-z-]+)@\S+\n\1 {2}inputs:\n/gm, (_all, indent: string, id: string) => {
    ids.add(id);
    return `${indent}- local: templates/${id}.yml\n${indent}  inputs:\n${indent}    ${LOCAL_VERSION}\n`;
  });
  return { text, ids: [...ids] };
}

/** The `version` input that makes a component's job run this checkout's CLI (offline). */
export const LOCAL_VERSION = `version: "file:${root}"`;
