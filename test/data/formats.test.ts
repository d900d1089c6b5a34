import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import type { TableSchemaField } from '../../src/data/table-schema.js';
import { parseTableSchema } from '../../src/data/table-schema-load.js';
import { UniqueIndex } from '../../src/data/unique.js';
import { validateData } from '../../src/data/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-formats-'));

async function validate(path: string, fields: TableSchemaField[], extra: object = {}) {
  return validateData({ sources: [{ path, display: path.split('/').pop() as string }], schema: { fields }, schemaFile: 's.yaml', tempDir: dir, ...extra });
}

describe('JSON Lines', () => {
  it('checks typed values by field name, nulls as missing, and names the line of bad JSON', async () => {
    const path = join(dir, 'a.jsonl');
    writeFileSync(path, '{"id":1,"name":"x","ok":true}\n{"id":"2","name":null,"ok":false}\r\n\n{"id":1.5,"name":"y","ok":1}\n');
    const fields: TableSchemaField[] = [
      { name: 'id', type: 'integer', constraints: { unique: true } },
      { name: 'name', constraints: { required: true } },
      { name: 'ok', type: 'boolean' },
    ];
    const report = await validate(path, fields);
    expect(report.errors.map((e) => [e.type, e.fieldName, e.line])).toEqual([
      ['type-error', 'id', 4],
      ['constraint-error', 'name', 2],
    ]);
    writeFileSync(path, '{"id":1}\n{"id":\n');
    await expect(validate(path, [{ name: 'id' }])).rejects.toThrow(/a\.jsonl:2: not a JSON object/);
  });
});

describe('JSON Lines with keys named like Object members', () => {
  it('a row without __proto__ or toString misses them, as the same data in CSV does', async () => {
    const path = join(dir, 'proto.jsonl');
    writeFileSync(path, '{"__proto__":"a","toString":"b"}\n{}\n');
    const report = await validate(path, [
      { name: '__proto__', constraints: { required: true } },
      { name: 'toString', constraints: { required: true } },
    ]);
    expect(report.errors.map((e) => [e.type, e.fieldName, e.line])).toEqual([
      ['constraint-error', '__proto__', 2],
      ['constraint-error', 'toString', 2],
    ]);
  });
});

describe('Parquet', () => {
  it('reads row groups with typed columns and finds type and constraint errors', async () => {
    const path = join(dir, 'p.parquet');
    const ids = Array.from({ length: 2500 }, (_, i) => i);
    ids[2000] = 5;
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: ids, type: 'INT32' },
        { name: 'score', data: ids.map((i, k) => (k === 2001 ? 999 : i / 10)), type: 'DOUBLE' },
        { name: 'label', data: ids.map((i) => (i === 7 ? 'bad!' : `l${i % 3}`)), type: 'STRING' },
      ],
      rowGroupSize: 1000,
    });
    writeFileSync(path, Buffer.from(buffer));
    const fields: TableSchemaField[] = [
      { name: 'id', type: 'integer', constraints: { unique: true } },
      { name: 'score', type: 'number', constraints: { maximum: 250 } },
      { name: 'label', constraints: { pattern: 'l[0-9]' } },
    ];
    const report = await validate(path, fields, { collectProfile: true });
    expect(report.stats.rows).toBe(2500);
    expect(report.errors.map((e) => [e.type, e.fieldName, e.rowNumber])).toEqual([
      ['constraint-error', 'score', 2003],
      ['constraint-error', 'label', 9],
      ['unique-error', 'id', 2002],
    ]);
    writeFileSync(path, Buffer.from(buffer).subarray(0, buffer.byteLength - 10));
    await expect(validate(path, fields)).rejects.toThrow(/p\.parquet: not a readable Parquet file/);
  });
});

describe('hostile sizes', () => {
  it('a 100 MB single line is refused at the record limit instead of being buffered', async () => {
    const path = join(dir, 'long.csv');
    const out = createWriteStream(path);
    out.write('a,b\n');
    const block = Buffer.alloc(1024 * 1024, 0x61);
    for (let i = 0; i < 100; i++) out.write(block);
    await new Promise((resolve) => out.end(resolve));
    const before = process.memoryUsage().rss;
    await expect(validate(path, [{ name: 'a' }, { name: 'b' }])).rejects.toThrow(/long\.csv:2: a record longer than 16777216 bytes/);
    // The limit bounds what is held: far less than the line itself.
    expect(process.memoryUsage().rss - before).toBeLessThan(90 * 1024 * 1024);
  });
});

describe('UniqueIndex', () => {
  it('confirms hash collisions with the key bytes: no false duplicates, true ones found', () => {
    const index = new UniqueIndex({ dir, name: 'weak', partitions: 2, memoryBytes: 64, hash: (_k, _s, _e, out) => out.fill(7) });
    const keys = ['a', 'b', 'c', 'b', 'd', 'a'];
    keys.forEach((k, i) => index.add(Buffer.from(k), 0, 1, 0, i + 2, i + 2));
    const found = index.finish(10);
    index.dispose();
    expect(found.count).toBe(2);
    expect(found.examples.map((d) => [d.key.toString(), d.first.rowNumber, d.again.rowNumber])).toEqual([
      ['b', 3, 5],
      ['a', 2, 7],
    ]);
  });
});

describe('schema files', () => {
  it('accepts a valid YAML schema', async () => {
    const schema = await parseTableSchema('fields:\n  - name: id\n    type: integer\nprimaryKey: [id]\n', 's.yaml');
    expect(schema.fields[0]?.type).toBe('integer');
  });
  const mistakes: [string, string, RegExp][] = [
    ['s.yaml', 'fields:\n  - name: id\n    type: int\n', /s\.yaml:3: must be one of: string, number.* \(fields\[0\]\.type\)/],
    ['s.yaml', 'fields:\n  - name: id\n    constraints:\n      minimun: 1\n', /s\.yaml:4: 'minimun' is not a Table Schema constraint; allowed: required, unique/],
    ['s.yaml', 'fields:\n  - type: string\n', /s\.yaml:2: missing required property 'name'/],
    ['s.yaml', 'fields:\n  - name: id\nprimaryKey: [idx]\n', /s\.yaml:3: primaryKey names 'idx', which is not a field/],
    ['s.yaml', 'fields:\n  - name: a\n  - name: a\n', /s\.yaml:3: field name 'a' is used twice/],
    ['s.yaml', 'fields:\n  - name: a\n    constraints: {pattern: "("}\n', /s\.yaml:3: pattern is not a valid regular expression/],
    ['s.yaml', 'fields: [\n', /s\.yaml:\d+: not valid YAML/],
    ['s.json', '{\n  "fields": [\n    {"name": "a", "type": 5}\n  ]\n}\n', /s\.json:3: must be string \(fields\[0\]\.type\)/],
    ['s.json', '{"fields": [}', /s\.json:1:\d+: not valid JSON/],
    // A JSON file is parsed as YAML only to find the line of its problem.
    ['s.json', '{\n  "fields": [{"name": "a"}],\n  "primaryKey": ["b"]\n}\n', /s\.json:3: primaryKey names 'b', which is not a field/],
    ['s.yaml', 'fieldsMatch: sometimes\nfields:\n  - name: a\n', /s\.yaml:1: must be one of: exact, equal, subset, superset, partial/],
  ];
  for (const [file, text, message] of mistakes) {
    it(`reports ${JSON.stringify(text.slice(0, 40))} with file and line`, async () => {
      await expect(parseTableSchema(text, file)).rejects.toThrow(message);
    });
  }
});
