import { open } from 'node:fs/promises';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, type AsyncBuffer, type ColumnChunk, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../core/errors.js';
import { sha256File } from '../core/hashing.js';
import { type CompiledField, ParseKind } from './fields.js';
import { type BytesColumn, decodeChunk, decodedKind, type DecodedColumn, type NumberColumn, Unsupported } from './parquet-columns.js';
import type { Position, RowValidator } from './row-validator.js';
import { cellText, RecordBuilder, type SourceFile, type SourceHandlers, type SourceOptions } from './sources.js';

/** A text cell hyparquet read, kept as its bytes. */
class TextBytes {
  readonly buffer: Buffer;
  constructor(bytes: Uint8Array) {
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

/** A column of a row group as the checks take it: decoded into typed arrays, or hyparquet's values. */
type Column = DecodedColumn | { kind: 'values'; values: unknown[] };

/** What reading by column needs of the validation engine. */
export interface ColumnTarget {
  validator: RowValidator;
  fields: readonly CompiledField[];
}

// Days of 0000-01-01 and 9999-12-31: a Parquet date outside is not an ISO `YYYY-MM-DD` date.
const FIRST_DAY = -719528;
const LAST_DAY = 2932896;

/**
 * Reads a Parquet file column by column, one row group at a time, and checks each field's column as
 * it is decoded (memory is bounded by the largest column chunk, and the key columns of a row group
 * when the schema has keys). Every cell gets the result the CSV path gives the text a CSV would hold
 * (the same checks, messages and row numbers, no line numbers): typed values take a fast path where
 * it is exact, and their text otherwise. Returns the file's sha256 ('' with `skipHash`).
 */
export async function readParquet(file: SourceFile, handlers: SourceHandlers, options: SourceOptions, target: ColumnTarget): Promise<string> {
  const fail = (error: unknown): never => {
    // A damaged footer or page makes the parsers trip over what is missing: that says the file is damaged.
    const why = error instanceof TypeError || error instanceof RangeError ? 'its metadata or a page is damaged' : (error as Error).message;
    throw new UserError(`data: ${file.display}: not a readable Parquet file (${why})`, { file: file.display });
  };
  const buffer = await asyncBufferFromFile(file.path).catch(fail);
  const metadata: FileMetaData = await parquetMetadataAsync(buffer).catch(fail);
  const columns = topLevelColumns(metadata);
  const labels = columns.map((c) => c.element.name);
  handlers.onHeader(labels);
  const { validator, fields } = target;
  const handle = await open(file.path, 'r');
  try {
    const checker = new ColumnChecker(validator, fields, options);
    let groupStart = 0;
    for (const [g, group] of metadata.row_groups.entries()) {
      const rows = Number(group.num_rows);
      const read = async (c: number): Promise<Column> =>
        readColumn(handle, buffer, metadata, g, groupStart, rows, columns[c] as TopColumn).catch((error: unknown) => {
          if (error instanceof UserError) throw error;
          return fail(error);
        });
      validator.deferEncoding();
      for (let f = 0; f < fields.length; f++) {
        const c = validator.columnOf(f);
        if (c >= 0 && validator.owns(f)) checker.check(f, await read(c), groupStart, rows);
      }
      const keyColumns = validator.keyColumns(labels.length);
      if (keyColumns.length > 0) {
        const held = new Map<number, Column>();
        for (const c of keyColumns) held.set(c, await read(c));
        checker.keys(held, labels, groupStart, rows);
      } else validator.countRows(rows);
      validator.flushEncoding();
      handlers.onBytes(Number(group.total_compressed_size ?? group.total_byte_size));
      groupStart += rows;
    }
  } catch (error) {
    // What the decoder throws on a corrupt chunk (or a value no text can hold) names the file.
    if (error instanceof UserError) throw error;
    fail(error);
  } finally {
    await handle.close();
  }
  return options.skipHash ? '' : sha256File(file.path);
}

interface TopColumn {
  element: SchemaElement;
  /** Index of its chunk in each row group's columns, when it is a flat (leaf) column. */
  leaf?: number;
}

/** The top-level columns, in order, skipping nested groups' descendants. */
function topLevelColumns(metadata: FileMetaData): TopColumn[] {
  const out: TopColumn[] = [];
  const schema = metadata.schema;
  let leaves = 0;
  for (let i = 1, left = schema[0]?.num_children ?? 0; i < schema.length && left > 0; left--) {
    const element = schema[i] as SchemaElement;
    let skip = element.num_children ?? 0;
    out.push(skip === 0 ? { element, leaf: leaves++ } : { element });
    i++;
    while (skip > 0 && i < schema.length) {
      const child = schema[i] as SchemaElement;
      if (!child.num_children) leaves++;
      skip += (child.num_children ?? 0) - 1;
      i++;
    }
  }
  return out;
}

let chunkBuffer = Buffer.alloc(0);

/** One column of row group `g`: decoded here when it can be, by hyparquet otherwise. */
async function readColumn(
  handle: Awaited<ReturnType<typeof open>>,
  buffer: AsyncBuffer,
  metadata: FileMetaData,
  g: number,
  groupStart: number,
  rows: number,
  column: TopColumn,
): Promise<Column> {
  const chunk: ColumnChunk | undefined = column.leaf === undefined ? undefined : metadata.row_groups[g]?.columns[column.leaf];
  const meta = chunk?.meta_data;
  if (meta && decodedKind(column.element)) {
    const dictionary = meta.dictionary_page_offset;
    const start = Number(dictionary !== undefined && dictionary > 0n && dictionary < meta.data_page_offset ? dictionary : meta.data_page_offset);
    const length = Number(meta.total_compressed_size);
    // One buffer for every chunk read: decoded columns hold copies, never this buffer.
    if (chunkBuffer.length < length) chunkBuffer = Buffer.allocUnsafe(Math.max(length, chunkBuffer.length * 2));
    const bytes = chunkBuffer.subarray(0, length);
    const { bytesRead } = await handle.read(bytes, 0, length, start);
    if (bytesRead < bytes.length) throw new Error(`column '${column.element.name}' runs past the end of the file`);
    try {
      return decodeChunk(bytes, meta, column.element, rows, column.element.repetition_type !== 'REQUIRED');
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  const values: unknown[] = new Array(rows).fill(null);
  // A text column's cells as their bytes, as this decoder keeps them: hyparquet's TextDecoder drops a
  // leading U+FEFF and turns invalid UTF-8 into U+FFFD, which the CSV twin's checks would see.
  const texts = column.leaf !== undefined && decodedKind(column.element) === 'bytes';
  await parquetRead({
    file: buffer,
    metadata,
    compressors,
    ...(texts ? { parsers: { stringFromBytes: (bytes: Uint8Array) => new TextBytes(bytes) as unknown as string } } : {}),
    rowStart: groupStart,
    rowEnd: groupStart + rows,
    columns: [column.element.name],
    onChunk: ({ columnData, rowStart }) => {
      for (let i = 0; i < columnData.length; i++) values[rowStart - groupStart + i] = columnData[i];
    },
  });
  return { kind: 'values', values };
}

/** Feeds decoded columns to the validator, cell by cell, in row order. */
class ColumnChecker {
  private readonly at: Position = { index: 0, line: 0 };
  private scratch = Buffer.allocUnsafe(256);
  private readonly builder = new RecordBuilder();

  constructor(
    private readonly validator: RowValidator,
    private readonly fields: readonly CompiledField[],
    private readonly options: SourceOptions,
  ) {}

  /** Checks field `f` on its column of the row group starting at data row `groupStart`. */
  check(f: number, column: Column, groupStart: number, rows: number): void {
    const field = this.fields[f] as CompiledField;
    const validator = this.validator;
    const at = this.at;
    if (column.kind === 'bytes') {
      const { data, starts, ends, nulls } = column;
      if (column.indexes && validator.countable(f) && this.byValue(f, column, groupStart, rows)) return;
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
    const { values, nulls } = column;
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
    const nulls = column.nulls;
    const counts = new Float64Array(this.dictionarySize(indexes, rows));
    const order: number[] = [];
    const firstRow: number[] = [];
    for (let i = 0; i < rows; i++) {
      if (nulls !== undefined && nulls[i] === 1) continue;
      const k = indexes[i] as number;
      if (k < 0) return false;
      if (counts[k] === 0) {
        order.push(k);
        firstRow.push(i);
      }
      counts[k] = (counts[k] as number) + 1;
    }
    const { data, starts, ends } = column;
    for (const i of firstRow) if (!this.validator.textPasses(f, data, starts[i] as number, ends[i] as number)) return false;
    if (nulls !== undefined) {
      for (let i = 0; i < rows; i++) {
        if (nulls[i] !== 1) continue;
        this.at.index = groupStart + i + 1;
        this.validator.cell(f, data, 0, 0, true, this.at);
      }
    }
    order.forEach((k, j) => {
      const i = firstRow[j] as number;
      this.validator.countText(f, data, starts[i] as number, ends[i] as number, counts[k] as number);
    });
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
