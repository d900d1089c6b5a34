import { type CsvRecord, Quoting } from '../core/csv-scanner.js';
import { isAsciiRange, isUtf8Range, parseBooleanBytes, parseDateBytes, parseIntegerBytes, parseNumberBytes } from './cell-parsers.js';
import { type CheckResult, type CheckTally, type DataError, truncateCell } from './check-results.js';
import type { RunningStats } from './checks.js';
import { BoundOp, type CellValue, type CompiledConstraint, type CompiledField, ParseKind } from './fields.js';
import type { ProfileBuilder } from './profile.js';
import { TextMemo } from './text-memo.js';
import type { UniqueIndex } from './unique.js';

const TRUE = Buffer.from('true');
/** Days of 0000-01-01 and 9999-12-31: a Parquet date outside is not an ISO `YYYY-MM-DD` date. */
export const FIRST_DAY = -719528;
export const LAST_DAY = 2932896;
const EMPTY = Buffer.alloc(0);

/** Whether a numeric bound holds for `v`; undefined for a constraint that is not a bound. */
function boundHolds(c: CompiledConstraint, v: number): boolean | undefined {
  switch (c.op) {
    case BoundOp.Minimum:
      return v >= c.bound;
    case BoundOp.Maximum:
      return v <= c.bound;
    case BoundOp.ExclusiveMinimum:
      return v > c.bound;
    case BoundOp.ExclusiveMaximum:
      return v < c.bound;
    default:
      return undefined;
  }
}

/** Where a cell is: the record's 0-based index (the header is 0) and its 1-based line (0 when the format has none). */
export interface Position {
  index: number;
  line: number;
}
const FALSE = Buffer.from('false');

/** A composite key (primary key, unique key, whole row) checked for repeats. */
export interface KeyCheck {
  /** Schema field indexes making the key; empty means every cell of the row. */
  fields: number[];
  index: UniqueIndex;
  /** Primary keys refuse missing parts; unique keys skip rows with one. */
  primary: boolean;
  check: CheckResult;
}

/** Per-field things to do beyond the schema, set up by the orchestrator. */
export interface FieldExtras {
  unique?: UniqueIndex;
  stats?: RunningStats;
  /** Column in the profile builder, or -1. */
  profileColumn: number;
  /** Categories of the reference profile, for newCategories. */
  reference?: Set<string>;
  /** Membership in {@link reference}, memoised by the cell's bytes. */
  referenceMemo?: TextMemo;
  newValues?: Map<string, { count: number; rowNumber: number; line: number; source: number }>;
}

/** The checks a field fails into, registered up front. */
export interface FieldChecks {
  type: CheckResult;
  required: CheckResult;
  constraints: CheckResult[];
}

/**
 * Checks rows, cell by cell, straight from the bytes the readers hand over. One instance serves all
 * sources of a dataset (uniqueness spans files); {@link startSource} sets the column mapping.
 */
export class RowValidator {
  rows = 0;
  /** Missing cells and rows where the column exists, per field. */
  readonly nulls: Float64Array;
  readonly present: Float64Array;
  private columnOfField: Int32Array = new Int32Array(0);
  private width = 0;
  private source = 0;
  private file = '';
  private readonly value: CellValue = { num: 0 };
  private keyBuf = Buffer.alloc(1024);
  /** The fields {@link row} checks: {@link ownedFields}, or fewer (see {@link restrict}). */
  private owned: Uint8Array;
  private deferredEncoding: DataError[] | undefined;

  constructor(
    private readonly fields: readonly CompiledField[],
    private readonly checks: readonly FieldChecks[],
    private readonly extras: readonly FieldExtras[],
    private readonly keys: readonly KeyCheck[],
    private readonly tally: CheckTally,
    private readonly shape: CheckResult,
    private readonly encoding: CheckResult,
    private readonly profile: ProfileBuilder | undefined,
    /** 1 for the fields this validator checks (another thread may check the others). */
    private readonly ownedFields: Uint8Array = new Uint8Array(fields.length).fill(1),
    /** Whether this validator checks row shapes (its keys are given in `keys`). */
    private readonly rowLevel = true,
  ) {
    this.nulls = new Float64Array(fields.length);
    this.present = new Float64Array(fields.length);
    this.owned = ownedFields;
  }

  /** Starts a file: which column holds each field, how many columns the header has. */
  startSource(source: number, file: string, columnOfField: Int32Array, width: number): void {
    this.source = source;
    this.file = file;
    this.columnOfField = columnOfField;
    this.width = width;
  }

  private error(type: string, record: Position, message: string, f?: CompiledField, cell?: string): DataError {
    const error: DataError = { type, severity: 'error', file: this.file, rowNumber: record.index + 1, message };
    if (record.line > 0) error.line = record.line;
    if (f) {
      error.fieldName = f.name;
      error.fieldNumber = f.number;
    }
    if (cell !== undefined) error.cell = truncateCell(cell);
    return error;
  }

  /** Checks one data row. */
  row(record: CsvRecord): void {
    this.rows++;
    this.profile?.addRows(1);
    const count = record.count;
    if (count === 1 && this.width > 1 && record.quoting[0] === Quoting.Plain && record.starts[0] === record.ends[0]) {
      if (this.rowLevel) this.tally.fail(this.shape, () => this.error('blank-row', record, 'the row is empty'));
      return;
    }
    if (count !== this.width && this.rowLevel) {
      const type = count < this.width ? 'missing-cell' : 'extra-cell';
      this.tally.fail(this.shape, () =>
        this.error(type, record, `the row has ${count} cells, the header ${this.width}${count > this.width ? '' : '; missing cells are not filled in'}`),
      );
    }
    const owned = this.owned;
    for (let f = 0; f < owned.length; f++) {
      const column = this.columnOfField[f] as number;
      if (column < 0 || column >= count || owned[f] === 0) continue;
      // bufferOf first: it may move an escaped field into a scratch buffer, changing its bounds.
      const buf = record.bufferOf(column);
      this.cell(f, buf, record.starts[column] as number, record.ends[column] as number, record.quoting[column] === Quoting.Null, record);
    }
    for (let k = 0; k < this.keys.length; k++) this.key(this.keys[k] as KeyCheck, record);
  }

  /**
   * Checks one cell of field `f`, the bytes `buf[s, e)` as a CSV holds them (`isNull`: a null, not an
   * empty text). Every reader's path for a cell ends here or in {@link tryNumber}.
   */
  cell(f: number, buf: Buffer, s: number, e: number, isNull: boolean, at: Position): void {
    const field = this.fields[f] as CompiledField;
    const extra = this.extras[f] as FieldExtras;
    const value = this.value;
    this.present[f] = (this.present[f] as number) + 1;
    if (isNull || (field.missingIsEmpty ? s === e : field.isMissing(buf, s, e))) {
      this.nulls[f] = (this.nulls[f] as number) + 1;
      if (field.required) {
        const check = (this.checks[f] as FieldChecks).required;
        this.tally.fail(check, () => this.error('constraint-error', at, `'${field.name}' is required but the cell is missing`, field, ''));
      }
      if (extra.profileColumn >= 0) this.profile?.addNull(extra.profileColumn);
      return;
    }
    if (field.textual && !isAsciiRange(buf, s, e) && !isUtf8Range(buf, s, e)) {
      const error = this.error('encoding-error', at, 'the cell is not valid UTF-8', field, buf.toString('latin1', s, e));
      if (this.deferredEncoding) this.deferredEncoding.push(error);
      else this.tally.fail(this.encoding, error);
      return;
    }
    // Direct calls for the default forms: the generic `field.parse` call site sees every type.
    let parsed: boolean;
    switch (field.parseKind) {
      case ParseKind.Integer:
        parsed = parseIntegerBytes(buf, s, e, value);
        break;
      case ParseKind.Number:
        parsed = parseNumberBytes(buf, s, e, value);
        break;
      case ParseKind.Date:
        parsed = parseDateBytes(buf, s, e, value);
        break;
      case ParseKind.Text:
        parsed = true;
        break;
      case ParseKind.Boolean:
        parsed = parseBooleanBytes(buf, s, e, value);
        break;
      default:
        parsed = field.parse(buf, s, e, value);
    }
    if (!parsed) {
      const check = (this.checks[f] as FieldChecks).type;
      this.tally.fail(check, () => this.error('type-error', at, `'${buf.toString('utf8', s, e)}' is not a valid ${field.type}`, field, buf.toString('utf8', s, e)));
      return;
    }
    const constraints = field.constraints;
    for (let k = 0; k < constraints.length; k++) {
      const constraint = constraints[k] as (typeof constraints)[number];
      let ok: boolean;
      switch (constraint.op) {
        case BoundOp.Minimum:
          ok = value.num >= constraint.bound;
          break;
        case BoundOp.Maximum:
          ok = value.num <= constraint.bound;
          break;
        case BoundOp.ExclusiveMinimum:
          ok = value.num > constraint.bound;
          break;
        case BoundOp.ExclusiveMaximum:
          ok = value.num < constraint.bound;
          break;
        default:
          ok = constraint.test(buf, s, e, value);
      }
      if (!ok) {
        const check = (this.checks[f] as FieldChecks).constraints[k] as CheckResult;
        this.tally.fail(check, () =>
          this.error(
            'constraint-error',
            at,
            `'${buf.toString('utf8', s, e)}' breaks ${constraint.name}: ${field.name} must be ${constraint.allowed}`,
            field,
            buf.toString('utf8', s, e),
          ),
        );
      }
    }
    if (extra.unique) {
      if (field.numeric) {
        // -0 and 0 are one value: `+ 0` makes -0 into 0.
        extra.unique.addNumber(value.num + 0, this.source, at.index + 1, at.line);
      } else extra.unique.add(buf, s, e, this.source, at.index + 1, at.line);
    }
    this.parsedTail(field, extra, at, buf, s, e);
  }

  /**
   * The fast path of a typed value (Parquet): a number, date (days) or boolean (1/0) that `f` reads as
   * it would read its text, every constraint a bound it meets. Returns false, having done nothing,
   * when the value needs its text: the caller then checks the text with {@link cell}.
   */
  tryNumber(f: number, v: number, at: Position): boolean {
    const field = this.fields[f] as CompiledField;
    const extra = this.extras[f] as FieldExtras;
    // New categories are looked up by their text (a boolean's by its value).
    if (extra.reference && field.type !== 'boolean') return false;
    const constraints = field.constraints;
    // Only bounds are checked without the text.
    for (let k = 0; k < constraints.length; k++) if (boundHolds(constraints[k] as CompiledConstraint, v) !== true) return false;
    this.present[f] = (this.present[f] as number) + 1;
    this.value.num = v;
    if (extra.unique) {
      extra.unique.addNumber(v + 0, this.source, at.index + 1, at.line);
    }
    this.parsedTail(field, extra, at, EMPTY, 0, 0);
    return true;
  }

  /**
   * {@link tryNumber} for a column at once: the typed values `values[0, rows)` of field `f` (rows
   * `at.index + 1` on; `nulls[i] === 1` marks a null), each of `kind` read exactly as its text would
   * be. Returns false, having done nothing, unless every value takes the fast path: the caller then
   * checks value by value. Bounds hold for every value when they hold for the least and the greatest.
   */
  numbers(f: number, values: Float64Array, nulls: Uint8Array | undefined, rows: number, kind: 'integer' | 'number' | 'date' | 'boolean', at: Position): boolean {
    const field = this.fields[f] as CompiledField;
    const extra = this.extras[f] as FieldExtras;
    if (extra.reference && field.type !== 'boolean') return false;
    let least = Infinity;
    let greatest = -Infinity;
    for (let i = 0; i < rows; i++) {
      if (nulls !== undefined && nulls[i] === 1) continue;
      const v = values[i] as number;
      if (v < least) least = v;
      if (v > greatest) greatest = v;
      if (v !== v || (kind === 'integer' && !Number.isSafeInteger(v))) return false;
    }
    if (kind === 'date' && (least < FIRST_DAY || greatest > LAST_DAY)) return false;
    for (const c of field.constraints) if (least <= greatest && (boundHolds(c, least) !== true || boundHolds(c, greatest) !== true)) return false;
    const first = at.index;
    const profile = extra.profileColumn >= 0 ? this.profile : undefined;
    // A boolean's new categories are looked up value by value; anything else is counted here.
    const each = extra.reference !== undefined;
    const booleans = field.type === 'boolean' && profile !== undefined;
    const isNull = (i: number) => nulls !== undefined && nulls[i] === 1;
    // One pass per kind of work; each keeps row order, which is all its results depend on.
    if (nulls !== undefined) {
      for (let i = 0; i < rows; i++) {
        if (nulls[i] !== 1) continue;
        at.index = first + i;
        this.cell(f, EMPTY, 0, 0, true, at);
      }
    }
    const unique = extra.unique;
    if (unique) for (let i = 0; i < rows; i++) if (!isNull(i)) unique.addNumber((values[i] as number) + 0, this.source, first + i + 1, at.line);
    const stats = each ? undefined : extra.stats;
    if (stats) {
      for (let i = 0; i < rows; i++) {
        const v = values[i] as number;
        if (!isNull(i) && v - v === 0) stats.add(v + 0);
      }
    }
    if (each) {
      for (let i = 0; i < rows; i++) {
        if (isNull(i)) continue;
        at.index = first + i;
        this.value.num = (values[i] as number) + 0;
        this.parsedTail(field, extra, at, EMPTY, 0, 0);
      }
    }
    let ones = 0;
    let firstValue = -1;
    if (booleans && !each) {
      for (let i = 0; i < rows; i++) {
        if (isNull(i)) continue;
        if (firstValue < 0) firstValue = values[i] as number;
        ones += values[i] as number;
      }
    }
    let nullCount = 0;
    if (nulls !== undefined) for (let i = 0; i < rows; i++) nullCount += nulls[i] as number;
    this.present[f] = (this.present[f] as number) + rows - nullCount;
    if (each || !profile) return true;
    if (booleans) {
      // In the order they first appear, as cell() meets them.
      const counts = firstValue === 1 ? [ones, rows - nullCount - ones] : [rows - nullCount - ones, ones];
      const texts = firstValue === 1 ? [TRUE, FALSE] : [FALSE, TRUE];
      for (let k = 0; k < 2; k++) if ((counts[k] as number) > 0) profile.addCategoryBytes(extra.profileColumn, texts[k] as Buffer, 0, (texts[k] as Buffer).length, counts[k]);
    } else if (field.profileKind === 'numeric') profile.addNumbers(extra.profileColumn, values, nulls, 0, rows);
    return true;
  }

  /**
   * {@link cell} for a column of texts at once: `data[starts[i], ends[i])` of field `f` (rows
   * `at.index + 1` on; `nulls[i] === 1` marks a null). Returns false, having done nothing, unless
   * every cell is a text that passes every check: the caller then checks cell by cell. Text of ASCII
   * only (the whole buffer tells) has as many characters as bytes, so its lengths need no count.
   */
  texts(f: number, data: Buffer, starts: Int32Array, ends: Int32Array, nulls: Uint8Array | undefined, rows: number, at: Position): boolean {
    const field = this.fields[f] as CompiledField;
    const extra = this.extras[f] as FieldExtras;
    if (field.parseKind !== ParseKind.Text || !field.missingIsEmpty || extra.reference || extra.stats) return false;
    const ascii = isAsciiRange(data, 0, data.length);
    const constraints = field.constraints;
    const value = this.value;
    for (let i = 0; i < rows; i++) {
      if (nulls !== undefined && nulls[i] === 1) continue;
      const s = starts[i] as number;
      const e = ends[i] as number;
      if (s === e || (!ascii && !isUtf8Range(data, s, e))) return false;
      for (let k = 0; k < constraints.length; k++) {
        const c = constraints[k] as CompiledConstraint;
        const ok = ascii && c.op === BoundOp.MaxLength ? e - s <= c.bound : ascii && c.op === BoundOp.MinLength ? e - s >= c.bound : c.test(data, s, e, value);
        if (!ok) return false;
      }
    }
    const first = at.index;
    let present = 0;
    for (let i = 0; i < rows; i++) {
      if (nulls !== undefined && nulls[i] === 1) {
        at.index = first + i;
        this.cell(f, EMPTY, 0, 0, true, at);
      } else present++;
    }
    this.present[f] = (this.present[f] as number) + present;
    const unique = extra.unique;
    if (unique)
      for (let i = 0; i < rows; i++) if (nulls === undefined || nulls[i] !== 1) unique.add(data, starts[i] as number, ends[i] as number, this.source, first + i + 1, at.line);
    const profile = extra.profileColumn >= 0 ? this.profile : undefined;
    if (profile)
      for (let i = 0; i < rows; i++) if (nulls === undefined || nulls[i] !== 1) profile.addCategoryBytes(extra.profileColumn, data, starts[i] as number, ends[i] as number);
    return true;
  }

  /**
   * Whether the cells of field `f` may be counted in bulk, value by value ({@link textPasses},
   * {@link countText}): nothing it does depends on the row but counts (no uniqueness, new categories,
   * running statistics or numeric profile).
   */
  countable(f: number): boolean {
    const field = this.fields[f] as CompiledField;
    const extra = this.extras[f] as FieldExtras;
    return !extra.unique && !extra.reference && !extra.stats && !field.numeric && field.profileKind !== 'numeric';
  }

  /** Whether {@link cell} would pass the text `buf[s, e)` of field `f` (not missing, every check met); no side effects. */
  textPasses(f: number, buf: Buffer, s: number, e: number): boolean {
    const field = this.fields[f] as CompiledField;
    if (field.missingIsEmpty ? s === e : field.isMissing(buf, s, e)) return false;
    if (field.textual && !isAsciiRange(buf, s, e) && !isUtf8Range(buf, s, e)) return false;
    const value = this.value;
    if (!field.parse(buf, s, e, value)) return false;
    for (const c of field.constraints) if (!(boundHolds(c, value.num) ?? c.test(buf, s, e, value))) return false;
    return true;
  }

  /** What {@link cell} does for `count` cells of field `f` holding `buf[s, e)`, which {@link textPasses}. */
  countText(f: number, buf: Buffer, s: number, e: number, count: number): void {
    const extra = this.extras[f] as FieldExtras;
    this.present[f] = (this.present[f] as number) + count;
    if (extra.profileColumn >= 0) this.profile?.addCategoryBytes(extra.profileColumn, buf, s, e, count);
  }

  /** Running statistics, the profile and new categories of a parsed, checked cell. */
  private parsedTail(field: CompiledField, extra: FieldExtras, at: Position, buf: Buffer, s: number, e: number): void {
    const value = this.value;
    if (extra.stats && Number.isFinite(value.num)) extra.stats.add(value.num);
    if (extra.profileColumn >= 0 && this.profile) {
      if (field.profileKind === 'numeric') this.profile.addNumber(extra.profileColumn, value.num);
      else if (field.type === 'boolean') {
        const text = value.num === 1 ? TRUE : FALSE;
        this.profile.addCategoryBytes(extra.profileColumn, text, 0, text.length);
      } else this.profile.addCategoryBytes(extra.profileColumn, buf, s, e);
    }
    if (extra.reference) this.checkCategory(field, extra, extra.reference, buf, s, e, at);
  }

  /** The column holding field `f` in the current source, or -1. */
  columnOf(f: number): number {
    return this.columnOfField[f] ?? -1;
  }

  /** Whether this validator checks field `f`. */
  owns(f: number): boolean {
    return this.ownedFields[f] === 1;
  }

  /** The columns the composite keys read (every column for whole-row repeats), in order; none when this validator checks no keys. */
  keyColumns(width: number): number[] {
    if (this.keys.length === 0) return [];
    if (this.keys.some((k) => k.fields.length === 0)) return Array.from({ length: width }, (_, i) => i);
    // A key with a column this file lacks is skipped, as row() skips it: none left means no key work.
    const columns = new Set(this.keys.flatMap((k) => k.fields.map((f) => this.columnOf(f)).filter((c) => c >= 0)));
    return [...columns].sort((a, b) => a - b);
  }

  /** Counts rows checked without {@link row} (Parquet fields checked by column). */
  countRows(count: number): void {
    this.rows += count;
    this.profile?.addRows(count);
  }

  /**
   * Which fields {@link row} checks, within those this validator owns (all of them again without a
   * mask): a Parquet reader checks some fields by column and the rest, with the keys, by row.
   */
  restrict(mask: Uint8Array | undefined): void {
    this.owned = mask ? this.ownedFields.map((o, i) => o & (mask[i] as number)) : this.ownedFields;
  }

  /** Holds encoding errors back until {@link flushEncoding}, which counts them by row, then field. */
  deferEncoding(): void {
    this.deferredEncoding ??= [];
  }

  flushEncoding(): void {
    const errors = this.deferredEncoding;
    if (!errors) return;
    errors.sort((a, b) => (a.rowNumber ?? 0) - (b.rowNumber ?? 0) || (a.fieldNumber ?? 0) - (b.fieldNumber ?? 0));
    for (const error of errors) this.tally.fail(this.encoding, error);
    errors.length = 0;
  }

  /** newCategories: counts the cell when the reference profile lacks its category. */
  private checkCategory(field: CompiledField, extra: FieldExtras, reference: Set<string>, buf: Buffer, s: number, e: number, record: Position): void {
    if (field.type === 'boolean') {
      const text = this.value.num === 1 ? 'true' : 'false';
      if (!reference.has(text)) this.newCategory(extra, text, record);
      return;
    }
    extra.referenceMemo ??= new TextMemo((text) => reference.has(text));
    if (!extra.referenceMemo.test(buf, s, e)) this.newCategory(extra, buf.toString('utf8', s, e), record);
  }

  private newCategory(extra: FieldExtras, text: string, record: Position): void {
    extra.newValues ??= new Map();
    const seen = extra.newValues.get(text);
    if (seen) seen.count++;
    // Bounded: a column of ids would otherwise grow without limit; the count stays exact via `count`.
    else if (extra.newValues.size < 10_000) extra.newValues.set(text, { count: 1, rowNumber: record.index + 1, line: record.line, source: this.source });
  }

  /** Appends the cells of a composite key as length-prefixed bytes; false when a part is missing. */
  private key(key: KeyCheck, record: CsvRecord): void {
    let at = 0;
    const parts = key.fields.length > 0 ? key.fields.length : record.count;
    for (let k = 0; k < parts; k++) {
      let column: number;
      let field: CompiledField | undefined;
      if (key.fields.length > 0) {
        field = this.fields[key.fields[k] as number] as CompiledField;
        column = this.columnOfField[key.fields[k] as number] as number;
        if (column < 0 || column >= record.count) return;
      } else column = k;
      const buf = record.bufferOf(column);
      const s = record.starts[column] as number;
      const e = record.ends[column] as number;
      const isNull = record.quoting[column] === Quoting.Null || (field !== undefined && field.isMissing(buf, s, e));
      if (isNull && field) {
        if (key.primary) {
          this.tally.fail(key.check, () =>
            this.error('primary-key', record, `primary key field '${(field as CompiledField).name}' is missing; primary key cells must not be empty`, field, ''),
          );
        }
        return;
      }
      if (at + 5 + (e - s) > this.keyBuf.length) {
        const grown = Buffer.alloc(Math.max(this.keyBuf.length * 2, at + 5 + (e - s)));
        this.keyBuf.copy(grown, 0, 0, at);
        this.keyBuf = grown;
      }
      this.keyBuf[at] = isNull ? 1 : 0;
      this.keyBuf.writeUInt32LE(e - s, at + 1);
      buf.copy(this.keyBuf, at + 5, s, e);
      at += 5 + (e - s);
    }
    key.index.add(this.keyBuf, 0, at, this.source, record.index + 1, record.line);
  }
}
