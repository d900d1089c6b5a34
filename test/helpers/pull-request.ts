import { commit, git } from './git.js';
import { examplePayload } from './runner.js';

/** An event payload from @octokit/webhooks-examples with `main` as the repository's default branch. */
export function withDefaultBranch(payload: Record<string, any>): Record<string, any> {
  payload.repository.default_branch = 'main';
  return payload;
}

/**
 * Opens pull request `number` as GitHub would: a branch off main's tip with one commit of `files`,
 * GitHub's merge commit at refs/pull/<n>/merge (and the head at refs/pull/<n>/head) pushed to `origin`
 * of `dev`, and the `pull_request` event naming `base` as the base commit.
 */
export function openPullRequest(dev: string, number: number, branch: string, files: Record<string, string>, message: string, base: string) {
  git(dev, 'checkout', '-q', '-b', branch, 'main');
  const head = commit(dev, files, message);
  git(dev, 'checkout', '-q', '--detach', 'main');
  git(dev, 'merge', '-q', '--no-ff', '--no-gpg-sign', '-m', `Merge ${head} into main`, head);
  const merge = git(dev, 'rev-parse', 'HEAD');
  git(dev, 'push', '-q', 'origin', `${branch}:refs/heads/${branch}`, `${head}:refs/pull/${number}/head`, `${merge}:refs/pull/${number}/merge`);
  git(dev, 'checkout', '-q', 'main');
  const payload = withDefaultBranch(examplePayload('pull_request', 'opened'));
  payload.number = number;
  Object.assign(payload.pull_request, { number });
  Object.assign(payload.pull_request.head, { sha: head, ref: branch, repo: payload.repository });
  Object.assign(payload.pull_request.base, { sha: base, ref: 'main', repo: payload.repository });
  return { head, merge, event: { name: 'pull_request', payload } };
}
