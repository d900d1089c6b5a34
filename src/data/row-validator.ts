import { type CsvRecord, Quoting } from '../core/csv-scanner.js';
import { isAsciiRange, isUtf8Range, parseBooleanBytes, parseDateBytes, parseIntegerBytes, parseNumberBytes } from './cell-parsers.js';
import { type CheckResult, type CheckTally, type DataError, truncateCell } from './check-results.js';
import type { RunningStats } from './checks.js';
import { BoundOp, type CellValue, type CompiledField, ParseKind } from './fields.js';
import type { ProfileBuilder } from './profile.js';
import { TextMemo } from './text-memo.js';
import type { UniqueIndex } from './unique.js';

const TRUE = Buffer.from('true');
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
  private readonly num = Buffer.alloc(8);

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
    private readonly owned: Uint8Array = new Uint8Array(fields.length).fill(1),
    /** Whether this validator checks row shapes (its keys are given in `keys`). */
    private readonly rowLevel = true,
  ) {
    this.nulls = new Float64Array(fields.length);
    this.present = new Float64Array(fields.length);
  }

  /** Starts a file: which column holds each field, how many columns the header has. */
  startSource(source: number, file: string, columnOfField: Int32Array, width: number): void {
    this.source = source;
    this.file = file;
    this.columnOfField = columnOfField;
    this.width = width;
  }

  private error(type: string, record: CsvRecord, message: string, f?: CompiledField, cell?: string): DataError {
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
    const fields = this.fields;
    const value = this.value;
    for (let f = 0; f < fields.length; f++) {
      const column = this.columnOfField[f] as number;
      if (column < 0 || column >= count || this.owned[f] === 0) continue;
      const field = fields[f] as CompiledField;
      const extra = this.extras[f] as FieldExtras;
      this.present[f] = (this.present[f] as number) + 1;
      const buf = record.bufferOf(column);
      const s = record.starts[column] as number;
      const e = record.ends[column] as number;
      if (record.quoting[column] === Quoting.Null || (field.missingIsEmpty ? s === e : field.isMissing(buf, s, e))) {
        this.nulls[f] = (this.nulls[f] as number) + 1;
        if (field.required) {
          const check = (this.checks[f] as FieldChecks).required;
          this.tally.fail(check, () => this.error('constraint-error', record, `'${field.name}' is required but the cell is missing`, field, ''));
        }
        if (extra.profileColumn >= 0) this.profile?.addNull(extra.profileColumn);
        continue;
      }
      if (field.textual && !isAsciiRange(buf, s, e) && !isUtf8Range(buf, s, e)) {
        this.tally.fail(this.encoding, () => this.error('encoding-error', record, 'the cell is not valid UTF-8', field, buf.toString('latin1', s, e)));
        continue;
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
        this.tally.fail(check, () => this.error('type-error', record, `'${buf.toString('utf8', s, e)}' is not a valid ${field.type}`, field, buf.toString('utf8', s, e)));
        continue;
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
              record,
              `'${buf.toString('utf8', s, e)}' breaks ${constraint.name}: ${field.name} must be ${constraint.allowed}`,
              field,
              buf.toString('utf8', s, e),
            ),
          );
        }
      }
      if (extra.unique) {
        if (field.numeric) {
          this.num.writeDoubleLE(value.num, 0);
          extra.unique.add(this.num, 0, 8, this.source, record.index + 1, record.line);
        } else extra.unique.add(buf, s, e, this.source, record.index + 1, record.line);
      }
      if (extra.stats && Number.isFinite(value.num)) extra.stats.add(value.num);
      if (extra.profileColumn >= 0 && this.profile) {
        if (field.profileKind === 'numeric') this.profile.addNumber(extra.profileColumn, value.num);
        else if (field.type === 'boolean') {
          const text = value.num === 1 ? TRUE : FALSE;
          this.profile.addCategoryBytes(extra.profileColumn, text, 0, text.length);
        } else this.profile.addCategoryBytes(extra.profileColumn, buf, s, e);
      }
      if (extra.reference) this.checkCategory(field, extra, extra.reference, buf, s, e, record);
    }
    for (let k = 0; k < this.keys.length; k++) this.key(this.keys[k] as KeyCheck, record);
  }

  /** newCategories: counts the cell when the reference profile lacks its category. */
  private checkCategory(field: CompiledField, extra: FieldExtras, reference: Set<string>, buf: Buffer, s: number, e: number, record: CsvRecord): void {
    if (field.type === 'boolean') {
      const text = this.value.num === 1 ? 'true' : 'false';
      if (!reference.has(text)) this.newCategory(extra, text, record);
      return;
    }
    extra.referenceMemo ??= new TextMemo((text) => reference.has(text));
    if (!extra.referenceMemo.test(buf, s, e)) this.newCategory(extra, buf.toString('utf8', s, e), record);
  }

  private newCategory(extra: FieldExtras, text: string, record: CsvRecord): void {
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
