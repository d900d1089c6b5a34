import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/core/process.js';
import { appendExport } from '../../src/platform/local.js';
import { tempDir } from '../helpers/git.js';

/**
 * A repository can commit symbolic links at the paths modelgate writes (`modelgate.env.sh -> ~/.bashrc`,
 * `modelgate-train/train.log -> ...`): none of those writes may go through them.
 */
describe('writes at paths a repository can commit', () => {
  const victim = () => {
    const outside = tempDir();
    const file = join(outside, '.bashrc');
    writeFileSync(file, 'original\n');
    return file;
  };

  it('the export file (modelgate.env.sh) is not appended through a link, and is appended otherwise', () => {
    const workspace = tempDir();
    const target = victim();
    symlinkSync(target, join(workspace, 'modelgate.env.sh'));
    expect(() => appendExport(workspace, {}, 'CUDA_VISIBLE_DEVICES', '0')).toThrow(/modelgate\.env\.sh is a symbolic link: modelgate does not write through one/);
    expect(readFileSync(target, 'utf8')).toBe('original\n');
    const plain = tempDir();
    appendExport(plain, {}, 'A', "it's");
    appendExport(plain, {}, 'B', '2');
    expect(readFileSync(join(plain, 'modelgate.env.sh'), 'utf8')).toBe("export A='it'\\''s'\nexport B='2'\n");
  });

  it("a command's log is not written through a link in its place, nor through a linked folder out of the workspace", async () => {
    const workspace = tempDir();
    const target = victim();
    mkdirSync(join(workspace, 'modelgate-train'));
    symlinkSync(target, join(workspace, 'modelgate-train', 'train.log'));
    const options = { cwd: workspace, env: { PATH: process.env.PATH }, graceMs: 1000, onOutput: () => undefined, confineTo: workspace };
    await expect(runCommand('echo leaked', { ...options, logFile: join(workspace, 'modelgate-train', 'train.log') })).rejects.toThrow(/train\.log is a symbolic link/);
    symlinkSync(join(target, '..'), join(workspace, 'logs'));
    await expect(runCommand('echo leaked', { ...options, logFile: join(workspace, 'logs', 'smoke-test.log') })).rejects.toThrow(
      /leads outside the workspace through a symbolic link/,
    );
    expect(readFileSync(target, 'utf8')).toBe('original\n');
    const ok = await runCommand('echo trained', { ...options, logFile: join(workspace, 'out', 'train.log') });
    expect(ok.exitCode).toBe(0);
    expect(readFileSync(join(workspace, 'out', 'train.log'), 'utf8')).toBe('trained\n');
  });
});
