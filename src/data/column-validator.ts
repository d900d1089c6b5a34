/**
 * The checks of a typed column at once (Parquet): a row group's values of one field in one call,
 * with exactly the results the row validator gives them cell by cell, in row order.
 */
import { isAsciiBuffer, isAsciiRange, isUtf8Range } from './cell-parsers.js';
import { BoundOp, type CompiledConstraint, type CompiledField, ParseKind } from './fields.js';
import { type FieldExtras, type Position, RowValidator } from './row-validator.js';

/** Days of 0000-01-01 and 9999-12-31: a Parquet date outside is not an ISO `YYYY-MM-DD` date. */
export const FIRST_DAY = -719528;
export const LAST_DAY = 2932896;
const EMPTY = Buffer.alloc(0);
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

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

/** A {@link RowValidator} that also takes a field's typed column of a row group at once. */
export class ColumnValidator extends RowValidator {
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
    extra.unique?.addNumber(v + 0, this.source, at.index + 1, at.line);
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
    } else if (field.profileKind === 'numeric')
      profile.addNumbers(extra.profileColumn, values, nulls, 0, rows, { present: rows - nullCount, least, greatest, integers: kind === 'number' ? undefined : true });
    return true;
  }

  /**
   * {@link numbers} for a dictionary-encoded column, counted by value: `indexes[i]` is the entry of
   * `entries` row `i` holds. Only for a field whose cells need no row but for nulls (no uniqueness,
   * new categories or running statistics), every value its entries hold taking the fast path, and a
   * profile that counts by value (see {@link ProfileBuilder.addNumberCounts}). Returns false, having
   * done nothing, otherwise: the caller checks the values.
   */
  numberCounts(f: number, entries: Float64Array, indexes: Int32Array, nulls: Uint8Array | undefined, rows: number, kind: 'integer' | 'number' | 'date', at: Position): boolean {
    const field = this.fields[f] as CompiledField;
    const extra = this.extras[f] as FieldExtras;
    if (extra.reference || extra.unique || extra.stats || field.type === 'boolean') return false;
    const counts = this.entryCounts(entries.length);
    let nullCount = 0;
    for (let i = 0; i < rows; i++) {
      if (nulls !== undefined && nulls[i] === 1) {
        nullCount++;
        continue;
      }
      const k = indexes[i] as number;
      if (k < 0) return false;
      counts[k] = (counts[k] as number) + 1;
    }
    let least = Infinity;
    let greatest = -Infinity;
    for (let k = 0; k < entries.length; k++) {
      if (counts[k] === 0) continue;
      const v = entries[k] as number;
      if (v !== v || (kind === 'integer' && !Number.isSafeInteger(v))) return false;
      if (v < least) least = v;
      if (v > greatest) greatest = v;
    }
    if (kind === 'date' && (least < FIRST_DAY || greatest > LAST_DAY)) return false;
    for (const c of field.constraints) if (least <= greatest && (boundHolds(c, least) !== true || boundHolds(c, greatest) !== true)) return false;
    const profile = extra.profileColumn >= 0 && field.profileKind === 'numeric' ? this.profile : undefined;
    if (profile && !profile.addNumberCounts(extra.profileColumn, entries, counts)) return false;
    if (nulls !== undefined) {
      const first = at.index;
      for (let i = 0; i < rows; i++) {
        if (nulls[i] !== 1) continue;
        at.index = first + i;
        this.cell(f, EMPTY, 0, 0, true, at);
      }
    }
    this.present[f] = (this.present[f] as number) + rows - nullCount;
    return true;
  }

  private counts = new Float64Array(0);

  /** Zeroed counts for `n` dictionary entries, in one array used again and again. */
  private entryCounts(n: number): Float64Array {
    if (this.counts.length < n) this.counts = new Float64Array(Math.max(n, this.counts.length * 2));
    const counts = this.counts.subarray(0, n);
    counts.fill(0);
    return counts;
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
    const ascii = isAsciiBuffer(data);
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
}
