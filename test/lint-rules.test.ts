import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/runner.js';

// `npm run lint` runs these rules on the tree; here each is shown to catch what it is for, on a probe
// file that is linted in place (never written).
const eslint = new ESLint({ cwd: ROOT });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint: layering and cycles', () => {
  it('a step never imports another step', async () => {
    const found = await problems('src/steps/deploy-model/probe.ts', "import { run } from '../compare-metrics/run.js';\nexport const x = run;\n");
    expect(found.join('\n')).toMatch(/import-x\/no-restricted-paths: .*a step never imports another step/);
  });

  it('core imports nothing outside core; steps use the port, not an adapter', async () => {
    expect((await problems('src/core/probe.ts', "import { STEPS } from '../steps/index.js';\nexport const x = STEPS;\n")).join('\n')).toMatch(/core is platform-free/);
    expect((await problems('src/registry/probe.ts', "import type { Platform } from '../platform/platform.js';\nexport type X = Platform;\n")).join('\n')).toMatch(
      /registry builds on core only/,
    );
    expect(
      (await problems('src/steps/rollback/probe.ts', "import { createGitHubPlatform } from '../../platform/github.js';\nexport const x = createGitHubPlatform;\n")).join('\n'),
    ).toMatch(/through the port/);
    expect(await problems('src/steps/rollback/probe.ts', "import type { Platform } from '../../platform/platform.js';\nexport type X = Platform;\n")).toEqual([]);
  });

  it('only the GitHub adapter imports the Actions toolkit or octokit', async () => {
    expect((await problems('src/steps/train-model/probe.ts', "import * as core from '@actions/core';\nexport const x = core;\n")).join('\n')).toMatch(/no-restricted-imports/);
    expect((await problems('src/data/probe.ts', "import { Octokit } from '@octokit/rest';\nexport const x = Octokit;\n")).join('\n')).toMatch(/no-restricted-imports/);
  });

  it('a re-export that closes a loop is a cycle', async () => {
    const prometheus = readFileSync(join(ROOT, 'src/monitoring/prometheus.ts'), 'utf8');
    // watch.ts imports prometheus.ts; prometheus.ts re-exporting watch closes the loop.
    const found = await problems('src/monitoring/prometheus.ts', `${prometheus}\nexport { watch } from './watch.js';\n`);
    expect(found.join('\n')).toMatch(/import-x\/no-cycle: Dependency cycle detected/);
  });
});
