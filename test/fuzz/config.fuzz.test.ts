/**
 * modelgate.yml under fuzz: the file a change brings is read, checked against the shipped schema, and
 * its sections (metrics rules, the data contract, monitoring) read by the steps; the `checks` input too.
 * Every outcome is a value or a UserError naming the file (or input); never another error or a hang.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { CONFIG_FILE, configProblems, loadConfig, noConfig } from '../../src/core/config.js';
import { rulesFromYaml } from '../../src/core/rules.js';
import { loadDataConfig } from '../../src/steps/validate-data/config.js';
import { aliasBomb, metricName, metricValue, mutated, yamlNasty } from './generators.js';
import { bytesOf, Family, runs, TIMEOUT, userErrorOrValue } from './harness.js';

const family = new Family('config');
const root = mkdtempSync(join(tmpdir(), 'mg-fuzz-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const word = fc.oneof(fc.constantFrom('higher', 'lower', 'up', 'fail', 'warn', 'ignore', 'psi', 'ks', 'chisquare', 'nope', '1%', '0.01', '-1', 'x%'), metricName);
const threshold = fc.oneof(fc.constantFrom('1%', '0.01', ' 2 % ', '.5%', '-1%', '1e-3', '%', ''), fc.double(), fc.integer({ min: -2, max: 5 }));
const rule = fc.record(
  {
    better: word,
    min: metricValue,
    max: metricValue,
    'max-drop': threshold,
    'max-rise': threshold,
    'warn-drop': threshold,
    'warn-rise': threshold,
    optional: fc.oneof(fc.boolean(), word),
    mininum: fc.integer(),
  },
  { requiredKeys: [] },
);
const bounds = fc.record({ min: metricValue, max: metricValue }, { requiredKeys: [] });
const config = fc.record(
  {
    metrics: fc.oneof(
      { weight: 5, arbitrary: fc.dictionary(metricName, fc.oneof({ weight: 5, arbitrary: rule }, { weight: 1, arbitrary: metricValue }), { maxKeys: 5, noNullPrototype: true }) },
      { weight: 1, arbitrary: metricValue },
    ),
    data: fc.record(
      {
        schema: fc.oneof(fc.constantFrom('data/schema.yaml', '../outside.yaml', '/etc/passwd', ''), metricValue),
        reference: fc.oneof(fc.constant('ref/profile.json'), metricValue),
        checks: fc.record(
          {
            rows: fc.oneof(bounds, metricValue),
            'null-fraction': fc.dictionary(metricName, metricValue, { maxKeys: 3, noNullPrototype: true }),
            'duplicate-rows': word,
            stats: fc.dictionary(metricName, fc.record({ mean: bounds, median: bounds, stdev: bounds, mode: bounds }, { requiredKeys: [] }), { maxKeys: 2, noNullPrototype: true }),
            'new-categories': fc.dictionary(metricName, word, { maxKeys: 2, noNullPrototype: true }),
            drift: fc.dictionary(
              fc.oneof(fc.constant('*'), metricName),
              fc.oneof(fc.record({ method: word, threshold: metricValue, severity: word, bins: fc.integer() }, { requiredKeys: [] }), metricValue),
              { maxKeys: 3, noNullPrototype: true },
            ),
            rowz: bounds,
          },
          { requiredKeys: [] },
        ),
        contract: metricValue,
      },
      { requiredKeys: [] },
    ),
    monitoring: fc.record({ 'pushgateway-url': fc.oneof(fc.constant('http://pushgateway:9091'), metricValue), 'pushgateway-ulr': metricValue }, { requiredKeys: [] }),
    rules: metricValue,
  },
  { requiredKeys: [] },
);

/** The texts modelgate.yml may hold: generated configs, then mutated, plus the YAML that broke parsers. */
const configText = mutated(
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(config, fc.boolean()).map(([c, flow]) => YAML.stringify(c, { lineWidth: 0, collectionStyle: flow ? 'flow' : 'any' })) },
    { weight: 1, arbitrary: yamlNasty },
    { weight: 1, arbitrary: config.map((c) => `anchors: &rules\n  a: {min: 1}\nmetrics: *rules\n${YAML.stringify({ data: c.data ?? {} }, { lineWidth: 0 })}`) },
  ),
);

/** A workspace holding `text` as modelgate.yml. */
function workspace(text: string): string {
  const ws = join(root, `ws-${n++}`);
  mkdirSync(ws);
  writeFileSync(join(ws, CONFIG_FILE), text);
  return ws;
}

describe('modelgate.yml', () => {
  it(
    'is read, checked against the schema and its sections read by the steps, or refused naming the file',
    () =>
      family.check(
        'modelgate.yml',
        configText,
        async ({ text, note }) => {
          const ws = workspace(text);
          try {
            const file = await loadConfig(ws, CONFIG_FILE, "compare-metrics: input 'config'", 'compare-metrics');
            const problems = await userErrorOrValue(CONFIG_FILE, () => configProblems(file));
            if ('value' in problems) for (const p of problems.value) expect(p.message.startsWith(CONFIG_FILE), p.message).toBe(true);
            const parsed = await userErrorOrValue(CONFIG_FILE, () => file.document());
            if ('value' in parsed && parsed.value) {
              const rules = await userErrorOrValue(CONFIG_FILE, () => rulesFromYaml(parsed.value!, CONFIG_FILE, 'metrics'));
              // What the schema lets through, the rules reader reads: an unknown rule key never passes both.
              if ('value' in problems && problems.value.length === 0 && 'value' in rules) {
                const metrics = (parsed.value.toJS() as { metrics?: Record<string, Record<string, unknown>> } | null)?.metrics ?? {};
                for (const body of Object.values(metrics)) expect(Object.keys(body ?? {})).not.toContain('mininum');
              }
            }
            await userErrorOrValue(CONFIG_FILE, () => loadDataConfig(file, undefined));
            await userErrorOrValue(CONFIG_FILE, () => file.section('monitoring'));
          } finally {
            rmSync(ws, { recursive: true, force: true });
          }
          return { bytes: bytesOf(text), label: `modelgate.yml: ${note}` };
        },
        {
          seed: 0x3a01,
          numRuns: runs(150),
          examples: [
            { text: aliasBomb(9, 9), note: 'alias bomb' },
            { text: 'metrics: *nope\n', note: 'undefined alias' },
            { text: `metrics:\n  acc: {min: ${'1'.repeat(100_000)}x}\n`, note: '100 KB digit run' },
            { text: 'metrics:\n  "f1.*": {min: 0}\n  "f1.*": {max: 1}\n', note: 'a rule given twice' },
          ],
        },
      ),
    TIMEOUT,
  );

  it(
    'a config under a near name is refused naming it, not ignored with its rules',
    () =>
      family.check(
        'near names',
        fc.record({ near: fc.constantFrom('modelgate.yaml', '.modelgate.yml', '.modelgate.yaml', 'Modelgate.yml', 'modelgate.yml.bak'), text: configText.map((c) => c.text) }),
        async ({ near, text }) => {
          const ws = join(root, `ws-${n++}`);
          mkdirSync(ws);
          writeFileSync(join(ws, near), text);
          try {
            const got = await userErrorOrValue(near, () => loadConfig(ws, CONFIG_FILE, "compare-metrics: input 'config'", 'compare-metrics'));
            if (['modelgate.yaml', '.modelgate.yml', '.modelgate.yaml'].includes(near)) expect('error' in got && got.error.message).toMatch(/found .* but no modelgate\.yml/);
            else expect('value' in got && got.value.text).toBeUndefined();
          } finally {
            rmSync(ws, { recursive: true, force: true });
          }
          return { bytes: bytesOf(text), label: near };
        },
        { seed: 0x3a02, numRuns: runs(30) },
      ),
    TIMEOUT,
  );

  it(
    "the checks input is read or refused naming input 'checks'",
    () =>
      family.check(
        'checks input',
        mutated(
          fc.oneof(
            config.map((c) => YAML.stringify((c.data as { checks?: unknown } | undefined)?.checks ?? {}, { lineWidth: 0 })),
            yamlNasty,
          ),
        ),
        async ({ text, note }) => {
          const got = await userErrorOrValue("input 'checks'", () => loadDataConfig(noConfig(), text));
          if ('value' in got) expect(got.value.checks.every((c) => c.origin === "input 'checks'")).toBe(true);
          return { bytes: bytesOf(text), label: `checks: ${note}` };
        },
        { seed: 0x3a03, numRuns: runs(200) },
      ),
    TIMEOUT,
  );
});
