/**
 * Checks Parquet columns decoded by row group (parquet-columns.ts, or hyparquet's values) against the
 * fields, cell by cell in row order, through the same row validator the CSV path uses.
 */
import { type ColumnValidator, FIRST_DAY, LAST_DAY } from './column-validator.js';
import { type CompiledField, ParseKind } from './fields.js';
import { type BytesColumn, type DecodedColumn, expandDictionary, type NumberColumn } from './parquet-columns.js';
import type { Position } from './row-validator.js';
import { cellText, RecordBuilder, type SourceOptions } from './sources.js';

/** A text cell hyparquet read, kept as its bytes. */
export class TextBytes {
  readonly buffer: Buffer;
  constructor(bytes: Uint8Array) {
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

/** A column of a row group as the checks take it: decoded into typed arrays, or hyparquet's values. */
export type Column = DecodedColumn | { kind: 'values'; values: unknown[] };

/** Feeds decoded columns to the validator, cell by cell, in row order. */
export class ColumnChecker {
  private readonly at: Position = { index: 0, line: 0 };
  private scratch = Buffer.allocUnsafe(256);
  private readonly builder = new RecordBuilder();

  constructor(
    private readonly validator: ColumnValidator,
    private readonly fields: readonly CompiledField[],
    private readonly options: SourceOptions,
  ) {}

  /** Checks field `f` on its column of the row group starting at data row `groupStart`. */
  check(f: number, column: Column, groupStart: number, rows: number): void {
    const field = this.fields[f] as CompiledField;
    const validator = this.validator;
    const at = this.at;
    if (column.kind === 'bytes') {
      if (column.indexes && validator.countable(f) && this.byValue(f, column, groupStart, rows)) return;
      expandDictionary(column);
      const { data, starts, ends, nulls } = column;
      at.index = groupStart + 1;
      if (validator.texts(f, data, starts, ends, nulls, rows, at)) return;
      for (let i = 0; i < rows; i++) {
        at.index = groupStart + i + 1;
        validator.cell(f, data, starts[i] as number, ends[i] as number, nulls !== undefined && nulls[i] === 1, at);
      }
      return;
    }
    if (column.kind === 'values') {
      for (let i = 0; i < rows; i++) {
        at.index = groupStart + i + 1;
        const value = column.values[i];
        if (value instanceof TextBytes) validator.cell(f, value.buffer, 0, value.buffer.length, false, at);
        else this.text(f, cellText(value, this.options.typeOf?.(field.name)));
      }
      return;
    }
    const fast = this.fastKind(field, column.logical);
    const { values, nulls, dictionary, indexes } = column;
    at.index = groupStart + 1;
    if (fast && fast !== 'boolean' && dictionary && indexes && validator.numberCounts(f, dictionary, indexes, nulls, rows, fast, at)) return;
    expandDictionary(column);
    if (fast && validator.numbers(f, values, nulls, rows, fast, at)) return;
    for (let i = 0; i < rows; i++) {
      at.index = groupStart + i + 1;
      if (nulls !== undefined && nulls[i] === 1) {
        validator.cell(f, this.scratch, 0, 0, true, at);
        continue;
      }
      const v = (values[i] as number) + 0; // -0 is written "0" in a CSV
      if (fast && this.exact(fast, v) && validator.tryNumber(f, v, at)) continue;
      this.text(f, numberText(column.logical, v, this.options.typeOf?.(field.name)));
    }
  }

  /**
   * A dictionary-encoded column checked once per value, when every value it holds passes: each null
   * still gets its own row, and values are counted in the order they first appear (the profile keeps
   * the first categories it meets). Returns false, having done nothing, when some value fails, or a
   * page was not dictionary-encoded: the caller checks each cell.
   */
  private byValue(f: number, column: BytesColumn, groupStart: number, rows: number): boolean {
    const indexes = column.indexes as Int32Array;
    const dictionary = column.dictionary;
    if (!dictionary) return false;
    const nulls = column.nulls;
    const counts = new Float64Array(this.dictionarySize(indexes, rows));
    const order: number[] = [];
    for (let i = 0; i < rows; i++) {
      if (nulls !== undefined && nulls[i] === 1) continue;
      const k = indexes[i] as number;
      if (k < 0) return false;
      if (counts[k] === 0) order.push(k);
      counts[k] = (counts[k] as number) + 1;
    }
    const data = column.data;
    const { starts, ends } = dictionary;
    for (const k of order) if (!this.validator.textPasses(f, data, starts[k] as number, ends[k] as number)) return false;
    if (nulls !== undefined) {
      for (let i = 0; i < rows; i++) {
        if (nulls[i] !== 1) continue;
        this.at.index = groupStart + i + 1;
        this.validator.cell(f, data, 0, 0, true, this.at);
      }
    }
    for (const k of order) this.validator.countText(f, data, starts[k] as number, ends[k] as number, counts[k] as number);
    return true;
  }

  private dictionarySize(indexes: Int32Array, rows: number): number {
    let max = -1;
    for (let i = 0; i < rows; i++) if ((indexes[i] as number) > max) max = indexes[i] as number;
    return max + 1;
  }

  /** Checks the composite keys (and counts the rows) from the key columns of a row group. */
  keys(held: Map<number, Column>, labels: readonly string[], groupStart: number, rows: number): void {
    const builder = this.builder;
    const width = labels.length;
    // The text each key cell has in a CSV, by its field's type (a date as YYYY-MM-DD), as the checks see it.
    const types = labels.map((label) => this.options.typeOf?.(label));
    this.validator.restrict(new Uint8Array(this.fields.length));
    try {
      for (const column of held.values()) if (column.kind !== 'values') expandDictionary(column);
      for (let i = 0; i < rows; i++) {
        builder.reset(width, 0, groupStart + i + 1);
        for (let c = 0; c < width; c++) {
          const column = held.get(c);
          // A null is the empty cell a CSV holds for it: a CSV cannot tell it from an empty text, so neither may a key.
          if (!column) builder.set(c, null);
          else if (column.kind === 'bytes') {
            if (column.nulls?.[i] === 1) builder.set(c, '');
            else builder.setBytes(c, column.data, column.starts[i] as number, column.ends[i] as number);
          } else if (column.kind === 'values') {
            const value = column.values[i];
            if (value instanceof TextBytes) builder.setBytes(c, value.buffer, 0, value.buffer.length);
            else builder.set(c, cellText(value, types[c]) ?? '');
          } else builder.set(c, column.nulls?.[i] === 1 ? '' : numberText(column.logical, (column.values[i] as number) + 0, types[c]));
        }
        this.validator.row(builder.record);
      }
    } finally {
      this.validator.restrict(undefined);
    }
  }

  /** How field `f` reads a typed value without its text, or undefined when it needs the text. */
  private fastKind(field: CompiledField, logical: NumberColumn['logical']): 'integer' | 'number' | 'date' | 'boolean' | undefined {
    if (!field.missingIsEmpty) return undefined;
    const kind = field.parseKind;
    if (logical === 'boolean') return kind === ParseKind.Boolean ? 'boolean' : undefined;
    if (logical === 'date') return kind === ParseKind.Date ? 'date' : undefined;
    return kind === ParseKind.Integer ? 'integer' : kind === ParseKind.Number ? 'number' : undefined;
  }

  /** Whether the text of `v` parses back to `v` in the field's fast kind. */
  private exact(kind: 'integer' | 'number' | 'date' | 'boolean', v: number): boolean {
    if (kind === 'integer') return Number.isSafeInteger(v);
    if (kind === 'date') return v >= FIRST_DAY && v <= LAST_DAY;
    return true;
  }

  private text(f: number, text: string | null): void {
    if (text === null) {
      this.validator.cell(f, this.scratch, 0, 0, true, this.at);
      return;
    }
    const need = Buffer.byteLength(text);
    if (need > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
    const n = this.scratch.write(text, 0);
    this.validator.cell(f, this.scratch, 0, n, false, this.at);
  }
}

/** The text a CSV holds for a typed value, as {@link cellText} writes hyparquet's value of it. */
function numberText(logical: NumberColumn['logical'], v: number, type: string | undefined): string | null {
  if (logical === 'boolean') return v === 1 ? 'true' : 'false';
  if (logical === 'date') return cellText(new Date(v * 86400000), type);
  return cellText(v, type);
}
