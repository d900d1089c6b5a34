import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunTool } from '../../src/steps/setup-gpu-runner/detect.js';
// @ts-expect-error plain ESM module shared with the stand-in executables
import { answer } from '../fixtures/gpu/scenarios.mjs';
import { ROOT } from './runner.js';
import { tempDir } from './git.js';

type Answer = { code: number; stdout: string; stderr: string } | null;

/** Replays a scenario's recorded outputs in process (unit tests). */
export function replay(scenario: string): RunTool {
  return async (tool, args) => {
    const a = answer(scenario, tool, args) as Answer;
    return a ? { code: a.code, stdout: a.stdout, stderr: a.stderr } : { code: null, stdout: '', stderr: '', missing: true };
  };
}

/**
 * A folder of stand-in `nvidia-smi`, `nvcc`, `amd-smi` and `rocm-smi` executables that print a scenario's
 * recorded outputs; put it first on PATH so the real code runs them as it would the real tools. A tool
 * the scenario lacks is simply absent.
 */
export function fakeToolsOnPath(scenario: string): string {
  const dir = join(tempDir('modelgate-gpu-'), 'bin');
  mkdirSync(dir);
  const scenarios = join(ROOT, 'test', 'fixtures', 'gpu', 'scenarios.mjs');
  for (const tool of ['nvidia-smi', 'nvcc', 'amd-smi', 'rocm-smi']) {
    if (answer(scenario, tool, tool === 'amd-smi' ? ['static'] : []) === null && answer(scenario, tool, ['--query-gpu=index,name,uuid,memory.total']) === null) continue;
    const path = join(dir, tool);
    writeFileSync(
      path,
      `#!${process.execPath}\nimport { answer } from ${JSON.stringify(scenarios)};\nconst a = answer(${JSON.stringify(scenario)}, ${JSON.stringify(tool)}, process.argv.slice(2));\nprocess.stdout.write(a.stdout); process.stderr.write(a.stderr); process.exitCode = a.code;\n`,
    );
    chmodSync(path, 0o755);
  }
  return dir;
}
