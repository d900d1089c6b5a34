import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configProblems, loadConfig } from '../../src/core/config.js';
import { tempDir } from '../helpers/git.js';

async function problemsOf(text: string) {
  const ws = tempDir();
  writeFileSync(join(ws, 'modelgate.yml'), text);
  return configProblems(await loadConfig(ws, 'modelgate.yml', "compare-metrics: input 'config'", 'compare-metrics'));
}

describe('modelgate.yml against the shipped schema', () => {
  it('names the file, the line, the key path and what is allowed, with a near miss suggested', async () => {
    const problems = await problemsOf(
      ['metrics:', '  accuracy: {better: higher}', 'data:', '  schema: s.yaml', '  checks:', '    rowz: {min: 1}', 'monitoring:', '  pushgateway-ulr: http://x'].join('\n'),
    );
    expect(problems.map((p) => p.message)).toEqual([
      "modelgate.yml:6: data.checks.rowz: unknown key 'rowz' (did you mean 'rows'?); allowed: rows, null-fraction, duplicate-rows, stats, new-categories, drift",
      "modelgate.yml:8: monitoring.pushgateway-ulr: unknown key 'pushgateway-ulr' (did you mean 'pushgateway-url'?); allowed: pushgateway-url",
    ]);
    expect(problems.map((p) => p.section)).toEqual(['data', 'monitoring']);
  });

  it('checks words and types: an enum value and a number', async () => {
    const problems = await problemsOf(['metrics:', '  loss: {better: lowr, max: high}'].join('\n'));
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^modelgate.yml:2: metrics.loss.better: must be one of higher, lower, got 'lowr' \(did you mean 'lower'\?\)/),
        expect.stringMatching(/^modelgate.yml:2: metrics.loss.max: must be number/),
      ]),
    );
  });

  it('a valid file, and no file, have no problems', async () => {
    expect(await problemsOf('metrics:\n  accuracy: {better: higher, max-drop: 1%}\n')).toEqual([]);
    expect(await configProblems(await loadConfig(tempDir(), 'modelgate.yml', 'x', 'x'))).toEqual([]);
  });
});
