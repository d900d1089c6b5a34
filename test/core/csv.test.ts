import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/csv.js';
import { CsvScanner, Quoting } from '../../src/core/csv-scanner.js';
import { UserError } from '../../src/core/errors.js';

/** Rows as `[line, ...cells]`, or the error's message and line. */
function read(text: string, delimiter = ','): (string | number)[][] | { error: string; line: number | undefined } {
  try {
    return parseCsv(text, 'm.csv', delimiter).map((r) => [r.line, ...r.cells]);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return { error: (error as UserError).message, line: (error as UserError).location?.line };
  }
}

describe('metric CSV: what the old metric reader and the data scanner already agreed on', () => {
  it.each([
    [
      'LF',
      'a,b\n1,2\n',
      [
        [1, 'a', 'b'],
        [2, '1', '2'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        [1, 'a', 'b'],
        [2, '1', '2'],
      ],
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n',
      [
        [1, 'a', 'b'],
        [2, '1', '2'],
      ],
    ],
    [
      'a UTF-8 BOM',
      '\uFEFFa,b\n1,2\n',
      [
        [1, 'a', 'b'],
        [2, '1', '2'],
      ],
    ],
    [
      'a quoted delimiter and doubled quotes',
      'a,b\n"x, ""y""",2\n',
      [
        [1, 'a', 'b'],
        [2, 'x, "y"', '2'],
      ],
    ],
    [
      'a quoted field over lines, numbered by physical line',
      'a,b\n"x\ny",2\n3,4\n',
      [
        [1, 'a', 'b'],
        [2, 'x\ny', '2'],
        [4, '3', '4'],
      ],
    ],
    [
      'a quoted CRLF and a quoted CR kept as written',
      'a,b\r\n"x\r\ny","z\r"\r\n',
      [
        [1, 'a', 'b'],
        [2, 'x\r\ny', 'z\r'],
      ],
    ],
    [
      'empty cells',
      'a,b,c\n,"",\n',
      [
        [1, 'a', 'b', 'c'],
        [2, '', '', ''],
      ],
    ],
    [
      'blank lines anywhere, skipped but counted',
      '\na,b\n\n1,2\n\n\n',
      [
        [2, 'a', 'b'],
        [4, '1', '2'],
      ],
    ],
    [
      'spaces kept (the metric reader trims names and values itself)',
      'a , b\n 1,2 \n',
      [
        [1, 'a ', ' b'],
        [2, ' 1', '2 '],
      ],
    ],
  ])('%s', (_what, text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it('reads TSV with a quoted tab', () => {
    expect(read('a\tb\n1\t"x\ty"\n', '\t')).toEqual([
      [1, 'a', 'b'],
      [2, '1', 'x\ty'],
    ]);
  });

  it.each([
    ['a short row', 'a,b\n1,2\n3\n', /^metrics: m\.csv:3: row has 1 fields, the header has 2$/, 3],
    ['a trailing delimiter', 'a,b\n1,2,\n', /^metrics: m\.csv:2: row has 3 fields, the header has 2$/, 2],
    ['a quote never closed, at the line the record starts', 'a,b\n1,"x\ny\n', /^metrics: m\.csv:2: a quoted field is never closed$/, 2],
  ])('refuses %s', (_what, text, message, line) => {
    expect(read(text)).toEqual({ error: expect.stringMatching(message), line });
  });
});

describe('metric CSV: where the old metric reader differed from the data scanner', () => {
  it.each([
    // The old reader silently glued the text after a closing quote onto the cell: "x"y read as xy.
    ['text after a closing quote', 'a,b\n"x"y,2\n', /^metrics: m\.csv:2: unexpected 'y' after a closing quote/, 2],
    ['a space after a closing quote', 'a,b\n1,"0.9" \n', /^metrics: m\.csv:2: unexpected ' ' after a closing quote/, 2],
    // The old reader kept these quotes as data; RFC 4180 wants such a field quoted and the quote doubled.
    ['a quote inside an unquoted field', 'a,b\nx"y,2\n', /^metrics: m\.csv:2: a quote inside an unquoted field/, 2],
    ['a quoted value after a space', 'a,b\n1, "2"\n', /^metrics: m\.csv:2: a quote inside an unquoted field/, 2],
    // The old reader ended rows at a lone CR (classic Mac OS); the dialect reads a lone CR as data, so
    // such a file would be one record: it is refused by name instead.
    ['lone CR line endings', 'name,value\racc,0.9\r', /^metrics: m\.csv:1: the lines end in a lone CR \(classic Mac OS line endings\)/, 1],
    ['a lone CR after a closing quote', 'a,b\n1,"2"\r3,4\n', /^metrics: m\.csv:2: unexpected byte 0x0d after a closing quote/, 2],
    // The old reader dropped a `""` line as if blank: it is a row of one empty value.
    ['a line of one quoted empty value', 'a,b\n""\n1,2\n', /^metrics: m\.csv:2: row has 1 fields, the header has 2$/, 2],
  ])('refuses %s', (_what, text, message, line) => {
    expect(read(text)).toEqual({ error: expect.stringMatching(message), line });
  });

  it('refuses lone CR line endings however the cells are quoted, but not a quoted CR on one line', () => {
    expect(read('"name","value"\r"acc",0.9\r')).toEqual({ error: expect.stringMatching(/m\.csv:1: the lines end in a lone CR/), line: 1 });
    expect(read('"x\ry",b')).toEqual([[1, 'x\ry', 'b']]);
  });

  it('keeps a lone CR inside a line as data (the old reader split the row there)', () => {
    expect(read('a,b\n1\r2,3\n')).toEqual([
      [1, 'a', 'b'],
      [2, '1\r2', '3'],
    ]);
  });
});

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '1', '.') }),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '\r\n', ' ', '\t') }),
  fc.constant(''),
);

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) || value === '' ? `"${value.replace(/"/g, '""')}"` : value;
}

describe('metric CSV is the data scanner', () => {
  it('reads generated files as csv-parse does (blank lines skipped) and as the scanner does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.nat(3),
        fc.constantFrom(',', '\t'),
        (rows, eol, bom, blanks, delimiter) => {
          const text = (bom ? '\uFEFF' : '') + rows.map((r) => r.map((v) => quote(v, delimiter)).join(delimiter)).join(eol) + eol.repeat(blanks);
          const ours = parseCsv(text, 'm.csv', delimiter).map((r) => r.cells);
          expect(ours).toEqual(parse(text, { bom: true, skip_empty_lines: true, delimiter }));
          // The scanner's records, less blank lines (one empty unquoted field): the data engine's view.
          const scanned: string[][] = [];
          const scanner = new CsvScanner(
            (r) => {
              if (!(r.count === 1 && r.quoting[0] === Quoting.Plain && r.starts[0] === r.ends[0])) scanned.push(r.texts());
            },
            { delimiter },
          );
          scanner.push(Buffer.from(text));
          scanner.end();
          expect(ours).toEqual(scanned);
        },
      ),
      { numRuns: 400 },
    );
  });
});
