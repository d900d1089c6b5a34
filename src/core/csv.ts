import { UserError } from './errors.js';

/** A parsed CSV row with the 1-based line it starts on. */
export interface CsvRow {
  cells: string[];
  line: number;
}

/**
 * A small RFC 4180 reader for metric files: quoted fields, doubled quotes, embedded newlines, CRLF and a
 * BOM. Every row must have as many cells as the header; a short or long row is an error naming its line.
 */
export function parseCsv(text: string, file: string, delimiter = ','): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ cells, line: rowLine });
    cells = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) throw new UserError(`metrics: ${file}:${rowLine}: a quoted field is never closed`, { file, line: rowLine });
  if (cell !== '' || cells.length > 0) endRow();
  const width = rows[0]?.cells.length ?? 0;
  for (const row of rows) {
    if (row.cells.length !== width) {
      throw new UserError(`metrics: ${file}:${row.line}: row has ${row.cells.length} fields, the header has ${width}`, { file, line: row.line });
    }
  }
  return rows;
}
