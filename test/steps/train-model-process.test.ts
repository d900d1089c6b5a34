import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/core/process.js';
import { tempDir } from '../helpers/git.js';

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('the training command runner', () => {
  it('leaves no timer behind when the command ends, so the step exits at once instead of idling', async () => {
    const dir = tempDir();
    const before = timers();
    const result = await runCommand('echo trained', { cwd: dir, env: { PATH: process.env.PATH }, graceMs: 1000, logFile: join(dir, 'train.log'), onOutput: () => undefined });
    expect(result.exitCode).toBe(0);
    expect(timers()).toBe(before);
  });
});
