import { describe, expect, it } from 'vitest';
import { githubContext } from '../../src/platform/github.js';
import { gitlabContext } from '../../src/platform/gitlab.js';
import { LOCAL_STORE, openModelStore, storeAddress } from '../../src/steps/deployments.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir } from '../helpers/git.js';

describe('the default model store follows where the step runs', () => {
  it("GitHub: the repository's GHCR, lowercased, with the actor and the step's token, which no other host ever gets", () => {
    const context = githubContext({ GITHUB_REPOSITORY: 'My-Org/Fraud.Model', GITHUB_SERVER_URL: 'https://github.com', GITHUB_ACTOR: 'octocat', GITHUB_EVENT_NAME: 'push' });
    expect(storeAddress(context, { token: 'ghs_token' })).toEqual({ uri: 'oci://ghcr.io/my-org/fraud.model', username: 'octocat', password: 'ghs_token' });
    // What messages call it, and who acts: the adapter says, so steps need not ask which platform this is.
    expect(context).toMatchObject({ registry: { label: "this repository's GHCR" }, actor: 'octocat' });
    expect(storeAddress(context, { registry: 'oci://ghcr.io/my-org/models', token: 'ghs_token' })).toMatchObject({ username: 'octocat', password: 'ghs_token' });
    expect(storeAddress(context, { registry: 'oci://registry.example.com/models', token: 'ghs_token' })).toEqual({
      uri: 'oci://registry.example.com/models',
      username: undefined,
      password: undefined,
    });
    expect(storeAddress(context, { registry: 'oci://registry.example.com/models', registryUsername: 'u', registryPassword: 'p', token: 'ghs_token' })).toMatchObject({
      username: 'u',
      password: 'p',
    });
  });

  it('GitHub Enterprise Server has no GHCR: the on-disk default, with a warning in CI', () => {
    const context = githubContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: 'https://github.example.com' });
    expect(storeAddress(context, {}).uri).toBe(LOCAL_STORE);
  });

  it("GitLab: the project's container registry; for a fork's merge request, the target project's", () => {
    const own = gitlabContext({
      CI_REGISTRY: 'registry.gitlab.com',
      CI_REGISTRY_IMAGE: 'registry.gitlab.com/Group/Project',
      CI_REGISTRY_USER: 'gitlab-ci-token',
      CI_REGISTRY_PASSWORD: 'job-token',
    });
    expect(storeAddress(own, {})).toEqual({ uri: 'oci://registry.gitlab.com/group/project', username: 'gitlab-ci-token', password: 'job-token' });
    const fork = gitlabContext({
      CI_REGISTRY: 'registry.gitlab.com',
      CI_REGISTRY_IMAGE: 'registry.gitlab.com/someone/project',
      CI_MERGE_REQUEST_IID: '7',
      CI_MERGE_REQUEST_PROJECT_ID: '1',
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '2',
      CI_MERGE_REQUEST_PROJECT_PATH: 'group/project',
    });
    expect(storeAddress(fork, {}).uri).toBe('oci://registry.gitlab.com/group/project');
  });

  it('locally: the on-disk layout, without a warning; in a CI job an on-disk store warns that it dies with the job', () => {
    const ws = tempDir();
    const local = new FakePlatform(localContext(ws));
    expect(openModelStore(local, {}).uri).toBe('oci-layout:.modelgate/registry');
    expect(local.logs).toEqual([]);
    const ci = new FakePlatform({ ...localContext(ws), platform: 'github', registry: { uri: 'oci://ghcr.io/o/r', label: "this repository's GHCR" } });
    openModelStore(ci, { registry: 'oci-layout:models' });
    openModelStore(ci, { registry: 'oci-layout:models' });
    expect(ci.logs).toHaveLength(1);
    expect(ci.logs[0]).toMatch(
      /^warning: registry 'oci-layout:models' is a folder in this job's workspace: it disappears when the job ends.*Leave 'registry' unset to use this repository's GHCR \(oci:\/\/ghcr\.io\/o\/r\)/,
    );
  });
});
