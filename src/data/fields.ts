import { UserError } from '../core/errors.js';
import {
  codePointLength,
  parseDateBytes,
  parseDatetimeBytes,
  parseIntegerBytes,
  parseNumberBytes,
  parseTimeBytes,
  parseYearBytes,
  slowNumber,
  type ParsedValue,
} from './cell-parsers.js';
import { CHECKED_TYPES, type MissingValue, type TableSchema, type TableSchemaField } from './table-schema.js';
import { TextMemo } from './text-memo.js';

/**
 * A cell's value once parsed: numbers, dates (days), datetimes (seconds) and booleans (0/1) in `num`.
 * Text is never decoded per cell: text constraints read the bytes (see {@link TextMemo}).
 */
export type CellValue = ParsedValue;

/** Numeric comparisons the validator runs inline instead of calling {@link CompiledConstraint.test}. */
export const enum BoundOp {
  None = 0,
  Minimum = 1,
  Maximum = 2,
  ExclusiveMinimum = 3,
  ExclusiveMaximum = 4,
  /** Bounds on a text's length in characters (checked by `test`; `bound` holds the length). */
  MinLength = 5,
  MaxLength = 6,
}

/** How the validator parses a field's cells: the common default forms get a direct call. */
export const enum ParseKind {
  /** Call {@link CompiledField.parse}. */
  Generic = 0,
  Integer = 1,
  Number = 2,
  Date = 3,
  /** A default-format string: every cell is valid. */
  Text = 4,
  /** A boolean with the default true and false values. */
  Boolean = 5,
}

/** A constraint compiled for one field. */
export interface CompiledConstraint {
  /** Set for numeric bounds: the validator compares `value.num` with {@link bound} itself. */
  readonly op: BoundOp;
  readonly bound: number;
  /** The constraint name: minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern, enum. */
  readonly name: string;
  /** What is allowed, for messages, e.g. 'at least 0' or "one of: a, b". */
  readonly allowed: string;
  /** True when the (valid, not missing) cell satisfies the constraint. */
  test(buf: Buffer, s: number, e: number, value: CellValue): boolean;
}

type Parser = (buf: Buffer, s: number, e: number, out: CellValue) => boolean;

/** A field ready to check cells given as byte ranges. */
export interface CompiledField {
  readonly name: string;
  /** 1-based position in the schema. */
  readonly number: number;
  readonly type: string;
  /** False when the type or format is not checked; `unsupported` says why. */
  readonly supported: boolean;
  readonly unsupported?: string;
  /** Values land in `num` (number, integer, year, boolean, date, time, datetime). */
  readonly numeric: boolean;
  /** The value is text (string, any, unsupported types): decode it, check UTF-8. */
  readonly textual: boolean;
  readonly required: boolean;
  readonly unique: boolean;
  /** Profiled as numbers (number, integer, year) or categories (string, boolean), or not at all. */
  readonly profileKind: 'numeric' | 'categorical' | undefined;
  readonly constraints: readonly CompiledConstraint[];
  /** True when the cell is one of the field's missing values. */
  isMissing(buf: Buffer, s: number, e: number): boolean;
  /** Casts the cell; false is a type error. */
  parse: Parser;
  /** What {@link parse} is, so the validator can call it directly. */
  readonly parseKind: ParseKind;
  /** The missing values are just `""` (the default): {@link isMissing} is `s === e`. */
  readonly missingIsEmpty: boolean;
}

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const STRING_FORMATS: Record<string, RegExp | undefined> = {
  // The lookahead settles the shape first: alone, a cell like "a@....... " backtracked over every dot.
  email: /^(?=[^@\s]+@[^@\s]+$)[^@\s]+@[^@\s]+\.[^@\s]+$/u,
  uri: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/u,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/u,
  binary: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u,
};

function missingTexts(values: readonly MissingValue[]): string[] {
  return values.map((v) => (typeof v === 'string' ? v : v.value));
}

/** A byte matcher for missing values; the default `[""]` is a length test. */
function missingMatcher(values: readonly string[]): CompiledField['isMissing'] {
  if (values.length === 1 && values[0] === '') return (_b, s, e) => s === e;
  if (values.length === 0) return () => false;
  const encoded = values.map((v) => Buffer.from(v));
  const longest = Math.max(...encoded.map((b) => b.length));
  return (buf, s, e) => {
    const n = e - s;
    if (n > longest) return false;
    for (const m of encoded) {
      if (m.length !== n) continue;
      let same = true;
      for (let k = 0; k < n; k++) {
        if (buf[s + k] !== m[k]) {
          same = false;
          break;
        }
      }
      if (same) return true;
    }
    return false;
  };
}

function textOf(buf: Buffer, s: number, e: number): string {
  return buf.toString('utf8', s, e);
}

/** Number parser honouring decimalChar, groupChar and bareNumber: the fast path when all are default. */
function numberParser(field: TableSchemaField, integer: boolean): Parser {
  const plain = integer ? parseIntegerBytes : parseNumberBytes;
  const decimal = field.decimalChar ?? '.';
  const group = field.groupChar;
  const bare = field.bareNumber ?? true;
  if (decimal === '.' && group === undefined && bare) return plain;
  return (buf, s, e, out) => {
    let text = textOf(buf, s, e);
    if (!bare) text = numberPart(text);
    if (group !== undefined) text = text.split(group).join('');
    if (decimal !== '.') text = text.split(decimal).join('.');
    if (integer) return /^[+-]?\d+$/.test(text) && ((out.num = Number(text)), true);
    return slowNumber(text, out);
  };
}

/**
 * The number in a cell with other characters around it (`bareNumber: false`: "€ 1.5", "95%"): what
 * lies between the first sign, digit or point and the last digit or point, and no non-digits after the
 * sign. Found by index: a `[^\d.]+$` search restarts at every character of a long run of non-digits,
 * which made one 80 KB cell take 6 s.
 */
function numberPart(text: string): string {
  const start = text.search(/[\d+\-.]/);
  if (start < 0) return '';
  let end = text.length;
  while (end > start && !/[\d.]/.test(text[end - 1] as string)) end--;
  return text.slice(start, end).replace(/^([+-]?)[^\d.]*/u, '$1');
}

function anyDateParser(kind: 'date' | 'time' | 'datetime'): Parser {
  return (buf, s, e, out) => {
    const text = textOf(buf, s, e);
    const ms = Date.parse(kind === 'time' ? `1970-01-01T${text}` : text);
    if (Number.isNaN(ms)) return false;
    out.num = kind === 'date' ? Math.floor(ms / 86_400_000) : kind === 'time' ? (ms / 1000) % 86400 : ms / 1000;
    return true;
  };
}

interface TypeSetup {
  parse: Parser;
  numeric: boolean;
  unsupported?: string;
  kind?: ParseKind;
}

function setupType(field: TableSchemaField, type: string): TypeSetup {
  const format = field.format ?? 'default';
  const dateLike = (kind: 'date' | 'time' | 'datetime', parse: Parser): TypeSetup => {
    if (format === 'default') return { parse, numeric: true, kind: kind === 'date' ? ParseKind.Date : ParseKind.Generic };
    if (format === 'any') return { parse: anyDateParser(kind), numeric: true };
    return { parse: () => true, numeric: false, unsupported: `${kind} format '${format}' is not checked (only 'default' ISO 8601 and 'any' are)` };
  };
  switch (type) {
    case 'string': {
      if (format === 'default') return { parse: () => true, numeric: false, kind: ParseKind.Text };
      const pattern = STRING_FORMATS[format];
      if (!pattern) return { parse: () => true, numeric: false, unsupported: `string format '${format}' is not checked (default, email, uri, uuid and binary are)` };
      const memo = new TextMemo((text) => pattern.test(text));
      return { parse: (buf, s, e) => memo.test(buf, s, e), numeric: false };
    }
    case 'any':
      return { parse: () => true, numeric: false };
    case 'integer': {
      const parse = numberParser(field, true);
      return { parse, numeric: true, kind: parse === parseIntegerBytes ? ParseKind.Integer : ParseKind.Generic };
    }
    case 'number': {
      const parse = numberParser(field, false);
      return { parse, numeric: true, kind: parse === parseNumberBytes ? ParseKind.Number : ParseKind.Generic };
    }
    case 'year':
      return { parse: parseYearBytes, numeric: true };
    case 'boolean': {
      const truthy = missingMatcher(field.trueValues ?? DEFAULT_TRUE);
      const falsy = missingMatcher(field.falseValues ?? DEFAULT_FALSE);
      return {
        parse: (buf, s, e, out) => (truthy(buf, s, e) ? ((out.num = 1), true) : falsy(buf, s, e) ? ((out.num = 0), true) : false),
        numeric: true,
        kind: field.trueValues === undefined && field.falseValues === undefined ? ParseKind.Boolean : ParseKind.Generic,
      };
    }
    case 'date':
      return dateLike('date', parseDateBytes);
    case 'time':
      return dateLike('time', parseTimeBytes);
    case 'datetime':
      return dateLike('datetime', parseDatetimeBytes);
    default:
      return { parse: () => true, numeric: false, unsupported: `type '${type}' is not checked (supported: ${[...CHECKED_TYPES].join(', ')})` };
  }
}

/**
 * Compiles one field of `schema` (position `index`). Constraint values that do not fit the field's
 * type (a minimum that is not a number for an integer field) are {@link UserError}s naming `schemaFile`.
 */
export function compileField(schema: TableSchema, index: number, schemaFile: string): CompiledField {
  const field = schema.fields[index] as TableSchemaField;
  const type = field.type ?? 'string';
  const setup = setupType(field, type);
  const c = field.constraints ?? {};
  const bad = (constraint: string, message: string): never => {
    throw new UserError(`schema: ${schemaFile}: field '${field.name}', constraint ${constraint}: ${message}`, { file: schemaFile });
  };
  const scratch: CellValue = { num: 0 };
  const bound = (name: string, raw: number | string): number => {
    if (!setup.numeric || type === 'boolean') bad(name, `applies to number, integer, year, date, time and datetime fields, not ${type}`);
    if (typeof raw === 'number') return raw;
    const bytes = Buffer.from(raw);
    if (!setup.parse(bytes, 0, bytes.length, scratch)) bad(name, `'${raw}' is not a valid ${type}`);
    return scratch.num;
  };
  const constraints: CompiledConstraint[] = [];
  const numericBound = (name: string, raw: number | string | undefined, op: BoundOp, ok: (v: number, b: number) => boolean, words: string) => {
    if (raw === undefined) return;
    const b = bound(name, raw);
    constraints.push({ name, op, bound: b, allowed: `${words} ${raw}`, test: (_buf, _s, _e, v) => ok(v.num, b) });
  };
  numericBound('minimum', c.minimum, BoundOp.Minimum, (v, b) => v >= b, 'at least');
  numericBound('maximum', c.maximum, BoundOp.Maximum, (v, b) => v <= b, 'at most');
  numericBound('exclusiveMinimum', c.exclusiveMinimum, BoundOp.ExclusiveMinimum, (v, b) => v > b, 'more than');
  numericBound('exclusiveMaximum', c.exclusiveMaximum, BoundOp.ExclusiveMaximum, (v, b) => v < b, 'less than');
  const length = (buf: Buffer, s: number, e: number) => codePointLength(buf, s, e);
  if (c.minLength !== undefined) {
    const n = c.minLength;
    constraints.push({ name: 'minLength', op: BoundOp.MinLength, bound: n, allowed: `at least ${n} characters`, test: (buf, s, e) => length(buf, s, e) >= n });
  }
  if (c.maxLength !== undefined) {
    const n = c.maxLength;
    constraints.push({ name: 'maxLength', op: BoundOp.MaxLength, bound: n, allowed: `at most ${n} characters`, test: (buf, s, e) => length(buf, s, e) <= n });
  }
  if (c.pattern !== undefined) {
    const regex = new RegExp(`^(?:${c.pattern})$`, 'u');
    // Keyed by bytes, which decode to one text: the same answer as testing the decoded cell each time.
    const memo = new TextMemo((text) => regex.test(text));
    constraints.push({ name: 'pattern', op: BoundOp.None, bound: 0, allowed: `matching /${c.pattern}/`, test: (buf, s, e) => memo.test(buf, s, e) });
  }
  if (c.enum !== undefined) {
    const listed = c.enum.map(String).join(', ');
    if (setup.numeric) {
      const allowed = new Set(
        c.enum.map((raw) => {
          if (typeof raw === 'number') return raw;
          if (typeof raw === 'boolean') return raw ? 1 : 0;
          const bytes = Buffer.from(String(raw));
          if (!setup.parse(bytes, 0, bytes.length, scratch)) bad('enum', `'${String(raw)}' is not a valid ${type}`);
          return scratch.num;
        }),
      );
      constraints.push({ name: 'enum', op: BoundOp.None, bound: 0, allowed: `one of: ${listed}`, test: (_buf, _s, _e, v) => allowed.has(v.num) });
    } else {
      const allowed = new Set(c.enum.map(String));
      const memo = new TextMemo((text) => allowed.has(text));
      constraints.push({ name: 'enum', op: BoundOp.None, bound: 0, allowed: `one of: ${listed}`, test: (buf, s, e) => memo.test(buf, s, e) });
    }
  }
  const missing = missingTexts(field.missingValues ?? schema.missingValues ?? ['']);
  const supported = setup.unsupported === undefined;
  const profileKind = !supported
    ? undefined
    : type === 'number' || type === 'integer' || type === 'year'
      ? 'numeric'
      : type === 'string' || type === 'boolean'
        ? 'categorical'
        : undefined;
  return {
    name: field.name,
    number: index + 1,
    type,
    supported,
    unsupported: setup.unsupported,
    numeric: setup.numeric,
    textual: !setup.numeric,
    required: c.required === true,
    unique: c.unique === true,
    profileKind,
    constraints,
    isMissing: missingMatcher(missing),
    parse: setup.parse,
    parseKind: setup.kind ?? ParseKind.Generic,
    missingIsEmpty: missing.length === 1 && missing[0] === '',
  };
}
