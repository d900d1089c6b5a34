import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Spawned bundles and gitlab-ci-local are CPU-heavy; two cores here.
    maxWorkers: 2,
    // .ci/run asks for a JSON report too, to print one plain closing line per Node version.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
  },
});
