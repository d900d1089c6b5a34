/**
 * Reading a Table Schema file: JSON or YAML, checked against the Table Schema profile (compiled ahead
 * of time by ajv: table-schema-check.ts) and for references that do not resolve. Kept apart from
 * table-schema.ts, so that the engine's worker thread loads none of it.
 */
import { readFile } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { UserError } from '../core/errors.js';
import { duplicateJsonKey, locateJsonError } from '../core/json-error.js';
import { parseYaml, type YamlDocument } from '../core/yaml.js';
import { validate as validateProfile } from './table-schema-check.js';
import type { TableSchema } from './table-schema.js';

// Compiled ahead of time (scripts/compile-schemas.mjs): ajv's compiler is neither loaded nor run here.
const checkProfile = validateProfile as unknown as ValidateFunction;

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
  let located: YamlDocument | undefined;
  if (!isJson) {
    located = await parseYaml(text, file, 'schema: ');
    value = located.toJS();
  }
  const problem = problemOf(value);
  if (!problem) return value as TableSchema;
  // YAML is a superset of JSON: a JSON file is parsed again as YAML only for the line of its problem.
  if (isJson) located = await parseYaml(text, file, 'schema: ').catch(() => undefined);
  const line = located ? lineOf(located, problem.path) : undefined;
  const where = problem.path.length > 0 ? ` (${describePath(problem.path)})` : '';
  throw new UserError(`schema: ${file}${line ? `:${line}` : ''}: ${problem.message}${where}`, { file, line });
}

/** The line of the deepest node of `path` that has one. */
function lineOf(located: YamlDocument, path: readonly (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = located.lineOf(located.doc.getIn(path.slice(0, n), true));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** What is wrong with a parsed schema, first found first; undefined when nothing is. */
function problemOf(value: unknown): Problem | undefined {
  try {
    checkSchema(value);
    return undefined;
  } catch (error) {
    if (error instanceof Problem) return error;
    throw error;
  }
}

class Problem {
  constructor(
    readonly path: readonly (string | number)[],
    readonly message: string,
  ) {}
}

function checkSchema(value: unknown): void {
  const fail = (path: readonly (string | number)[], message: string): never => {
    throw new Problem(path, message);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail([], 'a Table Schema must be a mapping with a `fields` list');
  if (!checkProfile(value)) {
    const error = pickError(checkProfile.errors ?? []);
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
