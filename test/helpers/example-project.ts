import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './runner.js';

/** What a project passes to the reusable workflow `.github/workflows/modelgate.yml`: the example project's paths. */
export function exampleWorkflowInputs(registry: string): Record<string, unknown> {
  return {
    'model-name': 'iris',
    data: 'train/data/iris.csv',
    schema: '',
    reference: '',
    train: 'node train.mjs',
    'working-directory': 'train',
    params: 'train/params.yaml',
    metrics: 'train/out/metrics.json',
    model: 'train/out/model',
    config: 'modelgate.yml',
    registry,
    gpu: false,
  };
}

/** Copies `examples/` (without outputs an earlier run left) into a repository's work tree. */
export function copyExampleProject(repo: string): void {
  cpSync(join(ROOT, 'examples'), repo, { recursive: true, filter: (src) => !/[/\\](out|demo-output)$/.test(src) });
}
