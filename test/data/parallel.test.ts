import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataReport, ValidateOptions } from '../../src/data/validate.js';
import { compileDataEngine, type CompiledData } from '../helpers/compiled-data.js';
import { mulberry32 } from '../helpers/random.js';

// The worker thread runs compiled JavaScript, so this test runs the engine compiled (see
// compileDataEngine), with one and with two threads.
type Validate = CompiledData['validateData'];
let validateData: Validate;
let planSplit: CompiledData['planSplit'];
let compileField: CompiledData['compileField'];
let out: string;

beforeAll(async () => {
  ({ validateData, planSplit, compileField, dir: out } = await compileDataEngine());
}, 60_000);

/** A messy CSV: bad numbers, missing and extra cells, blank rows, repeats, invalid UTF-8, quoting. */
function messyCsv(seed: number, rows: number): Buffer {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const parts: Buffer[] = [Buffer.from('id,age,score,color,city,joined,flag,name\n')];
  for (let i = 1; i <= rows; i++) {
    if (random() < 0.01) {
      parts.push(Buffer.from('\n'));
      continue;
    }
    const cells = [
      random() < 0.02 ? String(i - 1) : String(i),
      pick(['30', '41', '-3', '200', '', 'x', '7']),
      pick(['1.5', '99.25', '1e2', '-0.5', 'NaN', 'INF', '', 'abc', '.5']),
      pick(['red', 'green', 'blue', 'pink', '']),
      pick(['city_1', 'city_22', 'town', '"city_3"', '"a ""q"""']),
      pick(['2020-01-01', '1999-02-28', '2021-02-30', 'never']),
      pick(['true', 'false', 'TRUE', '0', 'maybe', '']),
      `n${Math.floor(random() * rows)}`,
    ];
    if (random() < 0.01) cells.pop();
    if (random() < 0.01) cells.push('extra');
    const line = Buffer.from(`${cells.join(',')}\n`);
    if (random() < 0.01) line[line.length - 3] = 0xff;
    parts.push(line);
  }
  return Buffer.concat(parts);
}

const schema: ValidateOptions['schema'] = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, unique: true, minimum: 1 } },
    { name: 'age', type: 'integer', constraints: { minimum: 0, maximum: 120 } },
    { name: 'score', type: 'number', constraints: { maximum: 100 } },
    { name: 'color', type: 'string', constraints: { enum: ['red', 'green', 'blue'] } },
    { name: 'city', type: 'string', constraints: { pattern: 'city_[0-9]+' } },
    { name: 'joined', type: 'date', constraints: { minimum: '2000-01-01' } },
    { name: 'flag', type: 'boolean' },
    { name: 'name', type: 'string', constraints: { unique: true, maxLength: 4 } },
  ],
  primaryKey: ['id'],
};

describe('column-split validation in two threads', () => {
  it('splits the fields between the threads when asked to', async () => {
    const fields = schema.fields.map((_, i) => compileField(schema, i, 'schema.json'));
    const dir = mkdtempSync(join(tmpdir(), 'mg-split-'));
    writeFileSync(join(dir, 'a.csv'), 'id\n1\n');
    const options = { sources: [{ path: join(dir, 'a.csv'), display: 'a.csv' }], schema, schemaFile: 'schema.json', tempDir: dir, collectProfile: true };
    const split = await planSplit(options, fields, 10, 2);
    expect(split).toBeDefined();
    expect(split?.some(Boolean)).toBe(true);
    expect(split?.every(Boolean)).toBe(false);
    expect(await planSplit(options, fields, 10, 1)).toBeUndefined();
    // Gzip (decompressed twice would cost more than it saves) and other formats stay in one thread.
    writeFileSync(join(dir, 'b.csv.gz'), 'x');
    expect(await planSplit({ ...options, sources: [{ path: join(dir, 'b.csv.gz'), display: 'b' }] }, fields, 10, 2)).toBeUndefined();
  });

  it('reports exactly what one thread reports, over several files with every kind of problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-split-'));
    for (const seed of [1, 2, 3]) {
      const paths = [0, 1].map((k) => {
        const path = join(dir, `s${seed}-${k}.csv`);
        writeFileSync(path, messyCsv(seed * 10 + k, 3000));
        return { path, display: `part-${k}.csv` };
      });
      const reference = {
        format: 'modelgate-profile' as const,
        version: 1 as const,
        rows: 1,
        columns: [{ name: 'color', kind: 'categorical' as const, count: 1, nulls: 0, categories: [['red', 1]] as [string, number][], otherCount: 0 }],
      };
      const options = (threads: number): ValidateOptions & { threads: number } => ({
        sources: paths,
        schema,
        schemaFile: 'schema.json',
        tempDir: mkdtempSync(join(dir, 't')),
        collectProfile: true,
        maxExamples: 4,
        referenceProfile: reference,
        uniqueMemoryBytes: seed === 2 ? 2048 : undefined,
        checks: {
          rows: { min: 1 },
          duplicateRows: 'warn',
          // On every field, whichever thread checks it.
          nullFraction: Object.fromEntries(schema.fields.map((f) => [f.name, 0.001])),
          stats: { score: { mean: { max: 10 }, median: { min: 0 }, stdev: { max: 1 } }, age: { mean: { min: 50 }, stdev: { max: 1 } }, id: { mean: { max: 1 } } },
          newCategories: { color: 'warn', flag: 'fail', city: 'warn' },
        },
        threads,
      });
      const one = await validateData(options(1));
      const two = await validateData(options(2));
      const comparable = (r: DataReport) => ({ ...r, stats: { ...r.stats, seconds: 0 } });
      expect(comparable(two)).toEqual(comparable(one));
      // The data is messy enough that the comparison means something.
      expect(one.checks.filter((c) => !c.passed).length).toBeGreaterThan(10);
    }
  }, 60_000);

  it("checks the worker's share in the main thread when the worker cannot run", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-split-'));
    const path = join(dir, 'a.csv');
    writeFileSync(path, messyCsv(99, 2000));
    const options = (threads: number) => ({
      sources: [{ path, display: 'a.csv' }],
      schema,
      schemaFile: 'schema.json',
      tempDir: mkdtempSync(join(dir, 't')),
      collectProfile: true,
      threads,
    });
    const one = await validateData(options(1));
    writeFileSync(join(out, 'data', 'validate-worker.js'), "throw new Error('this worker cannot start');\n");
    const two = await validateData(options(2));
    expect({ ...two, stats: { ...two.stats, seconds: 0 } }).toEqual({ ...one, stats: { ...one.stats, seconds: 0 } });
    // No spill folder is left behind in either temp folder.
    for (const temp of readdirSync(dir).filter((n) => n.startsWith('t'))) expect(readdirSync(join(dir, temp))).toEqual([]);
  }, 60_000);
});

describe('node started with V8 options', () => {
  it('still checks in two threads: the worker starts without the options a worker refuses', async () => {
    const { dir: engine } = await compileDataEngine();
    // The worker leaves a mark when it starts, then runs as it would.
    const data = join(engine, 'data');
    renameSync(join(data, 'validate-worker.js'), join(data, 'validate-worker-real.js'));
    writeFileSync(
      join(data, 'validate-worker.js'),
      "import { writeFileSync } from 'node:fs';\nwriteFileSync(process.env.MARKER, 'started');\nawait import('./validate-worker-real.js');\n",
    );
    const dir = mkdtempSync(join(tmpdir(), 'mg-v8-flags-'));
    const path = join(dir, 'a.csv');
    writeFileSync(path, messyCsv(5, 500));
    const marker = join(dir, 'worker-started');
    const script = `
      import { validateData } from ${JSON.stringify(join(data, 'validate.js'))};
      const report = await validateData({ sources: [{ path: ${JSON.stringify(path)}, display: 'a.csv' }], schema: ${JSON.stringify(schema)}, schemaFile: 'schema.json', tempDir: ${JSON.stringify(dir)}, threads: 2 });
      console.log(JSON.stringify(report.stats.rows));`;
    const run = spawnSync(process.execPath, ['--max-lazy', '--input-type=module', '-e', script], { env: { ...process.env, MARKER: marker }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(Number(run.stdout.trim())).toBeGreaterThan(400);
    expect(existsSync(marker)).toBe(true);
  }, 60_000);
});
