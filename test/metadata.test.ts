import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { actionYml as generatedActionYml, fillTables, tableMarkers } from '../src/steps/docs.js';
import { gitlabTemplate } from '../src/steps/gitlab-template.js';
import { STEP_IDS, STEPS } from '../src/steps/index.js';
import { actionYml, ROOT } from './helpers/runner.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** Inputs every GitLab component adds for its job, beside the step's own. */
const TEMPLATE_ONLY = ['job-name', 'stage', 'image', 'cli-version', 'cli-sha256', 'cli-from', 'cli-project'];
const { version } = JSON.parse(read('package.json')) as { version: string };

describe.each(STEP_IDS)('%s: one list of inputs, agreed everywhere', (id) => {
  const step = STEPS[id]!;
  const { declaration, specs } = step;

  it('action.yml lists the same inputs, defaults, required flags and outputs, and runs node24', () => {
    const action = actionYml(id) as ReturnType<typeof actionYml> & { outputs?: Record<string, unknown> };
    expect(Object.keys(action.inputs ?? {})).toEqual(specs.map((i) => i.name));
    for (const spec of specs) {
      const entry = action.inputs?.[spec.name] as { default?: string; required?: boolean; description?: string };
      expect(entry.default, spec.name).toBe(spec.githubDefault ?? spec.default);
      expect(entry.required ?? false, spec.name).toBe(spec.required ?? false);
      expect(entry.description, spec.name).toBe(spec.description);
    }
    expect(Object.keys(action.outputs ?? {})).toEqual(Object.keys(declaration.outputs));
    expect(action.runs).toEqual({ using: 'node24', main: `../../dist/${id}.js`, ...(declaration.post ? { post: `../../dist/${id}-post.js`, 'post-if': declaration.post } : {}) });
    expect(read(`actions/${id}/action.yml`), 'run `npm run docs`').toBe(generatedActionYml(step));
  });

  it('the GitLab template lists the same inputs (less GitHub-only ones) and passes each to the CLI', () => {
    const text = read(`gitlab/templates/${id}.yml`);
    const [header, body] = parseAllDocuments(text).map((d) => d.toJS());
    const inputs = header.spec.inputs as Record<string, { default?: unknown; options?: string[]; description?: string }>;
    const shared = specs.filter((i) => i.only !== 'github');
    expect(Object.keys(inputs)).toEqual([...TEMPLATE_ONLY, ...shared.map((i) => i.name), ...Object.keys(declaration.gitlab?.inputs ?? {})]);
    for (const spec of shared) {
      const entry = inputs[spec.name]!;
      expect(entry.description, spec.name).toBe(spec.description);
      if (spec.required) expect(entry.default, spec.name).toBeUndefined();
      else expect(String(entry.default ?? ''), spec.name).toBe(spec.default ?? '');
      // GitLab checks typed inputs itself: a flag is a boolean there, a whole number with a default a number.
      if (spec.kind === 'boolean') expect(typeof entry.default, spec.name).toBe('boolean');
      // One vocabulary: the older spellings a choice still takes are not offered in the catalog.
      if (spec.options) expect(entry.options).toEqual([...spec.options]);
    }
    expect(String(inputs.image?.default)).toMatch(/^node:24/);
    expect(inputs['cli-version']?.default).toBe(version);
    const job = body['$[[ inputs.job-name ]]'];
    const script = (job.script as string[])[0] ?? '';
    // Every input but the secrets goes in the inputs file, once; no MODELGATE_* job variable a CI/CD variable could outrank.
    expect(script).toContain(`node "$mg_cli/package/dist/cli.js" ${id} --inputs - <<'MODELGATE_INPUTS_END'\n`);
    for (const spec of shared) {
      const line = `--- modelgate input: ${spec.name} ---\n$[[ inputs.${spec.name} ]]\n`;
      expect(script.split(line).length - 1, spec.name).toBe(spec.secret ? 0 : 1);
      const variable = job.variables?.[`MODELGATE_${spec.name.replace(/-/g, '_').toUpperCase()}`];
      if (spec.secret) expect(variable, spec.name).toBe(`$[[ inputs.${spec.name} ]]`);
      else expect(variable, spec.name).toBeUndefined();
    }
    expect(script).not.toContain('npx');
    expect(job.rules, 'a job without rules is left out of merge request pipelines').toBeDefined();
    expect(text, 'run `npm run docs`').toBe(gitlabTemplate(step, { version, sha256: '', project: '' }));
    // A component must not leak global keywords into the including pipeline.
    for (const key of ['default', 'variables', 'stages', 'workflow', 'include']) expect(body[key], key).toBeUndefined();
  });

  it('the README tables are generated from the list (run `npm run docs`)', () => {
    for (const file of ['README.md', `actions/${id}/README.md`]) {
      const doc = read(file);
      for (const what of ['inputs', 'outputs'] as const) expect(doc, `${file} has the ${what} table`).toContain(tableMarkers(id, what)[0]);
      expect(fillTables(doc, [step]), `${file} is up to date`).toBe(doc);
    }
  });
});

it('ships a stub and an action for every step, and nothing else', () => {
  const pkg = JSON.parse(read('package.json'));
  expect(pkg.bin).toEqual({ modelgate: 'dist/cli.js' });
  for (const id of STEP_IDS) expect(read(`dist/${id}.js`)).toBe(`import { runStep } from './index.js';\nawait runStep('${id}');\n`);
  expect(parse(read('.github/workflows/check-dist.yml')).jobs).toBeDefined();
});

it('modelgate.schema.json allows exactly the rule keys the parser accepts, and the example config parses', async () => {
  const { RULE_KEYS, parseRulesYaml } = await import('../src/core/rules.js');
  const schema = JSON.parse(read('modelgate.schema.json'));
  const { CONFIG_SCHEMA } = await import('../src/core/config-schema.js');
  expect(schema, 'modelgate.schema.json is generated from src/core/config-schema.ts: run `npm run docs`').toEqual(CONFIG_SCHEMA);
  expect(Object.keys(schema.$defs.rule.properties)).toEqual([...RULE_KEYS]);
  const rules = await parseRulesYaml(read('examples/modelgate.yml'), 'examples/modelgate.yml', 'metrics');
  expect(rules.exact.size + rules.patterns.length).toBe(Object.keys(parse(read('examples/modelgate.yml')).metrics).length);
});
