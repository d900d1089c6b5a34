import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFiles, GITLAB_QUICKSTART } from '../src/steps/gitlab-catalog.js';
import { STEPS } from '../src/steps/index.js';
import { tempDir } from './helpers/git.js';
import { createPipeline, defaultBranchPipeline, mergeRequestPipeline, tagPipeline, type ModelPipeline, type PipelineContext } from './helpers/gitlab-pipeline-model.js';
import { ROOT } from './helpers/runner.js';

/**
 * Every pipeline we ship, created the way GitLab creates one (test/helpers/gitlab-pipeline-model.ts:
 * includes and component inputs checked, `workflow:rules` and job `rules`, stages, needs, environments),
 * which gitlab-ci-local does not do: the README quickstart, examples/.gitlab-ci.yml, and the catalog
 * project's own pipeline, each for a merge request, the default branch and (the catalog) its release tag.
 */
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const stamp = { version, sha256: 'a'.repeat(64), project: 'group/modelgate' };
const catalog = catalogFiles(Object.values(STEPS), stamp, 'MIT');

/**
 * A component address to its template as the catalog holds it, only at the project and version the
 * pipeline should name (`<fqdn>/<project>/<id>@<version>`): a wrong path or version is not found.
 */
const components = (project: string, version: string) => (address: string) => {
  const id = new RegExp(`^gitlab\\.example\\.com/${project}/([a-z-]+)@${version.replace(/\./g, '\\.')}$`).exec(address)?.[1];
  const text = id && catalog.get(`templates/${id}.yml`);
  if (!text) throw new Error(`Component '${address}' - content not found`);
  return text;
};

function create(files: Record<string, string>, context: PipelineContext, where: [string, string]): ModelPipeline {
  const dir = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return createPipeline({ file: join(dir, '.gitlab-ci.yml'), projectDir: dir, components: components(...where), context });
}

/** The jobs of a pipeline GitLab accepts (no error, no warning), sorted; or the errors. */
function jobsOf(pipeline: ModelPipeline): string[] {
  expect(pipeline.errors).toEqual([]);
  expect(pipeline.warnings).toEqual([]);
  return [...pipeline.jobs.keys()].sort();
}

const QUICK: [string, string] = ['group/modelgate', version];
const EXAMPLE: [string, string] = ['modelgate/modelgate', '0'];
const CATALOG: [string, string] = ['group/modelgate', 'b'.repeat(40)];
const quickstart = GITLAB_QUICKSTART.replace(/<group>/g, 'group').replace(/<version>/g, version);
const example = readFileSync(join(ROOT, 'examples/.gitlab-ci.yml'), 'utf8');

describe('the GitLab pipelines we ship, created as GitLab creates them', () => {
  it('README.md shows the quickstart that is tested here', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(GITLAB_QUICKSTART);
    expect(catalog.get('README.md')).toContain(GITLAB_QUICKSTART);
  });

  it('the quickstart: a merge request validates, trains and compares after training, with the run record in hand', () => {
    const mr = create({ '.gitlab-ci.yml': quickstart }, mergeRequestPipeline(), QUICK);
    expect(jobsOf(mr)).toEqual(['compare', 'train', 'validate']);
    const [validate, train, compare] = ['validate', 'train', 'compare'].map((name) => mr.jobs.get(name)!);
    expect([validate!.stage, train!.stage, compare!.stage]).toEqual(['test', 'train', 'compare']);
    expect(compare!.needs).toEqual([{ job: 'train', optional: false, artifacts: true }]);
    // What compare reads (modelgate-train/run.json) is in what train keeps.
    expect((train!.raw.artifacts as { paths: string[] }).paths).toContain('modelgate-train/');
    expect(jobsOf(create({ '.gitlab-ci.yml': quickstart }, defaultBranchPipeline(), QUICK))).toEqual(['compare', 'train', 'validate']);
  });

  it('a component at another project or version than the pipeline should name is not found', () => {
    const moved = create({ '.gitlab-ci.yml': quickstart.replace('group/modelgate/compare-metrics', 'group/other/compare-metrics') }, mergeRequestPipeline(), QUICK);
    expect(moved.errors.join('\n')).toMatch(/group\/other\/compare-metrics@.*content not found/);
  });

  it('the quickstart without its compare stage is what GitLab refuses', () => {
    const broken = quickstart.replace('job-name: compare, stage: compare,', 'job-name: compare, stage: review,');
    expect(create({ '.gitlab-ci.yml': broken }, mergeRequestPipeline(), QUICK).errors.join('\n')).toMatch(/compare job: chosen stage review does not exist/);
  });

  it('examples/.gitlab-ci.yml: merge requests train and compare; the default branch trains, challenges, deploys, and offers a manual rollback', () => {
    const mr = create({ '.gitlab-ci.yml': example }, mergeRequestPipeline(), EXAMPLE);
    expect(jobsOf(mr)).toEqual(['compare', 'gpu', 'train', 'validate']);
    // allow-cpu: the job must not wait for a GPU runner the example does not have.
    expect(mr.jobs.get('gpu')!.tags).toEqual([]);
    const main = create({ '.gitlab-ci.yml': example }, defaultBranchPipeline(), EXAMPLE);
    expect(jobsOf(main)).toEqual(['challenge', 'deploy-production', 'deploy-staging', 'gpu', 'rollback-production', 'train', 'validate']);
    for (const [name, env] of [
      ['deploy-staging', 'staging'],
      ['deploy-production', 'production'],
      ['rollback-production', 'production'],
    ] as const) {
      expect(main.jobs.get(name)!.environment?.name).toBe(env);
      expect(main.jobs.get(name)!.resourceGroup).toBe(`modelgate-iris-${env}`);
    }
    expect(main.jobs.get('rollback-production')!.when).toBe('manual');
    expect(create({ '.gitlab-ci.yml': example }, tagPipeline('v1'), EXAMPLE).created).toBe(false);
  });

  it('a deploy without an environment is refused when the pipeline is created, not with an empty environment:', () => {
    const noEnv = example.replace('      environment: staging\n', '');
    expect(noEnv).not.toBe(example);
    expect(create({ '.gitlab-ci.yml': noEnv }, defaultBranchPipeline(), EXAMPLE).errors.join('\n')).toMatch(/`environment` input: required value has not been provided/);
  });

  it("the catalog project's own pipeline: upload and test everywhere; the release only on the version's tag", () => {
    const files = Object.fromEntries(catalog);
    const context = (c: PipelineContext): PipelineContext => ({ variables: { ...c.variables, CI_PROJECT_PATH: 'group/modelgate', CI_COMMIT_SHA: 'b'.repeat(40) } });
    expect(jobsOf(create(files, context(mergeRequestPipeline()), CATALOG))).toEqual(['test-compare-metrics', 'test-validate-data', 'upload-cli']);
    expect(jobsOf(create(files, context(defaultBranchPipeline()), CATALOG))).toEqual(['test-compare-metrics', 'test-validate-data', 'upload-cli']);
    const release = create(files, context(tagPipeline(version)), CATALOG);
    expect(jobsOf(release)).toEqual(['release', 'test-compare-metrics', 'test-validate-data', 'upload-cli']);
    expect(release.jobs.get('release')!.raw.release).toMatchObject({ tag_name: '$CI_COMMIT_TAG' });
    expect(release.jobs.get('test-validate-data')!.needs.map((n) => n.job)).toEqual(['upload-cli']);
    // Another tag (not the version the templates pin) publishes nothing.
    expect(create(files, context(tagPipeline('9.9.9')), CATALOG).created).toBe(false);
  });
});
