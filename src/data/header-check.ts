import type { DataError } from './check-results.js';
import type { FieldsMatch } from './table-schema.js';

/** How data columns map to schema fields, and what is wrong with the header. */
export interface HeaderMatch {
  /** For each schema field, its column in the data, or -1 when the data lacks it. */
  columnOfField: Int32Array;
  problems: Omit<DataError, 'file' | 'severity'>[];
}

/**
 * Matches a header against the field names under a Table Schema v2 `fieldsMatch` mode: `exact` maps by
 * position and wants the same names in the same order; `equal` the same names in any order; `subset`
 * all fields, maybe more columns; `superset` only known columns, maybe fewer; `partial` at least one.
 * The other modes map by name.
 */
export function matchHeader(labels: readonly string[], names: readonly string[], mode: FieldsMatch = 'exact'): HeaderMatch {
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
