/**
 * The GitLab pipeline model (test/helpers/gitlab-pipeline-model.ts) against GitLab's documented
 * behaviour: each test names the page (or the GitLab source) it follows.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CreatePipelineOptions,
  createPipeline,
  defaultBranchPipeline,
  evaluateExpression,
  mergeRequestPipeline,
  type PipelineContext,
  shellescape,
  tagPipeline,
} from './helpers/gitlab-pipeline-model.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Setup {
  files?: Record<string, string>;
  components?: Record<string, string>;
  options?: Partial<CreatePipelineOptions>;
}

/** Writes `.gitlab-ci.yml` (and `files`) to a temp project and creates the pipeline for `context`. */
function pipeline(yml: string, context: PipelineContext, setup: Setup = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gl-model-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries({ '.gitlab-ci.yml': yml, ...(setup.files ?? {}) })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const components = (address: string) => {
    const text = setup.components?.[address];
    if (text === undefined) throw new Error(`unknown component ${address}`);
    return text;
  };
  return createPipeline({ file: join(dir, '.gitlab-ci.yml'), projectDir: dir, components, context, ...setup.options });
}

const names = (p: ReturnType<typeof pipeline>) => [...p.jobs.keys()];
const MR = mergeRequestPipeline();
const MAIN = defaultBranchPipeline();

describe('which jobs a pipeline gets', () => {
  // https://docs.gitlab.com/ci/yaml/deprecated_keywords/#only--except : without rules, only or except a
  // job gets `only: [branches, tags]`, so it is not in merge request pipelines.
  it('leaves a job without rules out of merge request pipelines (ci/yaml/deprecated_keywords/#only--except)', () => {
    const yml = 'build:\n  script: make\nmr-only:\n  script: echo\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n';
    expect(names(pipeline(yml, MR))).toEqual(['mr-only']);
    expect(names(pipeline(yml, MAIN))).toEqual(['build']);
    expect(names(pipeline(yml, tagPipeline('v1.0.0')))).toEqual(['build']);
  });

  // Gitlab::Ci::Config::Entry::Processable#compose!: with workflow:rules the only/except default is
  // dropped, https://docs.gitlab.com/ci/yaml/workflow/#switch-between-branch-pipelines-and-merge-request-pipelines
  it('runs a job without rules in every pipeline workflow:rules allow (ci/yaml/workflow)', () => {
    const yml = 'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\nbuild:\n  script: make\n';
    expect(names(pipeline(yml, MR))).toEqual(['build']);
    expect(names(pipeline(yml, MAIN))).toEqual(['build']);
  });

  it("rejects a pipeline workflow:rules filter out, with GitLab's message (ci/yaml/workflow)", () => {
    const yml = 'workflow:\n  rules:\n    - if: $CI_COMMIT_TAG\n      when: never\n    - if: $CI_COMMIT_BRANCH\nbuild:\n  script: make\n';
    const tag = pipeline(yml, tagPipeline('v1'));
    expect(tag.created).toBe(false);
    expect(tag.errors).toEqual(['Pipeline filtered out by workflow rules.']);
    expect(pipeline(yml, MR).errors).toEqual(['Pipeline filtered out by workflow rules.']);
    expect(pipeline(yml, MAIN).created).toBe(true);
  });

  // https://docs.gitlab.com/ci/yaml/#workflowrulesvariables
  it('applies workflow:rules:variables over the global variables, for job rules too (ci/yaml/#workflowrulesvariables)', () => {
    const yml = [
      'variables:\n  DEPLOY: "no"',
      'workflow:\n  rules:\n    - if: $CI_COMMIT_BRANCH == "main"\n      variables:\n        DEPLOY: "yes"\n    - when: always',
      'deploy:\n  script: deploy\n  rules:\n    - if: $DEPLOY == "yes"',
      'test:\n  script: test',
    ].join('\n');
    const main = pipeline(yml, MAIN);
    expect(names(main)).toEqual(['deploy', 'test']);
    expect(main.jobs.get('deploy')?.variables.DEPLOY).toBe('yes');
    expect(names(pipeline(yml, MR))).toEqual(['test']);
  });

  // https://docs.gitlab.com/ci/jobs/job_rules/ : the first matching rule decides; none: the job is out.
  it('takes the first matching rule and leaves out a job whose rules all fail (ci/jobs/job_rules)', () => {
    const yml = [
      'a:\n  script: a\n  rules:\n    - if: $CI_COMMIT_BRANCH == "main"\n      when: manual\n    - when: on_success',
      'b:\n  script: b\n  rules:\n    - if: $CI_COMMIT_BRANCH == "main"\n      when: never\n    - when: always',
      'c:\n  script: c\n  rules:\n    - if: $CI_COMMIT_BRANCH == "release"',
      'd:\n  script: d\n  when: manual\n  rules:\n    - if: $CI_COMMIT_BRANCH',
    ].join('\n');
    const main = pipeline(yml, MAIN);
    expect(names(main)).toEqual(['a', 'd']);
    expect(main.jobs.get('a')).toMatchObject({ when: 'manual', allowFailure: false });
    // A rule without `when` takes the job's `when`.
    expect(main.jobs.get('d')?.when).toBe('manual');
    const mr = pipeline(yml, MR);
    expect(names(mr)).toEqual(['a', 'b']);
    expect(mr.jobs.get('b')?.when).toBe('always');
  });

  // https://docs.gitlab.com/ci/yaml/#allow_failure : manual jobs from `when: manual` (no rules) may fail.
  it('defaults allow_failure to true for when: manual without rules and false with rules (ci/yaml/#allow_failure)', () => {
    const yml = 'a:\n  script: a\n  when: manual\nb:\n  script: b\n  rules:\n    - when: manual\nc:\n  script: c\n  rules:\n    - when: manual\n      allow_failure: true\n';
    const p = pipeline(yml, MAIN);
    expect([...p.jobs.values()].map((job) => [job.name, job.when, job.allowFailure])).toEqual([
      ['a', 'manual', true],
      ['b', 'manual', false],
      ['c', 'manual', true],
    ]);
  });

  // https://docs.gitlab.com/ci/yaml/#rulesvariables and https://docs.gitlab.com/ci/jobs/job_rules/#cicd-variable-expressions
  it("reads global and job variables in rules:if and applies the rule's variables (ci/yaml/#rulesvariables)", () => {
    const yml = [
      'variables:\n  GLOBAL: "on"',
      'a:\n  script: a\n  variables:\n    MINE: x\n  rules:\n    - if: $GLOBAL == "on" && $MINE == "x"\n      variables:\n        MINE: y\n        EXTRA: z',
      'b:\n  script: b\n  inherit:\n    variables: false\n  rules:\n    - if: $GLOBAL',
    ].join('\n');
    const p = pipeline(yml, MAIN);
    expect(names(p)).toEqual(['a']);
    expect(p.jobs.get('a')?.variables).toEqual({ GLOBAL: 'on', MINE: 'y', EXTRA: 'z' });
  });

  // https://docs.gitlab.com/ci/yaml/#rulesexists
  it('checks rules:exists against the project files (ci/yaml/#rulesexists)', () => {
    const yml = 'a:\n  script: a\n  rules:\n    - exists: ["**/Dockerfile"]\nb:\n  script: b\n  rules:\n    - exists:\n        - "*.toml"\n';
    const p = pipeline(yml, MAIN, { files: { 'docker/Dockerfile': 'FROM x\n', 'sub/x.toml': '' } });
    // `*` does not cross a `/`: sub/x.toml is no `*.toml`.
    expect(names(p)).toEqual(['a']);
  });

  it('treats rules:changes as matching and says so (ci/yaml/#ruleschanges)', () => {
    const p = pipeline('a:\n  script: a\n  rules:\n    - changes: [src/**/*]\n', MR);
    expect(names(p)).toEqual(['a']);
    expect(p.warnings.join('\n')).toMatch(/rules:changes taken as matching/);
  });

  // https://docs.gitlab.com/ci/yaml/deprecated_keywords/#only--except
  it('evaluates only/except refs: branches, tags, merge_requests, names and regexes (ci/yaml/deprecated_keywords)', () => {
    const yml = [
      'branches:\n  script: x\n  only: [branches]',
      'tags:\n  script: x\n  only: [tags]',
      'mrs:\n  script: x\n  only: [merge_requests]',
      'main:\n  script: x\n  only: [main]',
      'release:\n  script: x\n  only: ["/^v\\\\d+/"]',
      'not-main:\n  script: x\n  except: [main]',
      'vars:\n  script: x\n  only:\n    variables: [$CI_COMMIT_REF_NAME == "main"]',
    ].join('\n');
    expect(names(pipeline(yml, MAIN))).toEqual(['branches', 'main', 'vars']);
    expect(names(pipeline(yml, MR))).toEqual(['mrs']);
    expect(names(pipeline(yml, tagPipeline('v2.0.0')))).toEqual(['tags', 'release', 'not-main']);
  });

  // Gitlab::Ci::Pipeline::Chain::Populate: a pipeline with no jobs, or only .pre/.post jobs, is not created.
  it('does not create a pipeline without jobs outside .pre and .post (ci/yaml/#stage-pre)', () => {
    const message = 'Pipeline will not run for the selected trigger. The rules configuration prevented any jobs from being added to the pipeline.';
    const none = pipeline('a:\n  script: a\n  rules:\n    - if: $NOPE\n', MAIN);
    expect(none).toMatchObject({ created: false, errors: [message] });
    const pre = pipeline('a:\n  stage: .pre\n  script: a\nb:\n  script: b\n  rules:\n    - if: $NOPE\n', MAIN);
    expect(pre).toMatchObject({ created: false, errors: [message] });
  });
});

describe("validation, with GitLab's messages", () => {
  // https://docs.gitlab.com/ci/yaml/#needs and Gitlab::Ci::Pipeline::Seed::Build#needs_errors
  it('rejects a need on a job the rules left out, unless optional (ci/yaml/#needsoptional)', () => {
    const yml = [
      'stages: [train, compare]',
      'train:\n  stage: train\n  script: train\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
      'compare:\n  stage: compare\n  script: compare\n  needs: [train]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    ].join('\n');
    const mr = pipeline(yml, MR);
    expect(mr.created).toBe(false);
    expect(mr.errors).toEqual(["'compare' job needs 'train' job, but 'train' is not in any previous stage"]);
    expect(pipeline(yml, MAIN).created).toBe(true);
    const optional = pipeline(yml.replace('needs: [train]', 'needs: [{ job: train, optional: true }]'), MR);
    expect(optional.created).toBe(true);
    expect(optional.jobs.get('compare')?.needs).toEqual([{ job: 'train', optional: true, artifacts: true }]);
  });

  // Gitlab::Ci::YamlProcessor#validate_job_dependency!: same stage allowed (14.2), a later one not.
  it('allows a need in the same stage and rejects one in a later stage (ci/yaml/#needs)', () => {
    const same = pipeline('a:\n  stage: build\n  script: a\nb:\n  stage: build\n  script: b\n  needs: [a]\n', MAIN);
    expect(same.created).toBe(true);
    const later = pipeline('a:\n  stage: deploy\n  script: a\nb:\n  stage: build\n  script: b\n  needs: [a]\n', MAIN);
    expect(later.errors).toEqual(['b job: need a is not defined in current or prior stages']);
    const undefinedNeed = pipeline('b:\n  script: b\n  needs: [nope, { job: gone, optional: true }]\n', MAIN);
    expect(undefinedNeed.errors).toEqual(['b job: undefined need: nope']);
  });

  it('checks dependencies: defined, not in a later stage, part of needs (ci/yaml/#dependencies)', () => {
    const later = pipeline('a:\n  stage: deploy\n  script: a\nb:\n  stage: build\n  script: b\n  dependencies: [a]\n', MAIN);
    expect(later.errors).toEqual(['b job: dependency a is not defined in current or prior stages']);
    const notNeeded = pipeline('a:\n  stage: build\n  script: a\nc:\n  stage: build\n  script: c\nb:\n  stage: test\n  script: b\n  needs: [a]\n  dependencies: [a, c]\n', MAIN);
    expect(notNeeded.errors).toEqual(['jobs:b dependencies the c should be part of needs']);
  });

  // https://docs.gitlab.com/ci/yaml/#stages and Gitlab::Ci::YamlProcessor#validate_job_stage!
  it('rejects a stage that does not exist, listing the available ones (ci/yaml/#stages)', () => {
    expect(pipeline('a:\n  stage: train\n  script: a\n', MAIN).errors).toEqual(['a job: chosen stage train does not exist; available stages are .pre, build, test, deploy, .post']);
    const declared = pipeline('stages: [test, train]\na:\n  stage: deploy\n  script: a\n', MAIN);
    expect(declared.errors).toEqual(['a job: chosen stage deploy does not exist; available stages are .pre, test, train, .post']);
    expect(declared.stages).toEqual(['.pre', 'test', 'train', '.post']);
  });

  // https://docs.gitlab.com/ci/yaml/#environmentname
  it('rejects an empty environment name and one with other characters (ci/yaml/#environmentname)', () => {
    const allowed = "can contain only letters, digits, '-', '_', '/', '$', '{', '}', '.', and spaces, but it cannot start or end with '/'";
    const empty = pipeline('deploy:\n  script: d\n  environment:\n    name: ""\n', MAIN);
    expect(empty.created).toBe(false);
    expect(empty.errors).toEqual(["jobs:deploy:environment name can't be blank", `jobs:deploy:environment name ${allowed}`]);
    expect(pipeline('deploy:\n  script: d\n  environment: review/$CI_COMMIT_REF_SLUG\n', MAIN).created).toBe(true);
    expect(pipeline('deploy:\n  script: d\n  environment: prod:eu\n', MAIN).errors).toEqual([`jobs:deploy:environment name ${allowed}`]);
    expect(pipeline('deploy:\n  script: d\n  environment: /prod\n', MAIN).errors).toEqual([`jobs:deploy:environment name ${allowed}`]);
  });

  // https://docs.gitlab.com/ci/yaml/#resource_group : GitLab drops an empty or invalid key silently.
  it('warns of an empty resource_group, which GitLab accepts without serializing (ci/yaml/#resource_group)', () => {
    const p = pipeline('deploy:\n  script: d\n  resource_group: ""\nother:\n  script: o\n  resource_group: deploy-$CI_COMMIT_REF_SLUG\n', MAIN);
    expect(p.created).toBe(true);
    expect(p.jobs.get('other')?.resourceGroup).toBe('deploy-$CI_COMMIT_REF_SLUG');
    expect(p.warnings).toEqual(['deploy: resource_group is empty; GitLab creates the job without a resource group (no serialization)']);
  });

  // Gitlab::Ci::Config::Entry::Jobs
  it('rejects a job without script, run or trigger, and a config without a visible job (ci/yaml/#script)', () => {
    expect(pipeline('build:\n  stage: build\n', MAIN).errors).toEqual([
      'jobs build config should implement the script:, run:, or trigger: keyword',
      'jobs config should contain at least one visible job',
    ]);
    expect(pipeline('.hidden:\n  script: x\n', MAIN).errors).toEqual(['jobs config should contain at least one visible job']);
  });

  it('rejects bad keywords: unknown keys, rules with only, an invalid rules:if, a bad when (ci/yaml)', () => {
    expect(pipeline('a:\n  script: a\n  scripts: b\n', MAIN).errors).toEqual(['jobs:a config contains unknown keys: scripts']);
    expect(pipeline('a:\n  script: a\n  only: [main]\n  rules:\n    - when: always\n', MAIN).errors).toEqual(['jobs:a config key may not be used with `rules`: only']);
    expect(pipeline('a:\n  script: a\n  rules:\n    - if: $A = "x"\n', MAIN).errors).toEqual(['jobs:a:rules:rule if invalid expression syntax']);
    expect(pipeline('a:\n  script: a\n  rules:\n    - when: later\n', MAIN).errors).toEqual(['jobs:a:rules:rule when unknown value: later']);
    expect(pipeline('a:\n  script: a\n  when: never\n', MAIN).errors).toEqual(['jobs:a when should be one of: on_success, on_failure, always, manual, delayed']);
    expect(pipeline('a:\n  script: a\n  tags: gpu\n', MAIN).errors).toEqual(['jobs:a:tags config should be an array of strings']);
  });

  it('rejects an invalid regular expression in rules:if as invalid syntax (ci/jobs/job_rules)', () => {
    const p = pipeline('a:\n  script: a\n  rules:\n    - if: $A =~ /((/\n', MAIN);
    expect(p.created).toBe(false);
    expect(p.errors).toEqual(['jobs:a:rules:rule if invalid expression syntax']);
    expect(() => evaluateExpression('$A =~ /((/', {})).toThrow('Invalid regular expression!');
  });

  it('rejects circular needs and needs listed twice (ci/yaml/#needs)', () => {
    expect(pipeline('a:\n  script: a\n  needs: [b]\nb:\n  script: b\n  needs: [a]\n', MAIN).errors).toEqual(['The pipeline has circular dependencies']);
    expect(pipeline('a:\n  stage: build\n  script: a\nb:\n  script: b\n  needs: [a, a]\n', MAIN).errors).toEqual(['b has the following needs duplicated: a.']);
  });
});

describe('extends, default, !reference and YAML', () => {
  // https://docs.gitlab.com/ci/yaml/#extends and https://docs.gitlab.com/ci/yaml/yaml_optimization/#merge-details
  it('merges extends over several levels and parents: hashes deep, arrays replaced, the job wins (ci/yaml/yaml_optimization)', () => {
    const yml = [
      '.base:\n  image: node:20\n  variables:\n    A: base\n    B: base\n  script: [base]\n  tags: [one]',
      '.middle:\n  extends: .base\n  variables:\n    B: middle\n  tags: [two, three]',
      '.other:\n  variables:\n    C: other',
      'job:\n  extends: [.middle, .other]\n  variables:\n    A: job',
    ].join('\n');
    const job = pipeline(yml, MAIN).jobs.get('job');
    expect(job).toMatchObject({ script: ['base'], tags: ['two', 'three'], variables: { A: 'job', B: 'middle', C: 'other' } });
    expect(job?.raw.image).toBe('node:20');
  });

  it("rejects extends of an unknown key and circular extends, with GitLab's messages (ci/yaml/#extends)", () => {
    expect(pipeline('job:\n  extends: .nope\n  script: x\n', MAIN).errors).toEqual(['job: unknown keys in `extends` (.nope)']);
    expect(pipeline('.a:\n  extends: .b\n.b:\n  extends: .a\njob:\n  extends: .a\n  script: x\n', MAIN).errors).toEqual(['.a: circular dependency detected in `extends`']);
  });

  // https://docs.gitlab.com/ci/yaml/#default and https://docs.gitlab.com/ci/yaml/#inherit
  it('inherits default: keys unless the job sets them or inherit:default says no (ci/yaml/#default, #inherit)', () => {
    const yml = [
      'default:\n  image: node:24\n  tags: [gpu]\n  before_script: [setup]',
      'a:\n  script: a',
      'b:\n  script: b\n  tags: [cpu]',
      'c:\n  script: c\n  inherit:\n    default: false',
      'd:\n  script: d\n  inherit:\n    default: [image]',
    ].join('\n');
    const p = pipeline(yml, MAIN);
    expect([...p.jobs.values()].map((job) => [job.name, job.tags, job.raw.image ?? null])).toEqual([
      ['a', ['gpu'], 'node:24'],
      ['b', ['cpu'], 'node:24'],
      ['c', [], null],
      ['d', [], 'node:24'],
    ]);
  });

  // https://docs.gitlab.com/ci/yaml/#tags : tags expand CI/CD variables.
  it('expands variables in runner tags (ci/yaml/#tags)', () => {
    const p = pipeline('variables:\n  RUNNER: gpu-a100\na:\n  script: a\n  tags: [$RUNNER, linux]\n', MAIN);
    expect(p.jobs.get('a')?.tags).toEqual(['gpu-a100', 'linux']);
  });

  // https://docs.gitlab.com/ci/yaml/yaml_optimization/#reference-tags
  it('resolves !reference tags after extends, nested ones included (ci/yaml/yaml_optimization/#reference-tags)', () => {
    const yml = [
      '.setup:\n  script:\n    - echo setup\n    - echo more\n  rules:\n    - if: $CI_COMMIT_BRANCH == "main"',
      '.child:\n  extends: .setup\n  after_script: [!reference [.setup, script]]',
      'job:\n  script:\n    - !reference [.setup, script]\n    - echo run\n  after_script: !reference [.child, after_script]\n  rules:\n    - !reference [.setup, rules]',
    ].join('\n');
    const job = pipeline(yml, MAIN).jobs.get('job');
    expect(job?.script).toEqual(['echo setup', 'echo more', 'echo run']);
    expect(job?.raw.after_script).toEqual([['echo setup', 'echo more']]);
    expect(pipeline(yml, MR).jobs.has('job')).toBe(false);
    expect(pipeline('job:\n  script: !reference [.missing, script]\n', MAIN).errors).toEqual(['[".missing", "script"] could not be found']);
  });

  // https://docs.gitlab.com/ci/yaml/yaml_optimization/#anchors
  it('reads anchors, aliases and merge keys, and YAML 1.1 scalars as Psych does (ci/yaml/yaml_optimization/#anchors)', () => {
    const yml = '.rules: &rules\n  - if: $CI_COMMIT_BRANCH\n.vars: &vars\n  A: on\n  B: y\njob:\n  script: x\n  variables:\n    <<: *vars\n    C: 1e3\n  rules: *rules\n';
    const job = pipeline(yml, MAIN).jobs.get('job');
    expect(job?.variables).toEqual({ A: true, B: 'y', C: '1e3' });
    expect(pipeline(yml, MR).jobs.size).toBe(0);
  });

  // https://docs.gitlab.com/ci/jobs/#hide-a-job
  it('does not create hidden jobs (ci/jobs/#hide-a-job)', () => {
    expect(names(pipeline('.hidden:\n  script: x\nshown:\n  script: y\n', MAIN))).toEqual(['shown']);
  });
});

describe('include and components', () => {
  // https://docs.gitlab.com/ci/yaml/includes/#merge-method-for-include
  it('merges included files, the including file winning and same-name jobs merging (ci/yaml/includes)', () => {
    const files = {
      'ci/a.yml': 'variables:\n  A: from-a\n  B: from-a\njob:\n  stage: build\n  script: [a]\n  variables:\n    X: a\n',
      'ci/b.yml': 'include: ci/c.yml\nvariables:\n  B: from-b\n',
      'ci/c.yml': 'other:\n  script: c\n',
    };
    const yml = 'include:\n  - local: ci/a.yml\n  - /ci/b.yml\nvariables:\n  A: main\njob:\n  variables:\n    Y: main\n';
    const p = pipeline(yml, MAIN, { files });
    expect(names(p)).toEqual(['job', 'other']);
    expect(p.jobs.get('job')).toMatchObject({ stage: 'build', script: ['a'], variables: { A: 'main', B: 'from-b', X: 'a', Y: 'main' } });
    expect(pipeline('include: nope.yml\n', MAIN, { files }).errors).toEqual(['Local file `nope.yml` does not exist!']);
  });

  const template = [
    'spec:',
    '  component: [name, version, reference]',
    '  inputs:',
    '    job-name:',
    '      default: component-job',
    '    stage:',
    '      default: test',
    '    min-gpus:',
    '      type: number',
    '      default: 1',
    '    label:',
    '      default: ""',
    '    mode:',
    '      default: verify',
    '      options: [verify, provision]',
    '    model:',
    '      regex: ^[a-z0-9-]+$',
    '    tags:',
    '      type: array',
    '      default: [gpu]',
    '    allow-cpu:',
    '      type: boolean',
    '      default: false',
    '    notes:',
    '      default: ""',
    '---',
    '"$[[ inputs.job-name ]]":',
    '  stage: $[[ inputs.stage ]]',
    '  tags: $[[ inputs.tags ]]',
    '  variables:',
    '    MIN_GPUS: $[[ inputs.min-gpus ]]',
    '    ALLOW_CPU: $[[ inputs.allow-cpu ]]',
    '    WHO: "$[[ component.name ]]@$[[ component.version ]] ($[[ component.reference ]])"',
    '    MODEL: $[[ inputs.model ]]',
    '  script:',
    '    - echo "$[[ inputs.notes ]]"',
    '    - run --mode $[[ inputs.mode ]] --gpus $[[ inputs.min-gpus ]] --tags "$[[ inputs.tags ]]"',
    '',
  ].join('\n');
  const address = 'gitlab.example.com/group/modelgate/gpu@1.2.3';
  const include = (inputs: string) => `include:\n  - component: $CI_SERVER_FQDN/group/modelgate/gpu@1.2.3\n    inputs:\n${inputs}`;
  const withInputs = (inputs: string, options: Partial<CreatePipelineOptions> = {}) => pipeline(include(inputs), MAIN, { components: { [address]: template }, options });

  // https://docs.gitlab.com/ci/components/ and https://docs.gitlab.com/ci/inputs/
  it('interpolates inputs into keys and values, typed where a value is one block (ci/inputs)', () => {
    const p = withInputs('      job-name: gpu\n      stage: build\n      model: iris\n      min-gpus: 2\n      tags: [gpu, a100]\n');
    expect(p.errors).toEqual([]);
    const job = p.jobs.get('gpu');
    expect(job).toMatchObject({ stage: 'build', tags: ['gpu', 'a100'], variables: { MIN_GPUS: 2, ALLOW_CPU: false, WHO: 'gpu@1.2.3 (1.2.3)', MODEL: 'iris' } });
    expect(job?.script[1]).toBe('run --mode verify --gpus 2 --tags "["gpu", "a100"]"');
  });

  it('keeps a multi-line input value inside its one YAML value (ci/inputs)', () => {
    const p = withInputs('      model: iris\n      notes: |\n        line one\n        line "two"\n');
    expect(p.jobs.get('component-job')?.script).toEqual(['echo "line one\nline "two"\n"', 'run --mode verify --gpus 1 --tags "["gpu"]"']);
  });

  // https://docs.gitlab.com/ci/inputs/#input-configuration and Ci::Inputs::*Input
  it("rejects a value of the wrong type, with GitLab's messages (ci/inputs/#spec-inputs-type)", () => {
    expect(withInputs('      model: iris\n      label: 2\n').errors).toEqual([`\`${address}\`: \`label\` input: provided value is not a string`]);
    expect(withInputs('      model: iris\n      min-gpus: "2"\n').errors).toEqual([`\`${address}\`: \`min-gpus\` input: provided value is not a number`]);
    expect(withInputs('      model: iris\n      allow-cpu: "true"\n').errors).toEqual([`\`${address}\`: \`allow-cpu\` input: provided value is not a boolean`]);
    expect(withInputs('      model: iris\n      tags: gpu\n').errors).toEqual([`\`${address}\`: \`tags\` input: provided value is not an array`]);
    // Newer GitLab coerces: a string input takes the number's text, a number input parses "2".
    const coerced = withInputs('      model: iris\n      label: 2\n      min-gpus: "2"\n', { inputTypes: 'coerce' });
    expect(coerced.errors).toEqual([]);
    expect(coerced.jobs.get('component-job')?.variables.MIN_GPUS).toBe(2);
  });

  it('rejects a missing required input, an unknown one, a value outside options or the regex (ci/inputs)', () => {
    expect(withInputs('      stage: build\n').errors).toEqual([`\`${address}\`: \`model\` input: required value has not been provided`]);
    expect(withInputs('      model: iris\n      gpus: 2\n').errors).toEqual([`\`${address}\`: unknown input arguments: gpus`]);
    expect(withInputs('      model: iris\n      mode: stop\n').errors).toEqual([
      `\`${address}\`: \`mode\` input: \`stop\` cannot be used because it is not in the list of allowed options`,
    ]);
    expect(withInputs('      model: Iris_1\n').errors).toEqual([`\`${address}\`: \`model\` input: provided value does not match required RegEx pattern`]);
  });

  it('rejects a block naming an unknown input or an undeclared component field (ci/inputs, ci/components)', () => {
    const bad = template.replace('$[[ inputs.notes ]]', '$[[ inputs.note ]]');
    expect(pipeline(include('      model: iris\n'), MAIN, { components: { [address]: bad } }).errors).toEqual([
      `\`${address}\`: unknown interpolation provided: \`note\` in \`inputs.note\``,
    ]);
    const undeclared = template.replace('  component: [name, version, reference]\n', '');
    expect(pipeline(include('      model: iris\n'), MAIN, { components: { [address]: undeclared } }).errors).toEqual([
      `\`${address}\`: unknown interpolation provided: \`name\` in \`component.name\``,
    ]);
  });

  // gitlab-org/gitlab#601160: `$[[ component.* ]]` is not interpolated inside an input's default.
  it('leaves a block in an input default as text and warns (ci/components, gitlab-org/gitlab#601160)', () => {
    const text = 'spec:\n  component: [version]\n  inputs:\n    version:\n      default: $[[ component.version ]]\n---\njob:\n  script: npx "tool@$[[ inputs.version ]]"\n';
    const p = pipeline('include:\n  - component: gitlab.example.com/g/p/tool@1.0.0\n', MAIN, { components: { 'gitlab.example.com/g/p/tool@1.0.0': text } });
    expect(p.jobs.get('job')?.script).toEqual(['npx "tool@$[[ component.version ]]"']);
    expect(p.warnings.join('\n')).toMatch(/interpolation block is left in the configuration as text/);
  });

  // https://docs.gitlab.com/ci/inputs/#specify-functions-to-manipulate-input-values
  it('applies expand_vars, truncate and posix_quote (ci/inputs/#specify-functions-to-manipulate-input-values)', () => {
    const text = [
      'spec:\n  inputs:\n    name:\n      default: $CI_PROJECT_NAME-$UNKNOWN\n    long:\n      default: "0123456789"\n    arg:\n      default: "it\'s $HOME"\n---',
      '"job-$[[ inputs.name | expand_vars | truncate(0,7) ]]":',
      '  script:\n    - echo $[[ inputs.long | truncate(2,3) ]]\n    - echo $[[ inputs.arg | posix_quote ]]\n    - echo $[[ inputs.name | expand_vars ]]',
      '',
    ].join('\n');
    const p = pipeline('include:\n  - local: t.yml\n', MAIN, { files: { 't.yml': text } });
    expect(names(p)).toEqual(['job-project']);
    expect(p.jobs.get('job-project')?.script).toEqual(['echo 234', "echo it\\'s\\ \\$HOME", 'echo project-$UNKNOWN']);
    expect(shellescape('')).toBe("''");
  });

  it('rejects inputs for a file without spec and a too long spec:description (ci/inputs, ci/yaml/#spec)', () => {
    expect(pipeline('include:\n  - local: t.yml\n    inputs:\n      a: 1\n', MAIN, { files: { 't.yml': 'job:\n  script: x\n' } }).errors).toEqual([
      '`t.yml`: Given inputs not defined in the `spec` section of the included configuration file',
    ]);
    const long = `spec:\n  description: ${'x'.repeat(257)}\n---\njob:\n  script: x\n`;
    expect(pipeline('include: t.yml\n', MAIN, { files: { 't.yml': long } }).errors).toEqual(['`t.yml`: header:spec description is too long (maximum is 256 characters)']);
  });

  // https://docs.gitlab.com/ci/yaml/includes/#use-rules-with-include
  it('includes a file only when its include:rules match (ci/yaml/includes/#use-rules-with-include)', () => {
    const files = { 'mr.yml': 'mr-job:\n  script: x\n' };
    const yml = 'include:\n  - local: mr.yml\n    rules:\n      - if: $CI_MERGE_REQUEST_IID\nworkflow:\n  rules:\n    - when: always\nbuild:\n  script: make\n';
    expect(names(pipeline(yml, MR, { files }))).toEqual(['mr-job', 'build']);
    expect(names(pipeline(yml, MAIN, { files }))).toEqual(['build']);
  });

  it('reports a component it cannot find (ci/components)', () => {
    expect(pipeline('include:\n  - component: $CI_SERVER_FQDN/g/p/none@1\n', MAIN).errors).toEqual(["Component 'gitlab.example.com/g/p/none@1' - content not found"]);
  });
});

describe('rules:if expressions (ci/jobs/job_rules/#cicd-variable-expressions)', () => {
  const vars = { A: 'main', B: 'main', EMPTY: '', TAG: 'v1.2.3', SOURCE: 'merge_request_event', PATTERN: '/^v\\d/' };
  it.each([
    ['$A == "main"', true],
    ["$A == 'main'", true],
    ['$A != "main"', false],
    ['$A == $B', true],
    ['$MISSING == $ALSO_MISSING', true],
    ['$MISSING == null', true],
    ['$EMPTY == null', false],
    ['$EMPTY', false],
    ['$A', true],
    ['$MISSING', false],
    ['$TAG =~ /^v\\d+\\.\\d+/', true],
    ['$TAG =~ /^V/i', true],
    ['$TAG =~ /^V/', false],
    ['$TAG !~ /^v/', false],
    ['$TAG =~ $PATTERN', true],
    ['$MISSING =~ /^$/', true],
    ['$A == "x" || $B == "main" && $TAG', true],
    ['($A == "x" || $B == "main") && $MISSING', false],
    ['$SOURCE == "push" || ($SOURCE == "merge_request_event" && $A == "main")', true],
    ['${A} == "main"', true],
  ])('%s is %s', (expression, expected) => {
    expect(evaluateExpression(expression, vars)).toBe(expected);
  });
});

describe('this repository', () => {
  // The shipped pipelines are checked by their own tests; this only makes sure the model loads the
  // example with the component templates of this working tree.
  it('loads examples/.gitlab-ci.yml with the templates of gitlab/templates', () => {
    const components = (componentAddress: string) => {
      const match = /\/([^/@]+)@[^@/]+$/.exec(componentAddress);
      if (!match) throw new Error(`not a component address: ${componentAddress}`);
      return readFileSync(join(root, 'gitlab/templates', `${match[1]}.yml`), 'utf8');
    };
    for (const [label, context] of [
      ['merge request', MR],
      ['default branch', MAIN],
    ] as const) {
      const p = createPipeline({ file: join(root, 'examples/.gitlab-ci.yml'), projectDir: join(root, 'examples'), components, context });
      console.log(`examples/.gitlab-ci.yml, ${label} pipeline: created=${p.created}`, {
        jobs: [...p.jobs.values()].map((job) => `${job.name} (${job.stage}, ${job.when}${job.tags.length ? `, tags ${job.tags.join(',')}` : ''})`),
        errors: p.errors,
        warnings: p.warnings,
      });
      expect(p).toHaveProperty('errors');
    }
  });
});
