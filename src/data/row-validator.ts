import { type CsvRecord, Quoting } from '../core/csv-scanner.js';
import { isAsciiRange, isUtf8Range, parseBooleanBytes, parseDateBytes, parseIntegerBytes, parseNumberBytes } from './cell-parsers.js';
import { type CheckResult, type CheckTally, type DataError, truncateCell } from './check-results.js';
import type { RunningStats } from './checks.js';
import { BoundOp, type CellValue, type CompiledField, ParseKind } from './fields.js';
import type { ProfileBuilder } from './profile.js';
import { TextMemo } from './text-memo.js';
import type { UniqueIndex } from './unique.js';

/** Where a cell is: the record's 0-based index (the header is 0) and its 1-based line (0 when the format has none). */
export interface Position {
  index: number;
  line: number;
}

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
  protected source = 0;
  private file = '';
  protected readonly value: CellValue = { num: 0 };
  private keyBuf = Buffer.alloc(1024);
  /** The fields {@link row} checks: {@link ownedFields}, or fewer (see {@link restrict}). */
  private owned: Uint8Array;
  private deferredEncoding: DataError[] | undefined;

  constructor(
    protected readonly fields: readonly CompiledField[],
    private readonly checks: readonly FieldChecks[],
    protected readonly extras: readonly FieldExtras[],
    protected readonly keys: readonly KeyCheck[],
    private readonly tally: CheckTally,
    private readonly shape: CheckResult,
    private readonly encoding: CheckResult,
    protected readonly profile: ProfileBuilder | undefined,
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

  /** Running statistics, the profile and new categories of a parsed, checked cell. */
  protected parsedTail(field: CompiledField, extra: FieldExtras, at: Position, buf: Buffer, s: number, e: number): void {
    const value = this.value;
    if (extra.stats && Number.isFinite(value.num)) extra.stats.add(value.num);
    if (extra.profileColumn >= 0 && this.profile) {
      if (field.profileKind === 'numeric') this.profile.addNumber(extra.profileColumn, value.num);
      else if (field.type === 'boolean') this.profile.addBoolean(extra.profileColumn, value.num === 1);
      else this.profile.addCategoryBytes(extra.profileColumn, buf, s, e);
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
