import { FETCH_NO_TOKEN_ON_REDIRECT, gitlabTemplate, MIN_GITLAB, type CliStamp } from './gitlab-template.js';
import type { StepEntry } from './index.js';

/**
 * The README quickstart for GitLab, one complete pipeline (`npm run docs` copies it into README.md; a
 * test creates its merge request and default-branch pipelines the way GitLab does). `<group>` and
 * `<version>` are the catalog project's path and a release.
 */
export const GITLAB_QUICKSTART = `# .gitlab-ci.yml: check the data, train, and compare each merge request with the run recorded for its merge-base.
stages: [test, train, compare]
workflow:
  rules: # merge request pipelines, and the default branch's (they record the baseline of later merge requests)
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
include:
  - component: $CI_SERVER_FQDN/<group>/modelgate/validate-data@<version>
    inputs: { job-name: validate, data: data/train.csv, schema: data/schema.yaml }
  # train-model's input \`image\` is your training image: it needs Node.js 20 or later with npm, git and tar (node:24 has python3).
  - component: $CI_SERVER_FQDN/<group>/modelgate/train-model@<version>
    inputs: { job-name: train, run: python3 train.py, metrics: out/metrics.json, model: out/model, model-name: iris, artifact-paths: [modelgate-train/, out/] }
  - component: $CI_SERVER_FQDN/<group>/modelgate/compare-metrics@<version>
    inputs: { job-name: compare, stage: compare, metrics: modelgate-train/run.json, model-name: iris }
train: { needs: [validate] }
compare: { needs: [train] }
`;

/** The catalog project's own test data: a small valid CSV, its schema, and metrics within their rule. */
const TEST_FILES: Record<string, string> = {
  'tests/iris.csv': 'sepal_length,species\n5.1,setosa\n7.0,versicolor\n6.3,virginica\n',
  'tests/iris.schema.yaml': [
    'fields:',
    '  - {name: sepal_length, type: number, constraints: {required: true, minimum: 0}}',
    '  - {name: species, type: string, constraints: {enum: [setosa, versicolor, virginica]}}',
    '',
  ].join('\n'),
  'tests/metrics.json': '{"accuracy": 0.95}\n',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function componentSection(step: StepEntry): string {
  const { declaration } = step;
  const gitlab = declaration.gitlab!;
  const shared = step.specs.filter((s) => s.only !== 'github');
  const required = shared.filter((s) => s.required || gitlab.required?.includes(s.name));
  const example = required.map((s) => `      ${s.name}: ${s.hint && !/\s/.test(s.hint) ? s.hint : `<${s.name}>`}`);
  const rows = shared.map((s) => {
    const def = s.required || gitlab.required?.includes(s.name) ? '*required*' : s.default ? `\`${cell(s.default)}\`` : '';
    return `| \`${s.name}\` | ${def} | ${cell(s.description)}${s.secret ? ' (secret: pass a masked variable, e.g. `$MY_SECRET`)' : ''} |`;
  });
  rows.unshift(
    `| \`job-name\` | \`${declaration.id}\` | Name of the job this component adds. |`,
    `| \`stage\` | \`${gitlab.stage}\` | Stage of the job. |`,
    '| `image` | `node:24` | Image of the job (Node.js 20 or later with npm, git and tar). |',
    '| `cli-version`, `cli-sha256` | this release | The CLI release the job runs, and the sha256 of its tarball (refused otherwise). |',
    '| `cli-from`, `cli-project` | `npm` | Where the tarball comes from: `npm`, or `gitlab` (the package registry of `cli-project`). |',
  );
  for (const [name, extra] of Object.entries(gitlab.inputs ?? {})) rows.push(`| \`${name}\` | \`${cell(JSON.stringify(extra.default))}\` | ${cell(extra.description)} |`);
  return [
    `### ${declaration.id}`,
    '',
    gitlab.description,
    '',
    '```yaml',
    'include:',
    `  - component: $CI_SERVER_FQDN/<group>/modelgate/${declaration.id}@<version>`,
    ...(example.length ? ['    inputs:', ...example] : []),
    '```',
    '',
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function catalogReadme(steps: readonly StepEntry[], stamp: CliStamp): string {
  return [
    '# modelgate: CI/CD components for machine learning',
    '',
    "Check data before training, train with the run's lineage recorded, compare a merge request's metrics with the run recorded",
    'for its merge-base in one sticky MR note, promote a model only when its gate passes, and roll back in one step. Each',
    `component adds one job that runs the modelgate CLI ${stamp.version}, pinned by version and sha256.`,
    '',
    `Needs GitLab ${MIN_GITLAB} or later (CI/CD inputs and the catalog), and Linux runners whose jobs run a POSIX shell`,
    '(the default `node:24` image has Node.js, git and tar).',
    '',
    '## Quickstart',
    '',
    '```yaml',
    GITLAB_QUICKSTART.trimEnd(),
    '```',
    '',
    'Every component has `rules` for merge request pipelines and the default branch (deploys and rollbacks: the default',
    'branch only); redefine a job of the same name to change them.',
    '',
    '## Where the CLI comes from',
    '',
    `- \`cli-from: npm\` (the default): \`npm pack modelgate@${stamp.version}\` from the npm registry the job's npm uses (set`,
    '  `npm_config_registry` for a mirror). Nothing is installed and no package script runs.',
    "- `cli-from: gitlab`: the tarball this project's release job uploaded to its Generic Packages, read with the job's",
    "  `CI_JOB_TOKEN`. That token reads another project's packages only when that project is public, or when it lists the",
    '  including project (or its group) on its job token allowlist (Settings > CI/CD > Job token permissions).',
    '',
    'Either way the job refuses a tarball whose sha256 is not the one stamped into the component (`cli-sha256`).',
    '',
    '## Inputs, variables and tokens',
    '',
    'Inputs reach the CLI in an inputs file, never as job variables, so a project, group or pipeline variable cannot change',
    'them: a `MODELGATE_*` variable that contradicts an input fails the job. Secrets (`registry-password`, `notify-webhook`,',
    '`prometheus-token`) are masked variables. The merge request note needs a project access token (role Reporter, scope',
    '`api`) in the masked, **unprotected** CI/CD variable `MODELGATE_TOKEN` (a protected variable never reaches a merge',
    "request pipeline of an unprotected branch); `CI_JOB_TOKEN` cannot write notes. The project's container registry, the",
    "default model store, is reached with the job's `CI_REGISTRY_USER`/`CI_REGISTRY_PASSWORD`.",
    '',
    '## Components',
    '',
    ...steps.filter((s) => s.declaration.gitlab).map(componentSection),
  ].join('\n');
}

function catalogPipeline(stamp: CliStamp): string {
  const file = `modelgate-${stamp.version}.tgz`;
  const url = `$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/modelgate/${stamp.version}/${file}`;
  return `# This catalog project's own pipeline: upload the CLI the components pin to this project's package registry,
# test the components with it, and publish a catalog version on the tag that names the release.
stages: [publish, test, release]
workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
    - if: $CI_COMMIT_TAG
include:
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/validate-data@$CI_COMMIT_SHA
    inputs: { job-name: test-validate-data, data: tests/iris.csv, schema: tests/iris.schema.yaml, cli-from: gitlab }
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/compare-metrics@$CI_COMMIT_SHA
    inputs: { job-name: test-compare-metrics, metrics: tests/metrics.json, baseline: none, rules: 'accuracy: {better: higher, min: 0.9}', comment: false, cli-from: gitlab }

.everywhere: &everywhere
  - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  - if: $CI_COMMIT_TAG == "${stamp.version}"

# Idempotent: a tarball already there with the same sha256 is left alone; a different one under this version fails.
upload-cli:
  stage: publish
  image: node:24
  rules: *everywhere
  script:
    - |
      set -e
      echo "${stamp.sha256}  cli/${file}" | sha256sum -c -
      # GitLab may redirect a download to object storage: follow it, without the job token.
      status=$(node -e 'const [u, out] = process.argv.slice(1);
        ${FETCH_NO_TOKEN_ON_REDIRECT}
        get(u, { "JOB-TOKEN": process.env.CI_JOB_TOKEN }).then(async (r) => { if (r.ok) require("fs").writeFileSync(out, Buffer.from(await r.arrayBuffer())); console.log(r.status); });' "${url}" /tmp/${file})
      if [ "$status" = 200 ]; then
        echo "${stamp.sha256}  /tmp/${file}" | sha256sum -c - || { echo "another tarball is already published as modelgate ${stamp.version}: not replaced" >&2; exit 1; }
        echo "modelgate ${stamp.version} is already in the package registry"
      else
        curl --fail-with-body --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file "cli/${file}" "${url}"
      fi

test-validate-data: { needs: [upload-cli], rules: *everywhere }
test-compare-metrics: { needs: [upload-cli], rules: *everywhere }

# The catalog lists the versions a release job publishes on a semantic-version tag: the tag is the CLI's version.
release:
  stage: release
  image: $CI_TEMPLATE_REGISTRY_HOST/gitlab-org/release-cli:latest
  needs: [upload-cli, test-validate-data, test-compare-metrics]
  rules:
    - if: $CI_COMMIT_TAG == "${stamp.version}"
  script:
    - echo "modelgate ${stamp.version}"
  release:
    tag_name: $CI_COMMIT_TAG
    name: modelgate $CI_COMMIT_TAG
    description: The modelgate components, running the modelgate CLI ${stamp.version} (sha256 ${stamp.sha256}).
    assets:
      links:
        - name: ${file}
          url: ${url}
          link_type: package
`;
}

/**
 * The files of the catalog project for one release, by path: the templates with the CLI stamped in,
 * a README with each component's inputs, the project's own pipeline (test, then release on the
 * version's tag), its test data and the license. The release tarball itself goes to
 * `cli/modelgate-<version>.tgz` beside them (scripts/gitlab-catalog.mjs copies it).
 */
export function catalogFiles(steps: readonly StepEntry[], stamp: CliStamp, license: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const step of steps) if (step.declaration.gitlab) files.set(`templates/${step.declaration.id}.yml`, gitlabTemplate(step, stamp));
  files.set('README.md', catalogReadme(steps, stamp));
  files.set('.gitlab-ci.yml', catalogPipeline(stamp));
  files.set('LICENSE', license);
  for (const [path, text] of Object.entries(TEST_FILES)) files.set(path, text);
  return files;
}
