import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/runner.js';

it('npm run demo: promotes, blocks a regression, rolls back a failed smoke test, and shows the history', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toMatch(/deploy-model +v1 promoted to production/);
  expect(run.stdout).toMatch(/compare-metrics +v2 vs production: fail, 5 metrics past their rules/);
  expect(run.stdout).toMatch(/deploy-model +v2 pushed but not promoted: production stays on v1/);
  expect(run.stdout).toMatch(/smoke test got 503 .*: production rolled back to v1/);
  expect(run.stdout).toMatch(/Deployment history of iris in production: 3 records/);
  const summary = readFileSync(join(ROOT, 'demo-output', 'summary.md'), 'utf8');
  expect(summary).toMatch(/### ❌ v2 vs production: fail/);
  expect(summary).toMatch(/### `iris` in `production`/);
  expect(existsSync(join(ROOT, 'demo-output', 'project', 'reference', 'iris.profile.json'))).toBe(true);
}, 120_000);
