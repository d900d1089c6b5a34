import { open, stat } from 'node:fs/promises';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, type AsyncBuffer, type ColumnChunk, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../core/errors.js';
import { sha256File } from '../core/hashing.js';
import type { ColumnValidator } from './column-validator.js';
import type { CompiledField } from './fields.js';
import { type Column, ColumnChecker, TextBytes } from './parquet-checker.js';
import { decodeChunk, decodedKind, Unsupported } from './parquet-columns.js';
import type { SourceFile, SourceHandlers, SourceOptions } from './sources.js';

// Footers read ahead by the split planner, taken by the reader: one validation parses each footer
// once in this thread. A few at most are kept, each while its file's size and mtime hold.
const FOOTERS_KEPT = 8;
const footers = new Map<string, { size: number; mtimeMs: number; buffer?: AsyncBuffer; metadata: FileMetaData }>();

/** A parsed footer as it is handed to another thread: the file's size and mtime say whether it still holds. */
export interface KeptFooter {
  path: string;
  size: number;
  mtimeMs: number;
  metadata: FileMetaData;
}

/** The footers kept here of `paths` (read ahead by the split planner), to hand to the worker thread. */
export function keptFooters(paths: readonly string[]): KeptFooter[] {
  return paths.flatMap((path) => {
    const kept = footers.get(path);
    return kept ? [{ path, size: kept.size, mtimeMs: kept.mtimeMs, metadata: kept.metadata }] : [];
  });
}

/** Keeps footers parsed by another thread for this thread's reader, which then parses none of them. */
export function keepFooters(list: readonly KeptFooter[]): void {
  for (const { path, size, mtimeMs, metadata } of list) footers.set(path, { size, mtimeMs, metadata });
  for (const old of footers.keys()) if (footers.size > FOOTERS_KEPT) footers.delete(old);
}

/**
 * A Parquet file's buffer and parsed footer. `keep`: hold it for the reader of this thread, which takes
 * it (read ahead by the split planner); otherwise a kept one is taken, or the file read.
 */
export async function parquetFooter(path: string, keep = false): Promise<{ buffer: AsyncBuffer; metadata: FileMetaData }> {
  const { size, mtimeMs } = await stat(path);
  const kept = footers.get(path);
  footers.delete(path);
  if (kept && kept.size === size && kept.mtimeMs === mtimeMs) {
    kept.buffer ??= await asyncBufferFromFile(path);
    if (keep) footers.set(path, kept);
    return { buffer: kept.buffer, metadata: kept.metadata };
  }
  const buffer = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(buffer);
  if (keep) {
    footers.set(path, { size, mtimeMs, buffer, metadata });
    for (const old of footers.keys()) if (footers.size > FOOTERS_KEPT) footers.delete(old);
  }
  return { buffer, metadata };
}

/** What reading by column needs of the validation engine. */
export interface ColumnTarget {
  validator: ColumnValidator;
  fields: readonly CompiledField[];
}

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
  const { buffer, metadata } = await parquetFooter(file.path).catch(fail);
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
      // A field's column is checked and dropped before the next is read: its arrays are reused; key columns are held together.
      const read = async (c: number, reuse: boolean): Promise<Column> =>
        readColumn(handle, buffer, metadata, g, groupStart, rows, columns[c] as TopColumn, reuse).catch((error: unknown) => {
          if (error instanceof UserError) throw error;
          return fail(error);
        });
      validator.deferEncoding();
      for (let f = 0; f < fields.length; f++) {
        const c = validator.columnOf(f);
        if (c >= 0 && validator.owns(f)) checker.check(f, await read(c, true), groupStart, rows);
      }
      const keyColumns = validator.keyColumns(labels.length);
      if (keyColumns.length > 0) {
        const held = new Map<number, Column>();
        for (const c of keyColumns) held.set(c, await read(c, false));
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
  reuse: boolean,
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
      return decodeChunk(bytes, meta, column.element, rows, column.element.repetition_type !== 'REQUIRED', reuse, true);
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
