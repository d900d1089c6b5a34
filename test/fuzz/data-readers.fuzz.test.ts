/**
 * validate-data's readers under fuzz: CSV, TSV and JSON Lines data (plain and gzip), Table Schemas,
 * dataset checks and stored profiles. Each either returns or throws a UserError naming the file;
 * never another error or a hang. Data valid by construction must get the verdict its cells call for,
 * and data that cannot be read must never pass.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { slowNumber } from '../../src/data/cell-parsers.js';
import { parseDatasetChecks } from '../../src/data/checks.js';
import { detectDrift } from '../../src/data/drift.js';
import { compileField } from '../../src/data/fields.js';
import { parseProfile, serializeProfile } from '../../src/data/profile-file.js';
import { parseTableSchema } from '../../src/data/table-schema-load.js';
import type { TableSchema, TableSchemaField } from '../../src/data/table-schema.js';
import { validateData, type DataReport } from '../../src/data/validate.js';
import { csvCell, csvBreakage, HOSTILE, metricName, mutated } from './generators.js';
import { bytesOf, Family, runs, size, TIMEOUT, userErrorOrValue } from './harness.js';

const family = new Family('data-readers');
const dir = mkdtempSync(join(tmpdir(), 'mg-fuzz-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A cell text for a field type, and whether that type accepts it. */
type Cell = { text: string; valid: boolean };
const cellOf = (valid: fc.Arbitrary<string>, invalid: readonly string[]): fc.Arbitrary<Cell> =>
  fc.oneof({ weight: 4, arbitrary: valid.map((text) => ({ text, valid: true })) }, { weight: 1, arbitrary: fc.constantFrom(...invalid).map((text) => ({ text, valid: false })) });

const TYPES = {
  integer: cellOf(fc.oneof(fc.integer().map(String), fc.constantFrom('0', '-12', '+7', '123456789012')), ['1.5', 'x', '1e3', ' 1', '--1', '0x1', '1 ', '١']),
  number: cellOf(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), fc.constantFrom('NaN', 'INF', '-INF', '.5', '1e-3', '12345678901234567.5')), [
    '1,5',
    'abc',
    '1.2.3',
    '--1',
    '1e',
    '.',
  ]),
  boolean: cellOf(fc.constantFrom('true', 'false', 'True', 'FALSE', '1', '0'), ['yes', 'T', 'tru', ' true']),
  date: cellOf(
    fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    ['2023-02-29', '2024-13-01', '2024-1-01', '20240101', '2024-02-30'],
  ),
  string: cellOf(fc.oneof(metricName, fc.constantFrom(...HOSTILE)), ['']).map((c) => ({ ...c, valid: true })),
} satisfies Record<string, fc.Arbitrary<Cell>>;
type FieldType = keyof typeof TYPES;

/** A schema of 1 to 5 fields with distinct names and a table of cells for it, each cell's validity known. */
const table = fc
  .uniqueArray(fc.record({ name: metricName, type: fc.constantFrom(...(Object.keys(TYPES) as FieldType[])), required: fc.boolean() }), {
    minLength: 1,
    maxLength: 5,
    selector: (f) => f.name,
  })
  .chain((fields) =>
    fc.record({
      fields: fc.constant(fields),
      rows: fc.array(fc.tuple(...fields.map((f) => fc.oneof({ weight: 9, arbitrary: TYPES[f.type] }, { weight: 1, arbitrary: fc.constant({ text: '', valid: !f.required }) }))), {
        maxLength: 12,
      }),
    }),
  );

function schemaOf(fields: readonly { name: string; type: FieldType; required: boolean }[]): TableSchema {
  return { fields: fields.map((f): TableSchemaField => ({ name: f.name, type: f.type, ...(f.required ? { constraints: { required: true } } : {}) })) };
}

/** Whether every cell is valid for its field; a missing cell is valid unless the field is required. */
function expectedValid(fields: readonly { type: FieldType; required: boolean }[], rows: readonly Cell[][]): boolean {
  return rows.every((row) => row.every((cell, i) => (cell.text === '' ? !fields[i]?.required : cell.valid)));
}

async function validate(file: string, data: string | Buffer, schema: TableSchema, options: { delimiter?: string } = {}): Promise<{ value: DataReport } | { error: Error }> {
  const path = join(dir, `${n++}-${file}`);
  writeFileSync(path, data);
  try {
    return await userErrorOrValue(file, () => validateData({ sources: [{ path, display: file }], schema, schemaFile: 'schema.yaml', tempDir: dir, ...options }));
  } finally {
    rmSync(path, { force: true });
  }
}

function csvText(fields: readonly { name: string }[], rows: readonly Cell[][], d: string, eol: string, quoteAll: boolean): string {
  const line = (cells: readonly string[]) => cells.map((c) => csvCell(c, quoteAll || (cells.length === 1 && c === ''), d)).join(d);
  return `${[line(fields.map((f) => f.name)), ...rows.map((r) => line(r.map((c) => c.text)))].join(eol)}${eol}`;
}

describe('CSV and TSV data', () => {
  it(
    'a table valid by construction gets the verdict its cells call for, plain or gzip, CSV or TSV',
    () =>
      family.check(
        'csv verdict',
        fc.record({ t: table, tsv: fc.boolean(), crlf: fc.boolean(), quoteAll: fc.boolean(), bom: fc.boolean(), gzip: fc.boolean() }),
        async ({ t, tsv, crlf, quoteAll, bom, gzip }) => {
          const d = tsv ? '\t' : ',';
          const text = `${bom ? '\uFEFF' : ''}${csvText(t.fields, t.rows, d, crlf ? '\r\n' : '\n', quoteAll)}`;
          const file = `data.${tsv ? 'tsv' : 'csv'}${gzip ? '.gz' : ''}`;
          const got = await validate(file, gzip ? gzipSync(text) : text, schemaOf(t.fields));
          expect('value' in got, 'error' in got ? got.error.message : '').toBe(true);
          // A file that begins with U+FEFF begins with a byte order mark, as every CSV reader takes it: a
          // first field named with a leading U+FEFF (unquoted, no BOM before it) is then read without it
          // and fails its label (seed 10753).
          const eaten = !bom && text.startsWith('\uFEFF');
          if ('value' in got) {
            expect(got.value.stats.rows, text).toBe(t.rows.length);
            if (eaten) expect(got.value.errors.map((e) => e.type)).toContain('incorrect-label');
            else expect(got.value.valid, `${text}\n${JSON.stringify(got.value.errors.slice(0, 3))}`).toBe(expectedValid(t.fields, t.rows));
          }
          return { bytes: bytesOf(text), label: file };
        },
        { seed: 0x2a01, numRuns: runs(120) },
      ),
    TIMEOUT,
  );

  it(
    'a broken quote is refused with the file and its line, never read as a passing row',
    () =>
      family.check(
        'csv broken quoting',
        fc.record({ t: table, breakage: csvBreakage }),
        async ({ t, breakage }) => {
          // Every cell is quoted; one quote is then broken in a way RFC 4180 forbids.
          const clean = csvText(t.fields, t.rows, ',', '\n', true);
          const broken = breakage.edit(clean);
          const got = await validate('data.csv', broken, schemaOf(t.fields));
          if (broken !== clean) {
            if ('value' in got) expect(got.value.valid, `${breakage.note}:\n${broken}`).toBe(false);
            else expect(got.error.message, broken).toMatch(/^data: data\.csv:\d+: /);
          }
          return { bytes: bytesOf(broken), label: breakage.note };
        },
        { seed: 0x2a02, numRuns: runs(120) },
      ),
    TIMEOUT,
  );

  it(
    'any mutation of a data file (CSV, TSV, gzip cut short) is read or refused with the file named',
    () =>
      family.check(
        'csv mutated',
        fc
          .record({ t: table, tsv: fc.boolean(), gzipCut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) })
          .chain((c) => mutated(fc.constant(csvText(c.t.fields, c.t.rows, c.tsv ? '\t' : ',', '\n', false))).map((doc) => ({ ...c, doc }))),
        async ({ t, doc, gzipCut, tsv }) => {
          const file = `data.${tsv ? 'tsv' : 'csv'}${gzipCut === null ? '' : '.gz'}`;
          const zipped = gzipCut === null ? undefined : gzipSync(doc.text);
          const data = zipped ? zipped.subarray(0, Math.max(1, Math.floor(zipped.length * (gzipCut as number)))) : doc.text;
          const got = await validate(file, data, schemaOf(t.fields));
          if ('value' in got) expect(got.value.stats.rows).toBeGreaterThanOrEqual(0);
          return { bytes: bytesOf(data), label: `${file}: ${doc.note}${zipped ? ', gzip cut' : ''}` };
        },
        { seed: 0x2a03, numRuns: runs(150) },
      ),
    TIMEOUT,
  );
});

describe('JSON Lines data', () => {
  it(
    'objects valid by construction get the verdict their values call for; any mutation is read or refused with the file named',
    () =>
      family.check(
        'jsonl',
        fc.record({ t: table, native: fc.boolean(), edit: fc.option(mutated(fc.constantFrom('{"__proto__": 1}', '[1, 2]', '"x"', 'null', '{"a": 1', '{}', '{"toString": "x"}'))) }),
        async ({ t, native, edit }) => {
          const value = (f: { type: FieldType }, c: Cell): unknown => {
            if (!native || c.text === '') return c.text;
            const n = Number(c.text);
            if ((f.type === 'integer' || f.type === 'number') && Number.isFinite(n) && String(n) === c.text) return n;
            if (f.type === 'boolean' && (c.text === 'true' || c.text === 'false')) return c.text === 'true';
            return c.text;
          };
          const lines = t.rows.map((r) => JSON.stringify(Object.fromEntries(t.fields.map((f, i) => [f.name, value(f, r[i] as Cell)]))));
          const clean = lines.length === 0 || edit === null;
          const text = `${clean ? lines.join('\n') : [...lines.slice(0, 1), edit.text, ...lines.slice(1)].join('\n')}\n`;
          const got = await validate('data.jsonl', text, { ...schemaOf(t.fields), fieldsMatch: 'equal' });
          if (clean && lines.length > 0) {
            expect('value' in got && got.value.valid, text).toBe(expectedValid(t.fields, t.rows));
          }
          return { bytes: bytesOf(text), label: clean ? 'data.jsonl' : `data.jsonl: ${edit?.note}` };
        },
        { seed: 0x2b01, numRuns: runs(150) },
      ),
    TIMEOUT,
  );
});

describe('cells and lines that were slow', () => {
  it(
    'long cells and wide JSON objects are checked in time linear in their size',
    () =>
      family.check(
        'slow cells',
        fc.record({ kind: fc.constantFrom('bare-number', 'email', 'jsonl-wide', 'pattern', 'csv-wide'), n: fc.integer({ min: 1, max: size(20_000, 200_000) }) }),
        async ({ kind, n: length }) => {
          let file = 'data.csv';
          let text: string;
          let schema: TableSchema;
          if (kind === 'jsonl-wide') {
            file = 'data.jsonl';
            const a = JSON.stringify(Object.fromEntries(Array.from({ length: length / 4 }, (_, i) => [`k${i}`, i])));
            const b = JSON.stringify(Object.fromEntries(Array.from({ length: length / 4 }, (_, i) => [`j${i}`, i])));
            text = `${a}\n${b}\n`;
            schema = { fields: [{ name: 'k0', type: 'integer' }], fieldsMatch: 'partial' };
          } else if (kind === 'csv-wide') {
            const names = Array.from({ length: Math.ceil(length / 8) }, (_, i) => `c${i}`);
            text = `${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`;
            schema = { fields: names.map((name) => ({ name, type: 'integer' as const })) };
          } else {
            // Each once backtracked over every character of a long run: a 80 KB cell took 6 to 10 s.
            const cell = kind === 'bare-number' ? `1${'x'.repeat(length)}1` : kind === 'email' ? `a@${'.'.repeat(length)} ` : 'a'.repeat(length);
            text = `a\n"${cell}"\n`;
            schema = {
              fields: [
                kind === 'bare-number'
                  ? { name: 'a', type: 'number', bareNumber: false }
                  : kind === 'email'
                    ? { name: 'a', format: 'email' }
                    : { name: 'a', constraints: { pattern: '[a-z]*' } },
              ],
            };
          }
          const got = await validate(file, text, schema);
          expect('value' in got).toBe(true);
          return { bytes: bytesOf(text), label: `${kind}, ${length} characters` };
        },
        {
          seed: 0x2c01,
          numRuns: runs(10, 60),
          examples: [
            { kind: 'bare-number', n: 80_000 },
            { kind: 'email', n: 80_000 },
            { kind: 'jsonl-wide', n: 160_000 },
          ],
        },
      ),
    TIMEOUT,
  );

  it(
    'a number with text around it (bareNumber: false) and an email read as before the linear rewrite',
    () =>
      family.check(
        'cell parsers agree',
        fc.record({
          text: fc.string({ unit: fc.constantFrom('1', '2', '.', '-', '+', 'x', '€', ' ', '%', 'e', '$', '@', '\t', 'a', ','), maxLength: 14 }),
          integer: fc.boolean(),
          group: fc.constantFrom(undefined, ','),
        }),
        async ({ text, integer, group }) => {
          // The rewritten parsers against the regular expressions they replaced, on short texts.
          const before = text.replace(/^[^\d+\-.]+|[^\d.]+$/gu, '').replace(/^([+-]?)[^\d.]*/u, '$1');
          const grouped = group === undefined ? before : before.split(group).join('');
          const out = { num: 0 };
          const want = integer ? /^[+-]?\d+$/.test(grouped) && ((out.num = Number(grouped)), true) : slowNumber(grouped, out);
          const field = compileField({ fields: [{ name: 'a', type: integer ? 'integer' : 'number', bareNumber: false, ...(group ? { groupChar: group } : {}) }] }, 0, 's.yaml');
          const got = { num: 0 };
          const buf = Buffer.from(text);
          expect(field.parse(buf, 0, buf.length, got), text).toBe(want);
          if (want) expect(got.num).toBe(out.num);
          const email = compileField({ fields: [{ name: 'e', format: 'email' }] }, 0, 's.yaml');
          expect(email.parse(buf, 0, buf.length, got), text).toBe(/^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(text));
          return { bytes: bytesOf(text), label: 'cell' };
        },
        { seed: 0x2c02, numRuns: runs(400) },
      ),
    TIMEOUT,
  );
});

describe('Table Schemas', () => {
  const anyValue = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.constant({ deep: [[[[1]]]] }),
  );
  const field = fc.record(
    {
      name: fc.oneof({ weight: 5, arbitrary: metricName }, { weight: 1, arbitrary: anyValue }),
      type: fc.oneof(fc.constantFrom('string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'any', 'geojson', 'object', 'strnig'), anyValue),
      format: fc.constantFrom('default', 'email', 'uri', 'any', '%Y', 'binary'),
      bareNumber: fc.oneof(fc.boolean(), anyValue),
      decimalChar: fc.constantFrom('.', ',', '', 'ab'),
      groupChar: fc.constantFrom(',', ' ', ''),
      missingValues: fc.oneof(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.record({ value: fc.string({ maxLength: 3 }), label: fc.string() })), { maxLength: 3 }), anyValue),
      trueValues: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
      constraints: fc.record(
        {
          required: fc.oneof(fc.boolean(), anyValue),
          unique: fc.boolean(),
          minimum: fc.oneof(fc.double(), fc.constantFrom('2024-01-01', '1', 'x', '1e400', '')),
          maximum: fc.oneof(fc.integer(), fc.constantFrom('12:00:00', 'NaN', '')),
          minLength: fc.oneof(fc.integer({ min: -1, max: 5 }), anyValue),
          pattern: fc.oneof(fc.constantFrom('[a-z]+', '\\d{3}', 'a|b', '(', '[', '\\', '(?<n>x)', '\\p{L}+', '.*', 'a{2,1}', '\\k<x>', '(?=a)'), fc.string({ maxLength: 5 })),
          enum: fc.oneof(fc.array(anyValue, { maxLength: 3 }), anyValue),
          minimun: fc.integer(),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['name'] },
  );
  const schema = fc.record(
    {
      fields: fc.oneof({ weight: 6, arbitrary: fc.array(field, { maxLength: 4 }) }, { weight: 1, arbitrary: anyValue }),
      primaryKey: fc.oneof(metricName, fc.array(metricName, { maxLength: 2 }), anyValue),
      uniqueKeys: fc.array(fc.array(metricName, { maxLength: 2 }), { maxLength: 2 }),
      fieldsMatch: fc.constantFrom('exact', 'equal', 'subset', 'superset', 'partial', 'loose'),
      missingValues: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
    },
    { requiredKeys: ['fields'] },
  );
  // What JSON.stringify cannot write from an object literal (such keys, such depth): given as text.
  const ODD_SCHEMAS = [
    `{"fields": [{"name": "a", "constraints": {"enum": [${'['.repeat(5000)}${']'.repeat(5000)}]}}]}`,
    `{"fields": [{"name": "a", "type": "integer", "constraints": {"enum": [${'['.repeat(5000)}${']'.repeat(5000)}]}}]}`,
    '{"fields": [{"name": "a", "__proto__": {"type": "integer"}}]}',
    'fields:\n  - name: a\n    __proto__: {type: integer}\n',
    '{"fields": [{"name": "a"}], "constructor": {"prototype": {"x": 1}}, "__proto__": null}',
    '{"fields": [{"name": "__proto__"}, {"name": "constructor"}], "primaryKey": ["__proto__", "toString"]}',
    'fields: [{name: a, constraints: {__proto__: {required: true}}}]\n',
  ];

  it(
    'a Table Schema (JSON or YAML, BOM or not, mutated) is read and compiled or refused with the file named',
    () =>
      family.check(
        'table schema',
        fc
          .record({ s: schema, json: fc.boolean(), bom: fc.boolean() })
          .map(({ s: descriptor, json, bom }) => ({
            json,
            text: `${bom ? '\uFEFF' : ''}${json ? JSON.stringify(descriptor, null, 2) : YAML.stringify(descriptor, { lineWidth: 0 })}`,
          }))
          .chain(({ json, text }) =>
            fc.oneof(
              { weight: 3, arbitrary: fc.constant({ json, text, note: 'as generated' }) },
              { weight: 1, arbitrary: fc.constantFrom(...ODD_SCHEMAS).map((t) => ({ json: t.startsWith('{'), text: t, note: `odd: ${t.slice(0, 40)}` })) },
              { weight: 2, arbitrary: mutated(fc.constant(text)).map((m) => ({ json, ...m })) },
            ),
          ),
        async ({ json, text, note }) => {
          const file = json ? 'schema.json' : 'schema.yaml';
          const got = await userErrorOrValue(file, async () => {
            const parsed = await parseTableSchema(text, file);
            return parsed.fields.map((_, i) => compileField(parsed, i, file));
          });
          if ('value' in got) for (const f of got.value) expect(typeof f.name).toBe('string');
          return { bytes: bytesOf(text), label: `${file}: ${note}` };
        },
        {
          seed: 0x2d01,
          numRuns: runs(250),
          // A JSON schema saved with a BOM was refused as "invalid JSON" at 1:1.
          examples: [{ json: true, text: '\uFEFF{"fields": [{"name": "a", "type": "integer"}]}', note: 'BOM' }],
        },
      ),
    TIMEOUT,
  );
});

describe('dataset checks', () => {
  const bounds = fc.record(
    { min: fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 3 })), max: fc.oneof(fc.double(), fc.integer()), mean: fc.integer() },
    { requiredKeys: [] },
  );
  const checks = fc.record(
    {
      rows: fc.oneof(bounds, fc.integer()),
      nullFraction: fc.dictionary(metricName, fc.oneof(fc.double(), fc.string({ maxLength: 3 })), { maxKeys: 3, noNullPrototype: true }),
      duplicateRows: fc.constantFrom('fail', 'warn', 'ignore', 'error', 1),
      stats: fc.dictionary(metricName, fc.oneof(fc.record({ mean: bounds, median: bounds, mode: bounds }, { requiredKeys: [] }), fc.integer()), {
        maxKeys: 2,
        noNullPrototype: true,
      }),
      newCategories: fc.dictionary(metricName, fc.constantFrom('fail', 'warn', 'ignore'), { maxKeys: 2, noNullPrototype: true }),
      drift: fc.constant({}),
    },
    { requiredKeys: [] },
  );

  it(
    'dataset checks from YAML are read or refused naming where they came from',
    () =>
      family.check(
        'dataset checks',
        fc.record({ c: fc.oneof({ weight: 5, arbitrary: checks }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }), columns: fc.array(metricName, { maxLength: 3 }) }),
        async ({ c, columns }) => {
          const origin = "validate-data: input 'checks'";
          const value = YAML.parse(YAML.stringify(c)) as unknown;
          const got = await userErrorOrValue(origin, () => parseDatasetChecks(value, origin, columns));
          if ('value' in got) for (const name of Object.keys(got.value.nullFraction ?? {})) expect(columns).toContain(name);
          return { bytes: bytesOf(JSON.stringify(c) ?? ''), label: 'checks' };
        },
        { seed: 0x2e01, numRuns: runs(250) },
      ),
    TIMEOUT,
  );
});

describe('stored profiles', () => {
  it(
    'a profile reads back as written; a mutated one is refused with the file named; drift against it never fails internally',
    () =>
      family.check(
        'profiles',
        fc.record({
          t: table,
          edit: fc.option(
            fc.record({
              at: fc.double({ min: 0, max: 1, noNaN: true }),
              insert: fc.constantFrom('"', '{', '}', ',', '-1', '1e999', 'null', '"x"', '[', '\uFEFF', '.5'),
              cut: fc.boolean(),
            }),
          ),
        }),
        async ({ t, edit }) => {
          const path = join(dir, `${n++}-data.csv`);
          writeFileSync(path, csvText(t.fields, t.rows, ',', '\n', true));
          const report = await validateData({
            sources: [{ path, display: 'data.csv' }],
            schema: schemaOf(t.fields),
            schemaFile: 'schema.yaml',
            tempDir: dir,
            collectProfile: true,
          });
          rmSync(path, { force: true });
          const profile = report.profile;
          expect(profile).toBeDefined();
          if (!profile) return { bytes: 0, label: 'no profile' };
          const stored = serializeProfile(profile);
          const at = edit ? Math.floor(stored.length * edit.at) : 0;
          const text = !edit ? stored : edit.cut ? stored.slice(0, at) : `${stored.slice(0, at)}${edit.insert}${stored.slice(at)}`;
          const got = await userErrorOrValue('ref.json', () => parseProfile(text, 'ref.json'));
          if (text === stored) expect('value' in got && serializeProfile(got.value)).toBe(stored);
          if ('value' in got) await userErrorOrValue('', () => detectDrift(got.value, profile));
          return { bytes: bytesOf(text), label: `profile${edit ? (edit.cut ? ', cut' : `, inserted ${JSON.stringify(edit.insert)}`) : ''}` };
        },
        { seed: 0x2f01, numRuns: runs(100) },
      ),
    TIMEOUT,
  );
});
