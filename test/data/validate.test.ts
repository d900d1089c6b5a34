import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { DatasetChecks } from '../../src/data/checks.js';
import type { FieldsMatch, TableSchema, TableSchemaField } from '../../src/data/table-schema.js';
import { validateData, type DataReport, type ValidateOptions } from '../../src/data/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-validate-'));
let n = 0;

async function run(
  data: string | Buffer,
  fields: TableSchemaField[],
  extra: Partial<TableSchema> = {},
  options: Partial<ValidateOptions> & { name?: string } = {},
): Promise<DataReport> {
  const path = join(dir, `${n++}-${options.name ?? 'data.csv'}`);
  writeFileSync(path, data);
  return validateData({ sources: [{ path, display: options.name ?? 'data.csv' }], schema: { fields, ...extra }, schemaFile: 'schema.yaml', tempDir: dir, ...options });
}

function failed(report: DataReport): Record<string, number> {
  return Object.fromEntries(report.checks.filter((c) => !c.passed).map((c) => [c.id, c.count]));
}

describe('field types', () => {
  const cases: [string, Partial<TableSchemaField>, string[], string[]][] = [
    ['integer', {}, ['0', '-12', '+7', '123456789012'], ['1.5', 'x', '1e3', ' 1']],
    ['number', {}, ['1.5', '-0.25', '1e-3', 'NaN', 'INF', '-INF', '.5', '12345678901234567.5'], ['1,5', 'abc', '1.2.3', '--1']],
    ['number', { decimalChar: ',', groupChar: '.' }, ['1.234,5', '7'], ['1,2,3']],
    ['boolean', {}, ['true', 'False', '1', '0'], ['yes', 'T']],
    ['boolean', { trueValues: ['yes'], falseValues: ['no'] }, ['yes', 'no'], ['true']],
    ['date', {}, ['2024-02-29', '1999-12-31'], ['2023-02-29', '2024-13-01', '2024-1-01', '20240101']],
    ['datetime', {}, ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.123+02:00', '2024-01-02T03:04:05'], ['2024-01-02 03:04:05', '2024-01-02T25:00:00Z']],
    ['time', {}, ['03:04:05', '23:59:59.5Z'], ['24:00:00', '3:04:05']],
    ['year', {}, ['2024', '-0001'], ['24', '2024.0']],
    ['string', { format: 'email' }, ['a@b.co'], ['not-an-email']],
    ['string', { format: 'uuid' }, ['123e4567-e89b-12d3-a456-426614174000'], ['123']],
  ];
  for (const [type, options, good, bad] of cases) {
    it(`${type} ${JSON.stringify(options)}: accepts ${good.join(' ')} and refuses each of ${bad.join(' ')}`, async () => {
      const field = { name: 'v', type, ...options } as TableSchemaField;
      const csv = (values: string[]) => `v\n${values.map((v) => `"${v}"`).join('\n')}\n`;
      const ok = await run(csv(good), [field]);
      expect(failed(ok)).toEqual({});
      expect(ok.valid).toBe(true);
      const ko = await run(csv(bad), [field]);
      expect(failed(ko)).toEqual({ 'field:v:type': bad.length });
      expect(ko.errors[0]).toMatchObject({ type: 'type-error', fieldName: 'v', fieldNumber: 1, rowNumber: 2, line: 2, cell: bad[0] });
    });
  }

  it('reports unsupported types and formats as warnings, not as passes', async () => {
    const report = await run('a,b\n1,x\n', [
      { name: 'a', type: 'geopoint' },
      { name: 'b', type: 'date', format: '%d/%m/%Y' },
    ]);
    expect(report.valid).toBe(true);
    expect(report.stats.warnings).toBe(2);
    expect(report.errors.map((e) => [e.type, e.severity, e.fieldName])).toEqual([
      ['unsupported-type', 'warning', 'a'],
      ['unsupported-type', 'warning', 'b'],
    ]);
  });

  it('reports a jsonSchema constraint it cannot check as a warning', async () => {
    const report = await run('a\n1\n', [{ name: 'a', type: 'integer', constraints: { jsonSchema: { type: 'integer' } } }]);
    expect(report.valid).toBe(true);
    expect(report.checks.find((c) => c.id === 'field:a:jsonSchema')).toMatchObject({ passed: false, severity: 'warning' });
    expect(report.errors).toEqual([expect.objectContaining({ type: 'unsupported-constraint', fieldName: 'a' })]);
  });
});

describe('constraints', () => {
  const cases: [string, TableSchemaField, string[], string[]][] = [
    ['minimum', { name: 'v', type: 'integer', constraints: { minimum: 3 } }, ['3', '10'], ['2']],
    ['maximum', { name: 'v', type: 'number', constraints: { maximum: 1.5 } }, ['1.5'], ['1.51', 'INF']],
    ['exclusiveMinimum', { name: 'v', type: 'integer', constraints: { exclusiveMinimum: 3 } }, ['4'], ['3']],
    ['exclusiveMaximum', { name: 'v', type: 'integer', constraints: { exclusiveMaximum: 3 } }, ['2'], ['3']],
    ['minimum', { name: 'v', type: 'date', constraints: { minimum: '2020-01-01' } }, ['2020-01-01'], ['2019-12-31']],
    ['minLength', { name: 'v', constraints: { minLength: 2 } }, ['ab', 'éé'], ['é']],
    ['maxLength', { name: 'v', constraints: { maxLength: 2 } }, ['éé'], ['abc']],
    ['pattern', { name: 'v', constraints: { pattern: '[a-c]+' } }, ['abc'], ['abd', 'xabc']],
    ['enum', { name: 'v', constraints: { enum: ['red', 'blue'] } }, ['red'], ['Red', 'green']],
    ['enum', { name: 'v', type: 'integer', constraints: { enum: [1, '2'] } }, ['1', '2', '02'], ['3']],
  ];
  for (const [name, field, good, bad] of cases) {
    it(`${name} on ${field.type ?? 'string'}`, async () => {
      const csv = (values: string[]) => `v\n${values.join('\n')}\n`;
      expect(failed(await run(csv(good), [field]))).toEqual({});
      const report = await run(csv(bad), [field]);
      expect(failed(report)).toEqual({ [`field:v:${name}`]: bad.length });
      expect(report.errors[0]).toMatchObject({ type: 'constraint-error', rowNumber: 2, cell: bad[0] });
    });
  }

  it('required, with schema-level and field-level missingValues', async () => {
    const field: TableSchemaField = { name: 'v', type: 'integer', constraints: { required: true } };
    expect(failed(await run('v\n1\n\n2\n', [field]))).toEqual({ 'field:v:required': 1 });
    expect(failed(await run('v\n1\nNA\n', [field], { missingValues: ['NA'] }))).toEqual({ 'field:v:required': 1 });
    // Field-level missingValues (v2) override the schema's: '' is then an integer type error.
    expect(failed(await run('v\n-\n""\n', [{ ...field, missingValues: ['-'] }], { missingValues: ['NA'] }))).toEqual({ 'field:v:required': 1, 'field:v:type': 1 });
    expect(failed(await run('v\n1\n\n', [{ name: 'v', type: 'integer' }]))).toEqual({});
  });
});

describe('uniqueness', () => {
  it('unique field: finds a planted duplicate with both row numbers, also across a spill', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},x${i}`);
    rows.splice(4000, 0, '17,again');
    const field: TableSchemaField[] = [{ name: 'id', type: 'integer', constraints: { unique: true } }, { name: 's' }];
    for (const tuning of [{}, { uniquePartitions: 4, uniqueMemoryBytes: 512 }]) {
      const report = await run(`id,s\n${rows.join('\n')}\n`, field, {}, tuning);
      expect(failed(report)).toEqual({ 'unique:id': 1 });
      expect(report.errors[0]).toMatchObject({ type: 'unique-error', rowNumber: 4002, line: 4002, fieldName: 'id' });
      expect(report.errors[0]?.message).toContain('row 19');
    }
    expect(failed(await run(`id,s\n${rows.filter((r) => r !== '17,again').join('\n')}\n`, field, {}, { uniquePartitions: 4, uniqueMemoryBytes: 512 }))).toEqual({});
  });

  it('compares numbers by value, strings by bytes', async () => {
    expect(failed(await run('v\n1\n1.0\n', [{ name: 'v', type: 'number', constraints: { unique: true } }]))).toEqual({ 'unique:v': 1 });
    expect(failed(await run('v\n1\n1.0\n', [{ name: 'v', constraints: { unique: true } }]))).toEqual({});
  });

  it('primaryKey: repeats and missing parts; uniqueKeys skip rows with a missing part', async () => {
    const fields: TableSchemaField[] = [{ name: 'a' }, { name: 'b' }];
    const report = await run('a,b\n1,x\n1,y\n1,x\n,z\n', fields, { primaryKey: ['a', 'b'] });
    expect(failed(report)).toEqual({ 'primary-key': 2 });
    expect(report.errors.map((e) => e.rowNumber).sort()).toEqual([4, 5]);
    expect(failed(await run('a,b\n1,x\n,y\n,y\n', fields, { uniqueKeys: [['a', 'b']] }))).toEqual({});
    expect(failed(await run('a,b\n1,x\n2,y\n1,x\n', fields, { uniqueKeys: [['a', 'b']] }))).toEqual({ 'unique-keys:a+b': 1 });
    expect(failed(await run('a,b\n1,x\n2,y\n', fields, { primaryKey: 'a' }))).toEqual({});
  });
});

describe('header (fieldsMatch)', () => {
  const fields: TableSchemaField[] = [{ name: 'a' }, { name: 'b' }];
  const cases: [FieldsMatch, string, string[]][] = [
    ['exact', 'a,b', []],
    ['exact', 'b,a', ['incorrect-label', 'incorrect-label']],
    ['exact', 'a', ['missing-label']],
    ['exact', 'a,b,c', ['extra-label']],
    ['equal', 'b,a', []],
    ['equal', 'b,c', ['missing-label', 'extra-label']],
    ['subset', 'c,b,a', []],
    ['subset', 'a,c', ['missing-label']],
    ['superset', 'b', []],
    ['superset', 'b,c', ['extra-label']],
    ['partial', 'c,a', []],
    ['partial', 'c,d', ['missing-label']],
  ];
  for (const [mode, header, problems] of cases) {
    it(`${mode}: '${header}' gives ${problems.join(', ') || 'no problem'}`, async () => {
      const width = header.split(',').length;
      const report = await run(`${header}\n${Array(width).fill('1').join(',')}\n`, fields, { fieldsMatch: mode });
      expect(report.errors.filter((e) => e.type.endsWith('-label')).map((e) => e.type)).toEqual(problems);
      expect(report.valid).toBe(problems.length === 0);
    });
  }

  it('maps columns by name outside exact mode, so types are checked in the right column', async () => {
    const report = await run('b,a\nx,1\n', [{ name: 'a', type: 'integer' }, { name: 'b' }], { fieldsMatch: 'equal' });
    expect(report.valid).toBe(true);
  });
});

describe('rows and bytes', () => {
  it('a short or long row is an error, never merged; a blank row is reported', async () => {
    const report = await run('a,b\n1\n1,2,3\n\n1,2\n', [{ name: 'a' }, { name: 'b' }]);
    expect(report.errors.filter((e) => e.type.endsWith('cell') || e.type === 'blank-row').map((e) => [e.type, e.rowNumber])).toEqual([
      ['missing-cell', 2],
      ['extra-cell', 3],
      ['blank-row', 4],
    ]);
    expect(report.stats.rows).toBe(4);
  });

  it('quotes, embedded newlines, CRLF and a BOM', async () => {
    const report = await run('\uFEFFa,b\r\n"x\r\ny","say ""hi"""\r\n2,3\r\n', [{ name: 'a' }, { name: 'b', constraints: { maxLength: 8 } }]);
    expect(report.valid).toBe(true);
    expect(report.stats.rows).toBe(2);
  });

  it('invalid UTF-8 in a text cell is an encoding error with its row and line', async () => {
    const report = await run(Buffer.concat([Buffer.from('a,b\n1,ok\n2,"x\n'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]), [{ name: 'a', type: 'integer' }, { name: 'b' }]);
    expect(failed(report)).toEqual({ encoding: 1 });
    expect(report.errors[0]).toMatchObject({ type: 'encoding-error', rowNumber: 3, line: 3, fieldName: 'b' });
  });

  it('a quote never closed is a UserError naming the file and line, not a partial pass', async () => {
    await expect(run('a\n1\n"open\n2\n', [{ name: 'a' }])).rejects.toThrow(/data\.csv:3: a quoted field is never closed/);
  });

  it('a missing file is a UserError naming it', async () => {
    await expect(
      validateData({ sources: [{ path: join(dir, 'nope.csv'), display: 'nope.csv' }], schema: { fields: [{ name: 'a' }] }, schemaFile: 's', tempDir: dir }),
    ).rejects.toThrow(UserError);
  });

  it('reads gzip by suffix and by magic bytes, refuses a truncated one, fingerprints the raw bytes', async () => {
    const text = 'a,b\n' + Array.from({ length: 20000 }, (_, i) => `${i},${i * 7}`).join('\n') + '\n';
    const gz = gzipSync(text);
    const fields: TableSchemaField[] = [
      { name: 'a', type: 'integer', constraints: { unique: true } },
      { name: 'b', type: 'integer' },
    ];
    const bySuffix = await run(gz, fields, {}, { name: 'd.csv.gz' });
    const byMagic = await run(gz, fields, {}, { name: 'd.csv' });
    expect([bySuffix.stats.rows, byMagic.stats.rows]).toEqual([20000, 20000]);
    expect(bySuffix.fingerprint).toBe(byMagic.fingerprint);
    expect((await run(text, fields)).fingerprint).not.toBe(bySuffix.fingerprint);
    await expect(run(gz.subarray(0, gz.length - 100), fields, {}, { name: 'cut.csv.gz' })).rejects.toThrow(/cut\.csv\.gz.*(truncated|unexpected end)/);
  });

  it('reports progress up to the total', async () => {
    const seen: [number, number][] = [];
    await run('a\n' + '1\n'.repeat(1000), [{ name: 'a' }], {}, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([2002, 2002]);
  });
});

describe('dataset checks', () => {
  const fields: TableSchemaField[] = [{ name: 'x', type: 'number' }, { name: 'c' }];
  const data = 'x,c\n1,a\n2,b\n3,a\n,b\n1,a\n';
  const check = async (checks: DatasetChecks, options: Partial<ValidateOptions> = {}) => failed(await run(data, fields, {}, { checks, ...options }));
  it('rows', async () => {
    expect(await check({ rows: { min: 5, max: 5 } })).toEqual({});
    expect(await check({ rows: { min: 6 } })).toEqual({ rows: 1 });
  });
  it('nullFraction', async () => {
    expect(await check({ nullFraction: { x: 0.2 } })).toEqual({});
    expect(await check({ nullFraction: { x: 0.1 } })).toEqual({ 'null-fraction:x': 1 });
  });
  it('duplicateRows', async () => {
    expect(await check({ duplicateRows: 'ignore' })).toEqual({});
    expect(await check({ duplicateRows: 'fail' })).toEqual({ 'duplicate-rows': 1 });
    const warned = await run(data, fields, {}, { checks: { duplicateRows: 'warn' } });
    expect([warned.valid, warned.stats.warnings, warned.errors[0]?.rowNumber]).toEqual([true, 1, 6]);
  });
  it('stats mean and stdev (exact)', async () => {
    // x = 1, 2, 3, 1: mean 1.75, sample stdev 0.957
    expect(await check({ stats: { x: { mean: { min: 1.7, max: 1.8 }, stdev: { min: 0.95, max: 0.96 } } } })).toEqual({});
    expect(await check({ stats: { x: { mean: { max: 1.7 }, stdev: { min: 1 } } } })).toEqual({ 'stats:x:mean': 1, 'stats:x:stdev': 1 });
  });
  it('newCategories against a reference profile', async () => {
    const referenceProfile = {
      format: 'modelgate-profile',
      version: 1,
      rows: 3,
      columns: [
        {
          name: 'c',
          kind: 'categorical',
          count: 3,
          nulls: 0,
          categories: [
            ['a', 2],
            ['b', 1],
          ],
          otherCount: 0,
        },
      ],
    } as const;
    expect(await check({ newCategories: { c: 'fail' } }, { referenceProfile: referenceProfile as never })).toEqual({});
    const onlyA = { ...referenceProfile, columns: [{ ...referenceProfile.columns[0], categories: [['a', 3]] }] };
    expect(await check({ newCategories: { c: 'fail' } }, { referenceProfile: onlyA as never })).toEqual({ 'new-categories:c': 2 });
  });
});
