import { writeFileSync } from 'node:fs';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { cellText } from '../../src/data/sources.js';
import type { DataError, DataReport, ValidateOptions } from '../../src/data/validate.js';

/** An example without what only the CSV has or what names the file. */
export function comparableError(error: DataError): Omit<DataError, 'line' | 'file'> {
  const copy: Partial<DataError> = { ...error };
  // Physical lines exist in CSV only.
  delete copy.line;
  // The display name differs by format (data.csv, groups.parquet).
  delete copy.file;
  // A repeat names the line of the first occurrence in CSV ("repeats row 102 (line 103)"): a line number too.
  copy.message = error.message.replace(/ \(line \d+\)/g, '');
  return copy as Omit<DataError, 'line' | 'file'>;
}

/** A report less what legitimately differs between a Parquet file and its CSV twin; everything else must be equal. */
export function comparable(report: DataReport) {
  const { stats, checks, errors, profile, valid } = report;
  return {
    valid,
    // stats.bytes is the file size (CSV text and compressed Parquet differ); stats.seconds is timing.
    stats: { files: stats.files, rows: stats.rows, fields: stats.fields, errors: stats.errors, warnings: stats.warnings },
    checks: checks.map((c) => ({ ...c, examples: c.examples.map(comparableError) })),
    errors: errors.map(comparableError),
    profile,
    // fingerprint is left out: it is the sha256 of the file's bytes, which differ by format.
  };
}

function csvCell(text: string | null): string {
  if (text === null) return '';
  if (text === '') return '""';
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes the CSV twin of a Parquet file next to it: every value as hyparquet decodes it, in the text
 * {@link cellText} gives it for its field's type (what the validator checks). Returns its path.
 */
export async function csvTwin(parquet: string, schema: ValidateOptions['schema']): Promise<string> {
  const file = await asyncBufferFromFile(parquet);
  const metadata = await parquetMetadataAsync(file);
  const names: string[] = [];
  const elements = metadata.schema;
  for (let i = 1, left = elements[0]?.num_children ?? 0; left > 0; left--) {
    names.push(elements[i]?.name as string);
    let skip = elements[i]?.num_children ?? 0;
    i++;
    while (skip > 0) {
      skip += (elements[i]?.num_children ?? 0) - 1;
      i++;
    }
  }
  const rows = await parquetReadObjects({ file, compressors });
  const typeOf = (name: string) => schema.fields.find((f) => f.name === name)?.type;
  const lines = [names.map(csvCell).join(',')];
  for (const row of rows) lines.push(names.map((n) => csvCell(cellText(row[n], typeOf(n)))).join(','));
  const out = parquet.replace(/\.parquet$/, '.twin.csv');
  writeFileSync(out, `${lines.join('\n')}\n`);
  return out;
}
