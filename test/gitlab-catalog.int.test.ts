import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFiles } from '../src/steps/gitlab-catalog.js';
import { STEPS } from '../src/steps/index.js';
import { startGenericPackages, type GenericPackagesServer } from './helpers/generic-packages.js';
import { cliRelease, runGitlabJob } from './helpers/gitlab-ci-local.js';
import { commit, git, tempDir } from './helpers/git.js';
import { modernNode } from './helpers/node24.js';
import { ROOT } from './helpers/runner.js';

/**
 * The catalog project a release makes (scripts/gitlab-catalog.mjs), as a self-managed GitLab would run
 * it without npm: its `upload-cli` job puts the pinned tarball into the project's Generic Packages (a
 * loopback stand-in shaped like GitLab's API), and its own component jobs, `cli-from: gitlab`, fetch
 * it from there with their CI_JOB_TOKEN, check its sha256 and run it. Each job runs under gitlab-ci-local.
 */
const CATALOG_ID = 77;
const CATALOG_PATH = 'group/modelgate';
const CATALOG_JOB_TOKEN = 'glcbt-catalog-job-9d3f';
const OTHER_JOB_TOKEN = 'glcbt-not-allowlisted-41aa';
const TIMEOUT = 120_000;

describe.skipIf(!modernNode() && process.env.CI !== 'true')('the catalog project: upload the CLI, then run its components from its own package registry', () => {
  let packages: GenericPackagesServer;
  let project: string;
  let sha: string;
  const { tarball, stamp } = cliRelease(CATALOG_PATH);
  const file = `modelgate-${stamp.version}.tgz`;
  const key = `${CATALOG_ID}/modelgate/${stamp.version}/${file}`;

  beforeAll(async () => {
    packages = await startGenericPackages({
      projects: [{ id: CATALOG_ID, path: CATALOG_PATH, public: false }],
      tokens: { [CATALOG_JOB_TOKEN]: { kind: 'job', projects: [CATALOG_ID], write: [CATALOG_ID] }, [OTHER_JOB_TOKEN]: { kind: 'job', projects: [] } },
    });
    project = join(tempDir(), 'modelgate');
    mkdirSync(project);
    git(project, 'init', '-q', '-b', 'main');
    const files = Object.fromEntries(catalogFiles(Object.values(STEPS), stamp, readFileSync(join(ROOT, 'LICENSE'), 'utf8')));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(project, path)), { recursive: true });
      writeFileSync(join(project, path), text);
    }
    mkdirSync(join(project, 'cli'));
    copyFileSync(tarball, join(project, 'cli', file));
    sha = commit(project, { '.gitignore': '.gitlab-ci-local/\nmodelgate-data/\nmodelgate-report/\n*.env\nmetrics.txt\n' }, 'catalog');
    // gitlab-ci-local reads `component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/<id>@$CI_COMMIT_SHA` from the checkout when the remote is this project.
    git(project, 'remote', 'add', 'origin', `https://gitlab.example.com/${CATALOG_PATH}.git`);
  }, TIMEOUT);
  afterAll(async () => packages?.stop());

  const onMain = (token: string, api = packages.apiUrl) => ({
    CI_PIPELINE_SOURCE: 'push',
    CI_COMMIT_BRANCH: 'main',
    CI_DEFAULT_BRANCH: 'main',
    CI_COMMIT_SHA: sha,
    CI_PROJECT_ID: String(CATALOG_ID),
    CI_PROJECT_PATH: CATALOG_PATH,
    CI_SERVER_FQDN: 'gitlab.example.com',
    CI_API_V4_URL: api,
    CI_JOB_TOKEN: token,
  });
  // A job's files stay in the project folder (shell executor): a later run must not find an earlier one's reports.
  const clean = () => {
    for (const path of ['validate-data.env', 'compare-metrics.env', 'metrics.txt', 'modelgate-data', 'modelgate-report'])
      rmSync(join(project, path), { recursive: true, force: true });
  };
  const show = (run: { code: number | null; output: string; log: string }) => `exit ${run.code}\n${run.output}\n--- job log ---\n${run.log}`;

  it(
    'uploads the tarball once (a re-run leaves it), and the components fetch it with the job token, verify it and run',
    async () => {
      const upload = await runGitlabJob(project, 'upload-cli', onMain(CATALOG_JOB_TOKEN), tempDir(), 'none.env');
      expect(upload.code, show(upload)).toBe(0);
      expect(packages.files.get(key)?.equals(readFileSync(tarball)), 'the package holds the release tarball').toBe(true);
      const again = await runGitlabJob(project, 'upload-cli', onMain(CATALOG_JOB_TOKEN), tempDir(), 'none.env');
      expect(again.code, show(again)).toBe(0);
      expect(again.log).toContain(`modelgate ${stamp.version} is already in the package registry`);
      expect(packages.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);

      const validate = await runGitlabJob(project, 'test-validate-data', onMain(CATALOG_JOB_TOKEN), tempDir(), 'validate-data.env');
      expect(validate.code, show(validate)).toBe(0);
      expect(validate.dotenv.VALIDATE_DATA_VALID).toBe('true');
      expect(validate.dotenv.VALIDATE_DATA_ROWS).toBe('3');
      const compare = await runGitlabJob(project, 'test-compare-metrics', onMain(CATALOG_JOB_TOKEN), tempDir(), 'compare-metrics.env');
      expect(compare.code, show(compare)).toBe(0);
      expect(compare.dotenv.COMPARE_METRICS_VERDICT).toBe('pass');
      const downloads = packages.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/${file}`) && r.status === 200);
      expect(downloads.length).toBeGreaterThanOrEqual(3);
    },
    TIMEOUT,
  );

  it(
    'a job whose token may not read the catalog project says how to allow it, and runs nothing',
    async () => {
      packages.put(CATALOG_ID, 'modelgate', stamp.version, file, readFileSync(tarball));
      clean();
      const denied = await runGitlabJob(project, 'test-validate-data', onMain(OTHER_JOB_TOKEN), tempDir(), 'validate-data.env');
      expect(denied.code).not.toBe(0);
      expect(denied.log).toContain('answered 404');
      expect(denied.log).toContain(`make ${CATALOG_PATH} public, or add this project to the job token allowlist of ${CATALOG_PATH}`);
      expect(denied.dotenv).toEqual({});
    },
    TIMEOUT,
  );

  it(
    'a tarball that is not the pinned one is refused before it runs',
    async () => {
      const bytes = Buffer.from(readFileSync(tarball));
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
      packages.put(CATALOG_ID, 'modelgate', stamp.version, file, bytes);
      clean();
      const refused = await runGitlabJob(project, 'test-validate-data', onMain(CATALOG_JOB_TOKEN), tempDir(), 'validate-data.env');
      expect(refused.code).not.toBe(0);
      expect(refused.log).toContain(`not the ${stamp.sha256} this component pins: it is not run`);
      expect(refused.log).not.toContain('validate-data:');
      // The upload job will not replace what is there under the same version either.
      const upload = await runGitlabJob(project, 'upload-cli', onMain(CATALOG_JOB_TOKEN), tempDir(), 'none.env');
      expect(upload.code).not.toBe(0);
      expect(upload.log).toContain(`another tarball is already published as modelgate ${stamp.version}: not replaced`);
    },
    TIMEOUT,
  );

  it(
    'downloads redirected to object storage on another host get the tarball, never the job token',
    async () => {
      const storage = await startGenericPackages({
        projects: [{ id: CATALOG_ID, path: CATALOG_PATH, public: false }],
        tokens: { [CATALOG_JOB_TOKEN]: { kind: 'job', projects: [CATALOG_ID], write: [CATALOG_ID] } },
        redirectDownloads: true,
      });
      try {
        clean();
        for (let round = 0; round < 2; round++) {
          const upload = await runGitlabJob(project, 'upload-cli', onMain(CATALOG_JOB_TOKEN, storage.apiUrl), tempDir(), 'none.env');
          expect(upload.code, show(upload)).toBe(0);
        }
        // The second upload found the first through the redirect: one PUT.
        expect(storage.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
        const validate = await runGitlabJob(project, 'test-validate-data', onMain(CATALOG_JOB_TOKEN, storage.apiUrl), tempDir(), 'validate-data.env');
        expect(validate.code, show(validate)).toBe(0);
        const fetched = storage.requests.filter((r) => r.path.startsWith('/storage/'));
        expect(fetched.length).toBeGreaterThanOrEqual(2);
        for (const r of fetched) expect(Object.keys(r.headers).filter((h) => /token|authorization/i.test(h))).toEqual([]);
      } finally {
        await storage.stop();
      }
    },
    TIMEOUT,
  );
});
