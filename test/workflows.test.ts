import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { commit, git, tempDir } from './helpers/git.js';
import { modernNode } from './helpers/node24.js';

/**
 * Every GitHub workflow (ours and the examples) parses with GitHub's own workflow parser, every action.yml
 * with its action parser (node24, files present), and every GitLab component template passes
 * gitlab-ci-local's JSON-schema validation when included with its required inputs. Broken ones are
 * rejected, so the checks can fail.
 */

// The parser imports its JSON schemas without `with { type: 'json' }`, which Node refuses outside a
// bundler; this hook adds the attribute for that package's JSON files only.
const jsonHook = `export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(jsonHook)}`);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import('@actions/workflow-parser');
const { parseAction, convertActionTemplate } = await import('@actions/workflow-parser/actions/index');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const yamlFiles = (dir: string) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `${dir}/${f}`)
    : [];

/** The parser's and converter's errors for one workflow's text. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length || !parsed.value) return errors.length ? errors : [`${name}: nothing parsed`];
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((e) => e.Message);
}

/** The parser's errors for one action.yml's text, and its converted `runs`. */
function parseActionFile(name: string, content: string) {
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  const action = parsed.value && !errors.length ? convertActionTemplate(parsed.context, parsed.value) : undefined;
  return { errors: errors, action };
}

describe('GitHub workflows', () => {
  const files = [...yamlFiles('.github/workflows'), ...yamlFiles('examples/workflows')];

  it('finds the workflows', () => {
    expect(files).toContain('.github/workflows/ci.yml');
    expect(files.some((f) => f.startsWith('examples/workflows/'))).toBe(true);
  });

  it.each(files)('%s parses without errors', async (file) => {
    expect(await workflowErrors(file, readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });

  it('rejects a broken workflow', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        run: echo both',
      '      - run: echo ${{ github.event.( }}',
      '',
    ].join('\n');
    const errors = await workflowErrors('broken.yml', broken);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/broken\.yml \(Line: 7, Col: 9\): Unexpected value 'run'/), expect.stringMatching(/Line: 8/)]));
  });
});

describe('GitHub actions', () => {
  const actions = existsSync(join(root, 'actions')) ? readdirSync(join(root, 'actions')).filter((d) => existsSync(join(root, 'actions', d, 'action.yml'))) : [];

  it('finds the actions', () => {
    expect(actions.length).toBeGreaterThanOrEqual(3);
  });

  it.each(actions)('actions/%s/action.yml parses, runs on node24, and its files exist', (id) => {
    const dir = join(root, 'actions', id);
    const { errors, action } = parseActionFile(`actions/${id}/action.yml`, readFileSync(join(dir, 'action.yml'), 'utf8'));
    expect(errors).toEqual([]);
    expect(action?.runs.using).toBe('node24');
    if (action?.runs.using !== 'node24') return;
    for (const file of [action.runs.main, action.runs.pre, action.runs.post].filter((f): f is string => !!f)) {
      expect(existsSync(resolve(dir, file)), `actions/${id}/action.yml names ${file}, which is missing (npm run build)`).toBe(true);
    }
  });

  it('rejects a broken action.yml', () => {
    const { errors } = parseActionFile('action.yml', 'name: x\ndescription: y\nbrandig: {}\nruns:\n  using: node24\n  mian: index.js\n');
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/Unexpected value 'brandig'/), expect.stringMatching(/Unexpected value 'mian'/)]));
  });
});

const node = modernNode();

// CI installs Node 24 (.ci/run): there the template checks must run, never skip.
it.runIf(process.env.CI === 'true')('CI provides the Node 22+ that gitlab-ci-local needs', () => {
  expect(node, 'MODELGATE_NODE24 is not set: run scripts/node24.sh').toBeDefined();
});

interface InputSpec {
  default?: unknown;
  options?: unknown[];
  type?: string;
}

/**
 * A value for each input without a default (the first option, or one of the input's type), and for
 * those defaulting to the component's version.
 */
function requiredInputs(template: string): Record<string, unknown> {
  const [header] = parseAllDocuments(template);
  const inputs = ((header?.toJS() as { spec?: { inputs?: Record<string, InputSpec | null> } } | undefined)?.spec?.inputs ?? {}) as Record<string, InputSpec | null>;
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(inputs)) {
    // `$[[ component.version ]]` only resolves for a published component; a local include needs a value.
    if (spec && 'default' in spec && !String(spec.default).includes('$[[ component.')) continue;
    if (spec && 'default' in spec) {
      values[name] = '1.0.0';
      continue;
    }
    values[name] = spec?.options?.[0] ?? (spec?.type === 'boolean' ? true : spec?.type === 'number' ? 1 : spec?.type === 'array' ? [] : 'value');
  }
  return values;
}

describe.skipIf(!node)('GitLab component templates under gitlab-ci-local schema validation (skipped without Node 22+: run scripts/node24.sh or set MODELGATE_NODE24)', () => {
  const templates = existsSync(join(root, 'gitlab/templates')) ? readdirSync(join(root, 'gitlab/templates')).filter((f) => f.endsWith('.yml')) : [];
  let scratch: string;

  beforeAll(() => {
    scratch = tempDir('modelgate-templates-');
    mkdirSync(join(scratch, 'home'));
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** `gitlab-ci-local --preview --json-schema-validation` on a project including `template` (its text). */
  async function preview(name: string, template: string, inputs: Record<string, unknown>): Promise<{ code: number; stdout: string; output: string }> {
    const project = join(scratch, name);
    mkdirSync(project, { recursive: true });
    git(project, 'init', '-q', '-b', 'main');
    git(project, 'config', 'user.name', 'Test'); // gitlab-ci-local reads them for GITLAB_USER_*
    git(project, 'config', 'user.email', 'test@example.com');
    // gitlab-ci-local finds local includes through git: the files must be committed.
    const sha = commit(project, {
      'templates/component.yml': template,
      '.gitlab-ci.yml': `${JSON.stringify({ stages: ['build', 'test', 'train', 'deploy'], include: [{ local: 'templates/component.yml', inputs }] }, null, 2)}\n`,
    });
    git(project, 'remote', 'add', 'origin', 'https://gitlab.example.com/group/project.git');
    git(project, 'update-ref', 'refs/remotes/origin/main', sha);
    git(project, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
    const env: NodeJS.ProcessEnv = { PATH: [dirname(node!), process.env.PATH ?? ''].join(delimiter), HOME: join(scratch, 'home') };
    const args = [join(root, 'node_modules/gitlab-ci-local/dist/index.js'), '--preview', '--json-schema-validation', '--no-color', '--home', join(scratch, 'home')];
    return new Promise((done) => {
      execFile(node!, args, { cwd: project, env, timeout: 60_000 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, output: `${stdout}${stderr}` });
      });
    });
  }

  it('finds the templates', () => {
    expect(templates).toEqual(expect.arrayContaining(['compare-metrics.yml', 'setup-gpu-runner.yml', 'train-model.yml']));
  });

  it.each(templates)(
    'gitlab/templates/%s validates with its required inputs',
    async (file) => {
      const text = readFileSync(join(root, 'gitlab/templates', file), 'utf8');
      const run = await preview(file.replace(/\.yml$/, ''), text, requiredInputs(text));
      expect(run.output, run.output).toContain('json schema validated');
      expect(run.code, run.output).toBe(0);
      // The preview is the expanded pipeline: the component's job must be in it.
      const expanded = parse(run.stdout.slice(run.stdout.indexOf('---\n') + 4)) as Record<string, unknown>;
      const jobName =
        ((parseAllDocuments(text)[0]?.toJS() as { spec?: { inputs?: Record<string, InputSpec> } }).spec?.inputs?.['job-name']?.default as string | undefined) ?? undefined;
      if (jobName) expect(Object.keys(expanded), run.output).toContain(jobName);
    },
    60_000,
  );

  it('rejects a template with a key the schema does not know, and a missing required input', async () => {
    const text = readFileSync(join(root, 'gitlab/templates/compare-metrics.yml'), 'utf8');
    const broken = text.replace(/^( {2}stage: \$\[\[ inputs\.stage \]\])$/m, '$1\n  scripts: [oops]');
    expect(broken).not.toBe(text);
    const invalid = await preview('broken-key', broken, requiredInputs(text));
    expect(invalid.code).not.toBe(0);
    expect(invalid.output).toMatch(/'scripts' property is not expected to be here/);
    const missing = await preview('missing-input', text, {});
    expect(missing.code).not.toBe(0);
    expect(missing.output).toMatch(/`metrics` input: required value has not been provided/);
  }, 60_000);
});
