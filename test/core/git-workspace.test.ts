import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir, writeFiles } from '../helpers/git.js';
import { stepRun } from '../helpers/step-run.js';

const run = stepRun('compare-metrics');

describe('compare-metrics in a workspace that is not a git repository (a forgotten checkout)', () => {
  it('fails with a user error that says to check out the repository, not an internal error', async () => {
    vi.stubEnv('GIT_CEILING_DIRECTORIES', tmpdir());
    const dir = tempDir();
    writeFiles(dir, { 'm.json': '{"a": 1}' });
    const head = 'e'.repeat(40);
    for (const changeRequest of [
      { number: 1, baseRef: 'main', headSha: head, fork: false },
      { number: 1, baseRef: 'main', headSha: head, mergeBaseSha: 'f'.repeat(40), fork: false },
    ]) {
      const platform = new FakePlatform(localContext(dir, { sha: head, changeRequest }), { metrics: 'm.json' });
      const error = await run(platform).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe(`the workspace ${dir} is not a git repository: check out the repository first (actions/checkout, or GitLab's default clone)`);
    }
  });
});
