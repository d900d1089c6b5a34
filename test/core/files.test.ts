import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPatterns, workspaceSource } from '../../src/core/files.js';
import { tempDir, writeFiles } from '../helpers/git.js';

describe('expandPatterns', () => {
  it("takes an absolute path inside the workspace (another step's output) as the relative path it names", async () => {
    const ws = tempDir();
    writeFiles(ws, { 'out/run.json': '{}', 'out/b.json': '{}' });
    expect(await expandPatterns(workspaceSource(ws), [join(ws, 'out', 'run.json'), 'out/*.json'])).toEqual({ files: ['out/run.json', 'out/b.json'], unmatched: [] });
  });

  it('refuses an absolute path outside the workspace and a path with ..', async () => {
    const ws = tempDir();
    await expect(expandPatterns(workspaceSource(ws), [join(tempDir(), 'x.json')])).rejects.toThrow(/must be relative to the repository root and stay inside it/);
    await expect(expandPatterns(workspaceSource(ws), ['../x.json'])).rejects.toThrow(/stay inside it/);
    await expect(expandPatterns(workspaceSource(ws), [ws])).rejects.toThrow(/stay inside it/);
  });
});
