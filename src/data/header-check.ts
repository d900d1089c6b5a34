import { type DataError, truncateCell } from './check-results.js';
import type { DataFormat } from './sources.js';
import type { FieldsMatch } from './table-schema.js';

/** How data columns map to schema fields, and what is wrong with the header. */
export interface HeaderMatch {
  /** For each schema field, its column in the data, or -1 when the data lacks it. */
  columnOfField: Int32Array;
  problems: Omit<DataError, 'file' | 'severity'>[];
}

/** Where the labels came from, when known: a header read with another delimiter gets a hint only from a CSV file. */
export interface HeaderSource {
  format?: DataFormat;
  /** The delimiter the CSV was read with (`,` by default, tab for `.tsv`). */
  delimiter?: string;
}

/**
 * Matches a header against the field names under a Table Schema v2 `fieldsMatch` mode: `exact` maps by
 * position and wants the same names in the same order; `equal` the same names in any order; `subset`
 * all fields, maybe more columns; `superset` only known columns, maybe fewer; `partial` at least one.
 * The other modes map by name.
 *
 * A mismatched CSV header of one column that splits on another delimiter into the schema's fields is
 * one problem that names the delimiter to set, rather than a problem per field; no column is mapped then,
 * so the misread rows add no errors of their own.
 */
export function matchHeader(labels: readonly string[], names: readonly string[], mode: FieldsMatch = 'exact', source: HeaderSource = {}): HeaderMatch {
  const match = matchLabels(labels, names, mode);
  if (match.problems.length === 0) return match;
  const hint = delimiterHint(labels, names, source);
  return hint ? { columnOfField: new Int32Array(names.length).fill(-1), problems: [hint] } : match;
}

/** Delimiters a misread header is split on, most common first; the one it was read with is left out. */
const OTHER_DELIMITERS = [';', '\t', '|', ','];

/**
 * The "set input 'delimiter'" problem when a CSV header read as one column holds another delimiter and,
 * split on it, has schema field names or as many columns as the schema has fields.
 */
function delimiterHint(labels: readonly string[], names: readonly string[], source: HeaderSource): HeaderMatch['problems'][number] | undefined {
  if ((source.format !== undefined && source.format !== 'csv') || labels.length !== 1 || names.length === 0) return undefined;
  const label = labels[0] as string;
  const known = new Set(names);
  let best: { delimiter: string; columns: number; named: number } | undefined;
  for (const delimiter of OTHER_DELIMITERS) {
    if (delimiter === source.delimiter || !label.includes(delimiter)) continue;
    const parts = label.split(delimiter).map((part) => part.trim().replace(/^"(.*)"$/, '$1'));
    const named = new Set(parts.filter((part) => known.has(part))).size;
    if (named < Math.min(2, names.length) && (names.length < 2 || parts.length < names.length)) continue;
    if (!best || named > best.named || (named === best.named && parts.length > best.columns)) best = { delimiter, columns: parts.length, named };
  }
  if (!best) return undefined;
  const shown = best.delimiter === '\t' ? '\\t' : best.delimiter;
  const read = source.delimiter === undefined ? 'it reads as' : `read with '${source.delimiter === '\t' ? '\\t' : source.delimiter}' it is`;
  const split =
    best.named === names.length
      ? `split on '${shown}' it has the schema's ${names.length === 1 ? 'field' : `${names.length} fields`}`
      : best.named > 0
        ? `split on '${shown}' it has ${best.named} of the schema's ${names.length} fields`
        : `split on '${shown}' it has ${best.columns} columns for the schema's ${names.length} fields`;
  return {
    type: 'incorrect-label',
    fieldNumber: 1,
    cell: truncateCell(label),
    message: `the header looks '${shown}'-separated: set input 'delimiter' to '${shown}' (${read} one column, '${truncateCell(label)}'; ${split})`,
  };
}

function matchLabels(labels: readonly string[], names: readonly string[], mode: FieldsMatch): HeaderMatch {
  const problems: HeaderMatch['problems'] = [];
  const columnOfField = new Int32Array(names.length).fill(-1);
  const seen = new Map<string, number>();
  labels.forEach((label, i) => {
    if (seen.has(label)) {
      problems.push({
        type: 'duplicate-label',
        fieldNumber: i + 1,
        cell: label,
        message: `column ${i + 1} repeats the label '${label}' of column ${(seen.get(label) as number) + 1}`,
      });
    } else seen.set(label, i);
  });
  if (mode === 'exact') {
    names.forEach((name, f) => {
      if (f >= labels.length) {
        problems.push({ type: 'missing-label', fieldName: name, fieldNumber: f + 1, message: `the header has no column ${f + 1}; the schema expects '${name}' there` });
        return;
      }
      columnOfField[f] = f;
      if (labels[f] !== name) {
        problems.push({
          type: 'incorrect-label',
          fieldName: name,
          fieldNumber: f + 1,
          cell: labels[f],
          message: `column ${f + 1} is labelled '${labels[f]}'; the schema expects '${name}' (fieldsMatch: exact maps columns by position)`,
        });
      }
    });
    for (let i = names.length; i < labels.length; i++) {
      problems.push({ type: 'extra-label', fieldNumber: i + 1, cell: labels[i], message: `column ${i + 1} '${labels[i]}' is not in the schema (fieldsMatch: exact)` });
    }
    return { columnOfField, problems };
  }
  names.forEach((name, f) => {
    const column = seen.get(name);
    if (column !== undefined) columnOfField[f] = column;
    else if (mode === 'equal' || mode === 'subset') {
      problems.push({ type: 'missing-label', fieldName: name, fieldNumber: f + 1, message: `the data has no column '${name}' (fieldsMatch: ${mode} wants every schema field)` });
    }
  });
  if (mode === 'equal' || mode === 'superset') {
    const known = new Set(names);
    labels.forEach((label, i) => {
      if (!known.has(label))
        problems.push({
          type: 'extra-label',
          fieldNumber: i + 1,
          cell: label,
          message: `column ${i + 1} '${label}' is not in the schema (fieldsMatch: ${mode} allows only schema fields)`,
        });
    });
  }
  if (mode === 'partial' && !columnOfField.some((c) => c >= 0)) {
    problems.push({ type: 'missing-label', message: `none of the schema fields (${names.join(', ')}) is a column of the data (fieldsMatch: partial wants at least one)` });
  }
  return { columnOfField, problems };
}
