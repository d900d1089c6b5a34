import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
const run = stepRun('validate-data');
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { tempDir, writeFiles } from '../helpers/git.js';
import { mulberry32 } from '../helpers/random.js';
import { ROOT } from '../helpers/runner.js';
import { stepRun } from '../helpers/step-run.js';

/** Whether a step ended without failing (its figures and notices aside). */
const passed = (r: { failure?: string; error?: Error }) => r.failure === undefined && r.error === undefined;

const IRIS = join(ROOT, 'examples/train/data');

function irisWorkspace(): string {
  const ws = tempDir();
  mkdirSync(join(ws, 'data'));
  for (const f of ['iris.csv', 'iris.schema.yaml']) copyFileSync(join(IRIS, f), join(ws, 'data', f));
  return ws;
}

async function validate(workspace: string, inputs: Record<string, string>) {
  const platform = new FakePlatform(localContext(workspace), inputs);
  const outcome = await run(platform).catch((e: unknown) => ({ error: e as Error }));
  return { platform, outcome: outcome as { failure?: string; error?: Error } };
}

/** A seeded normal sample (Box-Muller on mulberry32), so data is the same on every run. */
function sampler(seed: number) {
  const uniform = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

/** `rows` rows of (id, income ~ N(mean, 10), segment with the given weights). */
function dataset(rows: number, seed: number, mean: number, weights: [number, number, number], firstId = 0): string {
  const { uniform, normal } = sampler(seed);
  const lines = ['id,income,segment'];
  for (let i = 0; i < rows; i++) {
    const u = uniform();
    const segment = u < weights[0] ? 'a' : u < weights[0] + weights[1] ? 'b' : 'c';
    lines.push(`${firstId + i},${(mean + 10 * normal()).toFixed(3)},${segment}`);
  }
  return `${lines.join('\n')}\n`;
}

const SCHEMA =
  'fields:\n  - {name: id, type: integer, constraints: {required: true, unique: true}}\n  - {name: income, type: number}\n  - {name: segment, type: string, constraints: {enum: [a, b, c]}}\n';

describe('validate-data on the example dataset', () => {
  it('passes iris against its schema and the checks in the example config, with outputs and reports', async () => {
    const ws = irisWorkspace();
    copyFileSync(join(ROOT, 'examples/modelgate.yml'), join(ws, 'modelgate.yml'));
    writeFiles(ws, { 'modelgate.yml': readFileSync(join(ws, 'modelgate.yml'), 'utf8').replace('train/data/iris.schema.yaml', 'data/iris.schema.yaml') });
    const { platform, outcome } = await validate(ws, { data: 'data/iris.csv' });
    expect(passed(outcome)).toBe(true);
    expect(platform.outputs).toMatchObject({ valid: 'true', rows: '150', drifted: '' });
    expect(platform.outputs.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    const report = JSON.parse(readFileSync(platform.outputs.report as string, 'utf8'));
    expect(report).toMatchObject({ valid: true, stats: { rows: 150, files: 1, fields: 5 } });
    // iris.csv has one exact duplicate row: the config makes that a warning.
    expect(report.checks.find((c: { id: string }) => /duplicate/.test(c.id))).toMatchObject({ passed: false, severity: 'warning', count: 1 });
    expect(platform.logs.some((l) => l.startsWith('warning: '))).toBe(true);
    const junit = readFileSync(join(ws, 'modelgate-data/junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite name="validate-data" tests="\d+" failures="0"/);
    expect(platform.summaries[0]?.markdown).toMatch(/### Data validation: ⚠️ warn/);
  });

  it('fails bad rows with frictionless-style errors, at most 10 error annotations, and JUnit failures', async () => {
    const ws = irisWorkspace();
    const bad = readFileSync(join(ws, 'data/iris.csv'), 'utf8').split('\n');
    for (let i = 1; i <= 12; i++) bad[i] = bad[i]!.replace(/setosa$/, 'rose');
    bad[20] = '5.1,-3.5,1.4,0.2,setosa';
    writeFiles(ws, { 'data/iris.csv': bad.join('\n') });
    const { platform, outcome } = await validate(ws, { data: 'data/*.csv', schema: 'data/iris.schema.yaml' });
    expect(outcome.failure).toMatch(/^validate-data: 2 checks failed: .*species is one of: setosa, versicolor, virginica \(12\)/);
    expect(outcome.failure).toMatch(/sepal_width is at least 0 \(1\)/);
    expect(platform.outputs.valid).toBe('false');
    const report = JSON.parse(readFileSync(platform.outputs.report as string, 'utf8'));
    expect(report.valid).toBe(false);
    expect(report.errors.find((e: { fieldName?: string }) => e.fieldName === 'species')).toMatchObject({
      type: 'constraint-error',
      rowNumber: 2,
      fieldName: 'species',
      cell: 'rose',
      file: 'data/iris.csv',
      line: 2,
    });
    expect(platform.logs.filter((l) => l.startsWith('error: '))).toHaveLength(10);
    expect(readFileSync(join(ws, 'modelgate-data/junit.xml'), 'utf8')).toMatch(/<failure message="12 failures/);
  });

  it('reports a missing file, a glob that matches nothing and a broken schema as user errors', async () => {
    const ws = irisWorkspace();
    expect((await validate(ws, { data: 'nope/*.csv', schema: 'data/iris.schema.yaml' })).outcome.error?.message).toMatch(/input 'data': 'nope\/\*\.csv' matched no file/);
    writeFiles(ws, { 'data/bad.schema.yaml': 'fields:\n  - name: a\n    type: numbr\n' });
    const broken = await validate(ws, { data: 'data/iris.csv', schema: 'data/bad.schema.yaml' });
    expect(broken.outcome.error).toBeInstanceOf(UserError);
    expect(broken.outcome.error?.message).toMatch(/bad\.schema\.yaml/);
    expect((await validate(ws, { data: 'data/iris.csv' })).outcome.error?.message).toMatch(/input 'schema' is required/);
    expect((await validate(ws, { data: 'data/iris.csv', schema: 'data/iris.schema.yaml', checks: 'rows: {minimum: 3}' })).outcome.error?.message).toMatch(/checks/);
  });
});

describe('profiles and drift', () => {
  async function profiled(ws: string, data: string, profile: string) {
    const { outcome, platform } = await validate(ws, { data, schema: 'schema.yaml', mode: 'profile', profile });
    expect(passed(outcome)).toBe(true);
    return platform;
  }

  it('finds drift in a shifted dataset and none in a resample of the same distribution', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'schema.yaml': SCHEMA,
      'reference.csv': dataset(5000, 1, 50, [0.5, 0.3, 0.2]),
      'resample.csv': dataset(5000, 2, 50, [0.5, 0.3, 0.2]),
      'shifted.csv': dataset(5000, 3, 55, [0.2, 0.3, 0.5]),
    });
    await profiled(ws, 'reference.csv', 'reference.json');
    const same = await validate(ws, { data: 'resample.csv', schema: 'schema.yaml', reference: 'reference.json', checks: 'drift: {id: {threshold: 100}}' });
    expect(passed(same.outcome)).toBe(true);
    expect(same.platform.outputs.drifted).toBe('');
    const moved = await validate(ws, { data: 'shifted.csv', schema: 'schema.yaml', reference: 'reference.json', checks: 'drift: {id: {threshold: 100}}' });
    expect(moved.outcome.failure).toMatch(/drift: income/);
    expect(moved.platform.outputs.drifted).toBe('income,segment');
    expect(moved.platform.summaries[0]?.markdown).toMatch(/#### Drift against the reference/);
    expect(moved.platform.summaries[0]?.markdown).toMatch(/category 'c': 19\.5% -> 49\.6%/);
  });

  it('merges shard profiles into the profile one pass over all the data makes', async () => {
    const ws = tempDir();
    const whole = dataset(3000, 7, 10, [0.6, 0.3, 0.1]).trimEnd().split('\n');
    const header = whole[0] as string;
    const shards = [whole.slice(1, 1001), whole.slice(1001, 2001), whole.slice(2001)];
    writeFiles(ws, {
      'schema.yaml': SCHEMA,
      'all.csv': `${whole.join('\n')}\n`,
      ...Object.fromEntries(shards.map((rows, i) => [`shard-${i}.csv`, `${header}\n${rows.join('\n')}\n`])),
    });
    await profiled(ws, 'all.csv', 'whole.json');
    for (let i = 0; i < 3; i++) await profiled(ws, `shard-${i}.csv`, `shards/${i}.json`);
    const merged = await validate(ws, { data: 'shards/*.json', mode: 'merge', profile: 'merged.json' });
    expect(passed(merged.outcome)).toBe(true);
    expect(merged.platform.outputs.rows).toBe('3000');
    const a = JSON.parse(readFileSync(join(ws, 'whole.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(ws, 'merged.json'), 'utf8'));
    expect(b).toEqual(a);
  });

  it('a warn severity turns drift into a warning that passes with fail-on error', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'schema.yaml': SCHEMA, 'reference.csv': dataset(2000, 1, 50, [0.5, 0.3, 0.2]), 'shifted.csv': dataset(2000, 3, 60, [0.5, 0.3, 0.2]) });
    await profiled(ws, 'reference.csv', 'reference.json');
    const { outcome, platform } = await validate(ws, { data: 'shifted.csv', schema: 'schema.yaml', reference: 'reference.json', checks: 'drift: {"*": {severity: warn}}' });
    expect(passed(outcome)).toBe(true);
    expect(platform.outputs.drifted).toMatch(/income/);
    expect(existsSync(join(ws, 'modelgate-data/report.md'))).toBe(true);
  });
});
