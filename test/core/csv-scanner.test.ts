import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, CsvSyntaxError } from '../../src/core/csv-scanner.js';

interface Outcome {
  records: string[][];
  lines: number[];
  error?: { record: number };
}

/** Scans `bytes` fed in pieces cut at `cuts` (offsets), like a stream with arbitrary chunk boundaries. */
function scan(bytes: Buffer, cuts: number[], delimiter = ','): Outcome {
  const records: string[][] = [];
  const lines: number[] = [];
  const scanner = new CsvScanner(
    (r) => {
      records.push(r.texts());
      lines.push(r.line);
    },
    { delimiter },
  );
  const offsets = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
  let from = 0;
  try {
    for (const cut of [...offsets, bytes.length]) {
      scanner.push(bytes.subarray(from, cut));
      from = cut;
    }
    scanner.end();
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { records, lines, error: { record: error.record } };
  }
  return { records, lines };
}

/** csv-parse as the reference: strict column counts, BOM skipped, empty lines kept as records. */
function reference(text: string, delimiter = ','): Outcome {
  const records: string[][] = [];
  try {
    const out = parse(text, { bom: true, relax_column_count: false, skip_empty_lines: false, delimiter, on_record: (r: string[]) => (records.push(r), r) }) as string[][];
    return { records: out, lines: [] };
  } catch (error) {
    return { records, lines: [], error: { record: (error as { records?: number }).records ?? records.length } };
  }
}

/** Our scan plus the strict width rule csv-parse applies (the validator reports width per row). */
function scanStrict(bytes: Buffer, cuts: number[], delimiter = ','): Outcome {
  const out = scan(bytes, cuts, delimiter);
  const width = out.records[0]?.length;
  const bad = out.records.findIndex((r) => r.length !== width && !(r.length === 1 && r[0] === ''));
  const blank = out.records.findIndex((r, i) => i > 0 && r.length === 1 && r[0] === '' && width !== 1);
  const firstBad = [bad, blank].filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (firstBad !== undefined && (out.error === undefined || firstBad < out.error.record)) {
    return { records: out.records.slice(0, firstBad), lines: [], error: { record: firstBad } };
  }
  return { ...out, lines: [] };
}

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '1', '.') }),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '\r\n', ' ', ';') }),
  fc.constant(''),
);

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) || value === '' ? `"${value.replace(/"/g, '""')}"` : value;
}

describe('CsvScanner, differentially against csv-parse', () => {
  it('reads generated files identically at any chunk boundaries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(400), { maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        (rows, eol, bom, trailing, cuts, delimiter) => {
          const text = (bom ? '\uFEFF' : '') + rows.map((r) => r.map((v) => quote(v, delimiter)).join(delimiter)).join(eol) + (trailing ? eol : '');
          const bytes = Buffer.from(text);
          const ours = scan(bytes, cuts, delimiter);
          expect(ours.error).toBeUndefined();
          expect(ours.records).toEqual(reference(text, delimiter).records);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('errors exactly where csv-parse errors on hostile bytes', () => {
    // One line ending per file: csv-parse fixes the ending from the first one it meets and then reads
    // the CR of a later CRLF as data, where we end the record (mixed endings are tested by hand below).
    const hostile = fc.array(fc.constantFrom('a', 'b', ',', '"', '""', '\n', '"a,b"', '\n\n', ' ', '"\r"'), { maxLength: 30 });
    fc.assert(
      fc.property(hostile, fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(60), { maxLength: 5 }), (parts, eol, cuts) => {
        const text = `x,y${eol}` + parts.join('').replace(/\n/g, eol);
        const bytes = Buffer.from(text);
        const ref = reference(text);
        const ours = scanStrict(bytes, cuts);
        if (ref.error) {
          expect(ours.error, `csv-parse failed on ${JSON.stringify(text)} at record ${ref.error.record}`).toBeDefined();
          expect(ours.error?.record).toBe(ref.error.record);
          expect(ours.records).toEqual(ref.records.slice(0, ref.error.record));
        } else {
          expect(ours.error).toBeUndefined();
          expect(ours.records).toEqual(ref.records);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('numbers lines through embedded newlines and CRLF', () => {
    const out = scan(Buffer.from('a,b\r\n"x\ny",2\r\n3,4\n'), [7]);
    expect(out.records).toEqual([
      ['a', 'b'],
      ['x\ny', '2'],
      ['3', '4'],
    ]);
    expect(out.lines).toEqual([1, 2, 4]);
  });

  it('keeps a lone CR outside quotes as data and unescapes doubled quotes', () => {
    expect(scan(Buffer.from('a,b\n1\r2,"say ""hi"""\n'), [1, 9]).records).toEqual([
      ['a', 'b'],
      ['1\r2', 'say "hi"'],
    ]);
  });

  it('ends a record at CRLF also in a file that began with LF endings', () => {
    expect(scan(Buffer.from('a,b\n1,2\r\n'), []).records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('names the line of a quote never closed at the end of the data', () => {
    const out = scan(Buffer.from('a,b\n1,2\n3,"open\nmore\n'), [5]);
    expect(out.error).toEqual({ record: 2 });
  });

  it('refuses a record longer than the limit instead of buffering it', () => {
    const scanner = new CsvScanner(() => undefined, { maxRecordBytes: 1000 });
    expect(() => {
      for (let i = 0; i < 10; i++) scanner.push(Buffer.alloc(300, 0x61));
    }).toThrow(/longer than 1000 bytes/);
  });
});
