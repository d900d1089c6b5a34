import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { matchHeader } from '../../src/data/header-check.js';
import type { TableSchemaField } from '../../src/data/table-schema.js';
import { validateData, type DataReport } from '../../src/data/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-header-'));
let n = 0;

async function validate(data: string, fields: TableSchemaField[], options: { name?: string; delimiter?: string } = {}): Promise<DataReport> {
  const name = options.name ?? 'customers.csv';
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, data);
  return validateData({ sources: [{ path, display: name }], schema: { fields }, schemaFile: 'schema.yaml', tempDir: dir, delimiter: options.delimiter });
}

const fields: TableSchemaField[] = [{ name: 'customer_id', type: 'integer' }, { name: 'age', type: 'integer' }, { name: 'country' }];
const names = fields.map((f) => f.name);

describe('a header read with the wrong delimiter', () => {
  it("a ';'-separated file read with ',' gives one error naming the file, line 1 and the delimiter to set", async () => {
    const report = await validate('customer_id;age;country\n1;34;DE\n2;40;FR\n', fields);
    expect(report.valid).toBe(false);
    expect(report.errors).toEqual([
      {
        type: 'incorrect-label',
        severity: 'error',
        file: 'customers.csv',
        line: 1,
        rowNumber: 1,
        fieldNumber: 1,
        cell: 'customer_id;age;country',
        message:
          "the header looks ';'-separated: set input 'delimiter' to ';' (read with ',' it is one column, 'customer_id;age;country'; split on ';' it has the schema's 3 fields)",
      },
    ]);
    // The misread rows add no type errors of their own.
    expect(report.checks.filter((c) => !c.passed).map((c) => [c.id, c.count])).toEqual([['header', 1]]);
  });

  it('a tab-separated .csv says \\t', async () => {
    const report = await validate('customer_id\tage\tcountry\n1\t34\tDE\n', fields);
    expect(report.errors.map((e) => e.message)).toEqual([
      "the header looks '\\t'-separated: set input 'delimiter' to '\\t' (read with ',' it is one column, 'customer_id\tage\tcountry'; split on '\\t' it has the schema's 3 fields)",
    ]);
  });

  it("a '|'-separated file, and a ','-separated .tsv", async () => {
    expect((await validate('customer_id|age|country\n1|34|DE\n', fields)).errors.map((e) => e.message.split(' (')[0])).toEqual([
      "the header looks '|'-separated: set input 'delimiter' to '|'",
    ]);
    expect((await validate('customer_id,age,country\n1,34,DE\n', fields, { name: 'customers.tsv' })).errors.map((e) => e.message.split(' (')[0])).toEqual([
      "the header looks ','-separated: set input 'delimiter' to ','",
    ]);
  });

  it('a quoted header in another delimiter stops the reading with the same hint', async () => {
    const error = await validate('"customer_id";"age";"country"\n1;34;DE\n', fields).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      `data: customers.csv:1: unexpected ';' after a closing quote (a quote inside a quoted field must be doubled: ""); the header looks ';'-separated: set input 'delimiter' to ';'`,
    );
    expect((error as UserError).location).toEqual({ file: 'customers.csv', line: 1 });
    const tab = await validate('"customer_id"\t"age"\t"country"\n1\t34\tDE\n', fields).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((tab as UserError).message).toMatch(/; the header looks '\\t'-separated: set input 'delimiter' to '\\t'$/);
  });

  it('with the right delimiter the same file is valid', async () => {
    const report = await validate('customer_id;age;country\n1;34;DE\n', fields, { delimiter: ';' });
    expect(report.valid).toBe(true);
  });
});

describe('headers that get the per-column errors as before', () => {
  it('a mismatched header of several columns', async () => {
    const report = await validate('id,years,country\n1,34,DE\n', fields);
    expect(report.errors.map((e) => [e.type, e.message])).toEqual([
      ['incorrect-label', "column 1 is labelled 'id'; the schema expects 'customer_id' (fieldsMatch: exact maps columns by position)"],
      ['incorrect-label', "column 2 is labelled 'years'; the schema expects 'age' (fieldsMatch: exact maps columns by position)"],
    ]);
  });

  it('a one-column header whose parts match nothing and are too few', async () => {
    const report = await validate('id;x\n1;2\n', fields);
    expect(report.errors.filter((e) => e.type.endsWith('-label')).map((e) => e.type)).toEqual(['incorrect-label', 'missing-label', 'missing-label']);
  });
});

describe('matchHeader', () => {
  it('gives the hint only for a mismatched one-column header that splits into the schema', () => {
    expect(matchHeader(['customer_id;age;country'], names).problems.map((p) => p.message.split(' (')[0])).toEqual(["the header looks ';'-separated: set input 'delimiter' to ';'"]);
    // Two of the names are enough; so are as many columns as fields.
    expect(matchHeader(['age;customer_id'], names, 'equal').problems).toHaveLength(1);
    expect(matchHeader(['a|b|c'], names).problems.map((p) => p.message)).toEqual([
      "the header looks '|'-separated: set input 'delimiter' to '|' (it reads as one column, 'a|b|c'; split on '|' it has 3 columns for the schema's 3 fields)",
    ]);
    const hinted = matchHeader(['customer_id;age;country'], names);
    expect([...hinted.columnOfField]).toEqual([-1, -1, -1]);
  });

  it('names the delimiter it was read with, and leaves it out of the candidates', () => {
    expect(matchHeader(['customer_id,age,country'], names, 'exact', { format: 'csv', delimiter: ';' }).problems.map((p) => p.message)).toEqual([
      "the header looks ','-separated: set input 'delimiter' to ',' (read with ';' it is one column, 'customer_id,age,country'; split on ',' it has the schema's 3 fields)",
    ]);
    expect(matchHeader(['customer_id;age;country'], names, 'exact', { format: 'csv', delimiter: ';' }).problems.map((p) => p.type)).toEqual([
      'incorrect-label',
      'missing-label',
      'missing-label',
    ]);
  });

  it('no hint for a header that matches, for other formats, or for a one-field schema with an unrelated label', () => {
    expect(matchHeader(['a;b'], ['a;b']).problems).toEqual([]);
    expect(matchHeader(['customer_id;age'], names, 'partial', { format: 'jsonl' }).problems.map((p) => p.type)).toEqual(['missing-label']);
    expect(matchHeader(['price;eur'], ['amount']).problems.map((p) => p.type)).toEqual(['incorrect-label']);
    expect(matchHeader(['amount;eur'], ['amount']).problems.map((p) => p.message.split(' (')[0])).toEqual(["the header looks ';'-separated: set input 'delimiter' to ';'"]);
    expect(matchHeader(['customer_id', 'age;country'], names).problems.map((p) => p.type)).toEqual(['incorrect-label', 'missing-label']);
  });
});
