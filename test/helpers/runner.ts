import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string; post?: string };
}

/** An action's metadata, as the runner reads it. */
export function actionYml(id: string): ActionYml {
  return parse(readFileSync(join(ROOT, 'actions', id, 'action.yml'), 'utf8')) as ActionYml;
}

/** A webhook payload from @octokit/webhooks-examples (the payloads GitHub documents), deep-copied. */
export function examplePayload(event: string, action?: string): Record<string, any> {
  const require = createRequire(import.meta.url);
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, any>[] }[];
  const found = all.find((e) => e.name === event)?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`no ${event}${action ? `.${action}` : ''} example`);
  return structuredClone(found);
}

/** What a step run through the runner contract left behind. */
export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the step wrote to GITHUB_ENV (variables for later steps). */
  exported: Record<string, string>;
  /** What the step saved to GITHUB_STATE (the post step gets it as STATE_*). */
  state: Record<string, string>;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  workspace: string;
  event?: { name: string; payload: Record<string, unknown> };
  apiUrl?: string;
  /** What `${{ github.token }}` evaluates to. */
  token?: string;
  env?: Record<string, string>;
  /** Run the action's `post:` entry, with this state (as the runner passes it: STATE_<name>). */
  post?: Record<string, string>;
}

/**
 * Runs `dist/<id>.js` the way the Actions runner does: `INPUT_*` variables for given inputs and for
 * action.yml defaults (with `${{ github.token }}` evaluated), `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`,
 * `GITHUB_STATE` and `GITHUB_EVENT_PATH` files, the `GITHUB_*` context variables, and nothing else
 * from the test's environment.
 */
export async function runAction(id: string, options: RunOptions): Promise<ActionRun> {
  const meta = actionYml(id);
  const temp = mkdtempSync(join(tmpdir(), 'modelgate-runner-'));
  const files = { output: join(temp, 'output'), summary: join(temp, 'summary'), state: join(temp, 'state'), env: join(temp, 'env'), event: join(temp, 'event.json') };
  for (const f of [files.output, files.summary, files.state, files.env]) writeFileSync(f, '');
  const payload = options.event?.payload ?? {};
  writeFileSync(files.event, JSON.stringify(payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: String((payload.repository as { full_name?: string } | undefined)?.full_name ?? 'Codertocat/Hello-World'),
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/pull/2/merge',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '6000000001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'metrics',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    RUNNER_TEMP: temp,
    NO_PROXY: '127.0.0.1,localhost',
    ...options.env,
  };
  // The runner derives these from the ref and the event; a test that sets GITHUB_REF gets them too.
  env.GITHUB_REF_NAME ??= (env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags|pull)\//, '');
  const pull = payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined;
  if (env.GITHUB_EVENT_NAME === 'pull_request' && pull) {
    env.GITHUB_HEAD_REF ??= pull.head?.ref ?? '';
    env.GITHUB_BASE_REF ??= pull.base?.ref ?? '';
  }
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const given = options.inputs?.[name];
    const value = given ?? spec.default?.replace(/\$\{\{\s*github\.token\s*\}\}/g, options.token ?? '');
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in (meta.inputs ?? {}))) throw new Error(`input '${name}' is not in actions/${id}/action.yml`);
  }
  for (const [name, value] of Object.entries(options.post ?? {})) env[`STATE_${name}`] = value;
  const entry = options.post ? meta.runs.post : meta.runs.main;
  if (!entry) throw new Error(`actions/${id}/action.yml has no post step`);
  const main = join(ROOT, 'actions', id, entry);
  const child = spawn(process.execPath, [main], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    exported: parseOutputFile(readFileSync(files.env, 'utf8')),
    state: parseOutputFile(readFileSync(files.state, 'utf8')),
  };
}

/** Parses the `name<<delimiter` blocks @actions/core writes to `GITHUB_OUTPUT`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<=]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}
