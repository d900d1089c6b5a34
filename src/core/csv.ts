import { CsvScanner, CsvSyntaxError, Quoting } from './csv-scanner.js';
import { UserError } from './errors.js';

/** A parsed CSV row with the 1-based line it starts on. */
export interface CsvRow {
  cells: string[];
  line: number;
}

/**
 * Reads a metric file's CSV text with the one CSV dialect of modelgate, the data scanner's
 * ({@link CsvScanner}: RFC 4180 quotes and doubled quotes, quoted delimiters and line breaks, LF or
 * CRLF, a BOM skipped, a lone CR inside a line kept as data; a stray quote is an error). On top of it,
 * the metric policies: blank lines are skipped (a `""` line is a row with one empty value, not a blank
 * line), and every row must have as many cells as the header. Every problem is a {@link UserError}
 * naming the file and line.
 */
export function parseCsv(text: string, file: string, delimiter = ','): CsvRow[] {
  const fail = (line: number, what: string) => new UserError(`metrics: ${file}:${line}: ${what}`, { file, line });
  // With no LF anywhere, a CR outside quotes can only be a classic Mac OS line break, which the
  // dialect reads as data: the file would be one record, and the error about it a puzzle.
  const crOnly = text.includes('\r') && !text.includes('\n');
  const crLines = () => fail(1, 'the lines end in a lone CR (classic Mac OS line endings); save the file with LF or CRLF line endings');
  const rows: CsvRow[] = [];
  const scanner = new CsvScanner(
    (record) => {
      if (record.count === 1 && record.quoting[0] === Quoting.Plain && record.starts[0] === record.ends[0]) return;
      const cells = record.texts();
      if (crOnly && cells.some((c, i) => record.quoting[i] === Quoting.Plain && c.includes('\r'))) throw crLines();
      rows.push({ cells, line: record.line });
    },
    { delimiter },
  );
  try {
    scanner.scanSome(Buffer.from(text, 'utf8'), true);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw crOnly ? crLines() : fail(error.line, error.message);
    throw error;
  }
  const width = rows[0]?.cells.length ?? 0;
  for (const row of rows) {
    if (row.cells.length !== width) throw fail(row.line, `row has ${row.cells.length} fields, the header has ${width}`);
  }
  return rows;
}
