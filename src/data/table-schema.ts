import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject } from 'ajv';
import { UserError } from '../core/errors.js';
import { duplicateJsonKey, locateJsonError } from '../core/json-error.js';
import { parseYaml } from '../core/yaml.js';
import { TABLE_SCHEMA_PROFILE } from './table-schema-profile.js';

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

let compiled: ReturnType<Ajv['compile']> | undefined;

function profileValidator(): ReturnType<Ajv['compile']> {
  compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(TABLE_SCHEMA_PROFILE);
  return compiled;
}

/**
 * Reads a Table Schema from a JSON or YAML file and checks it against the Table Schema profile and
 * for references that do not resolve (a primary key naming no field, a pattern that is not a regular
 * expression). Mistakes are {@link UserError}s naming the file, the line and the property.
 */
export async function loadTableSchema(file: string): Promise<TableSchema> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`schema: cannot read '${file}' (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`, { file });
  }
  return parseTableSchema(text, file);
}

/** {@link loadTableSchema} on text already read; `file` names it in messages. */
export async function parseTableSchema(raw: string, file: string): Promise<TableSchema> {
  // Editors on Windows save a byte order mark, which JSON.parse refuses (and YAML skips).
  const text = raw.replace(/^\uFEFF/, '');
  const isJson = /\.json$/i.test(file) || /^\s*\{/.test(text);
  let value: unknown;
  if (isJson) {
    try {
      value = JSON.parse(text);
    } catch {
      const where = locateJsonError(text);
      throw new UserError(`schema: ${file}:${where.line}:${where.column}: not valid JSON: ${where.reason}`, { file, line: where.line, column: where.column });
    }
    // JSON.parse keeps the last of a key given twice (YAML refuses it) and takes any depth: an enum
    // nested thousands deep overflowed the stack when its values were turned into text.
    const twice = duplicateJsonKey(text);
    if (twice) throw new UserError(`schema: ${file}:${twice.line}:${twice.column}: ${twice.reason}`, { file, line: twice.line, column: twice.column });
  }
  // YAML is a superset of JSON, so one parser also gives JSON files their line numbers.
  const located = await parseYaml(text, file, 'schema: ').catch((error: unknown) => {
    if (isJson) return undefined;
    throw error;
  });
  if (!isJson) value = located?.toJS();
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    if (!located) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const node = located.doc.getIn(path.slice(0, n), true);
      const line = located.lineOf(node);
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const fail = (path: readonly (string | number)[], message: string): never => {
    const line = lineOf(path);
    const where = path.length > 0 ? ` (${describePath(path)})` : '';
    throw new UserError(`schema: ${file}${line ? `:${line}` : ''}: ${message}${where}`, { file, line });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail([], 'a Table Schema must be a mapping with a `fields` list');
  const validate = profileValidator();
  if (!validate(value)) {
    const error = pickError(validate.errors ?? []);
    const path = pathOf(error);
    fail(path, explain(error));
  }
  const schema = value as TableSchema;
  const names = new Map<string, number>();
  schema.fields.forEach((field, i) => {
    if (names.has(field.name)) fail(['fields', i, 'name'], `field name '${field.name}' is used twice; field names must be unique`);
    names.set(field.name, i);
    const pattern = field.constraints?.pattern;
    if (pattern !== undefined) {
      try {
        new RegExp(`^(?:${pattern})$`, 'u');
      } catch (error) {
        fail(['fields', i, 'constraints', 'pattern'], `pattern is not a valid regular expression: ${(error as Error).message}`);
      }
    }
  });
  const keyNames = (key: string[] | string | undefined): string[] => (key === undefined ? [] : typeof key === 'string' ? [key] : key);
  keyNames(schema.primaryKey).forEach((name, i) => {
    if (!names.has(name))
      fail(typeof schema.primaryKey === 'string' ? ['primaryKey'] : ['primaryKey', i], `primaryKey names '${name}', which is not a field; fields: ${[...names.keys()].join(', ')}`);
  });
  (schema.uniqueKeys ?? []).forEach((key, k) =>
    key.forEach((name, i) => {
      if (!names.has(name)) fail(['uniqueKeys', k, i], `uniqueKeys names '${name}', which is not a field; fields: ${[...names.keys()].join(', ')}`);
    }),
  );
  return schema;
}

/** The primary key as a list of field names (a string primary key is one field). */
export function primaryKeyOf(schema: TableSchema): string[] {
  const key = schema.primaryKey;
  return key === undefined ? [] : typeof key === 'string' ? [key] : key;
}

// The most specific error: ajv reports a failing `oneOf` together with why each branch failed; the
// deepest one names the property that is actually wrong.
function pickError(errors: readonly ErrorObject[]): ErrorObject {
  let best = errors[0] as ErrorObject;
  for (const error of errors) {
    if (error.keyword === 'oneOf') continue;
    if (best.keyword === 'oneOf' || pathOf(error).length > pathOf(best).length) best = error;
  }
  return best;
}

function pathOf(error: ErrorObject): (string | number)[] {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  return extra === undefined ? parts : [...parts, extra];
}

function explain(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return `'${String(params.additionalProperty)}' is not a Table Schema constraint; allowed: ${allowed.join(', ')}`;
    }
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'required':
      return `missing required property '${String(params.missingProperty)}'`;
    case 'type':
      return `must be ${Array.isArray(params.type) ? params.type.join(' or ') : String(params.type)}`;
    default:
      return error.message ?? `fails '${error.keyword}'`;
  }
}

function describePath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
