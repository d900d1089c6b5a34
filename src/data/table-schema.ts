/**
 * Table Schema (frictionless v2) as modelgate reads it: the types of a schema and of its fields, with
 * nothing to load them (table-schema-load.ts reads and checks a schema file), so that the engine and
 * its worker thread load no schema validator.
 */
/** Field types of Table Schema v2. */
export type FieldType =
  'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'list' | 'date' | 'time' | 'datetime' | 'year' | 'yearmonth' | 'duration' | 'geopoint' | 'geojson' | 'any';

/** Types whose values modelgate checks; the others are reported as unsupported (never silently passed). */
export const CHECKED_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'any']);

/** A missing-value marker: the text, or v2's `{ value, label }`. */
export type MissingValue = string | { value: string; label?: string };

/** Field constraints of Table Schema. */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  pattern?: string;
  enum?: unknown[];
  jsonSchema?: Record<string, unknown>;
}

/** One field descriptor. */
export interface TableSchemaField {
  name: string;
  type?: FieldType;
  format?: string;
  title?: string;
  description?: string;
  missingValues?: MissingValue[];
  trueValues?: string[];
  falseValues?: string[];
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  constraints?: FieldConstraints;
}

/** How the data's header is matched against the fields (Table Schema v2 `fieldsMatch`). */
export type FieldsMatch = 'exact' | 'equal' | 'subset' | 'superset' | 'partial';

/** A Table Schema (v1 or v2) as modelgate reads it. */
export interface TableSchema {
  fields: TableSchemaField[];
  fieldsMatch?: FieldsMatch;
  missingValues?: MissingValue[];
  primaryKey?: string[] | string;
  uniqueKeys?: string[][];
  [property: string]: unknown;
}
/** The primary key as a list of field names (a string primary key is one field). */
export function primaryKeyOf(schema: TableSchema): string[] {
  const key = schema.primaryKey;
  return key === undefined ? [] : typeof key === 'string' ? [key] : key;
}
