import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/core/process.js';
import { tempDir } from '../helpers/git.js';

describe('the training command runner', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leaves no timer behind when the command ends, so the step exits at once instead of idling', async () => {
    const dir = tempDir();
    // The timers this run creates, not a count of the process's: the test runner's own come and go.
    const created: NodeJS.Timeout[] = [];
    const original = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((...args: Parameters<typeof setTimeout>) => {
      const timer = original(...args);
      created.push(timer);
      return timer;
    }) as typeof setTimeout);
    const result = await runCommand('echo trained', { cwd: dir, env: { PATH: process.env.PATH }, graceMs: 1000, logFile: join(dir, 'train.log'), onOutput: () => undefined });
    expect(result.exitCode).toBe(0);
    // A timer still pending and holding the event loop would keep the step's process alive.
    const pending = created.filter((t) => t.hasRef() && !(t as unknown as { _destroyed: boolean })._destroyed);
    expect(pending).toEqual([]);
  });
});
