import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../core/errors.js';
import { sha256File } from '../core/hashing.js';
import { cellText, RecordBuilder, type SourceFile, type SourceHandlers, type SourceOptions } from './sources.js';

/**
 * Reads a Parquet file one row group at a time (memory is bounded by the largest row group), the
 * top-level columns being the header. Returns the file's sha256. Parquet is read by random access,
 * so the hash is a separate sequential read of the file.
 */
export async function readParquet(file: SourceFile, handlers: SourceHandlers, options: SourceOptions = {}): Promise<string> {
  const fail = (error: unknown): never => {
    throw new UserError(`data: ${file.display}: not a readable Parquet file (${(error as Error).message})`, { file: file.display });
  };
  const buffer = await asyncBufferFromFile(file.path).catch(fail);
  const metadata: FileMetaData = await parquetMetadataAsync(buffer).catch(fail);
  const root = metadata.schema[0];
  const labels: string[] = [];
  // Top-level columns: children of the root, skipping nested groups' descendants.
  for (let i = 1, left = root?.num_children ?? 0; i < metadata.schema.length && left > 0; left--) {
    const element = metadata.schema[i];
    if (!element) break;
    labels.push(element.name);
    let skip = element.num_children ?? 0;
    i++;
    while (skip > 0 && i < metadata.schema.length) {
      skip += (metadata.schema[i]?.num_children ?? 0) - 1;
      i++;
    }
  }
  handlers.onHeader(labels);
  const types = labels.map((label) => options.typeOf?.(label));
  const builder = new RecordBuilder();
  let rowStart = 0;
  let index = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: unknown[][] = [];
    await parquetRead({ file: buffer, metadata, compressors, rowStart, rowEnd, columns: labels, onComplete: (r: unknown[][]) => (rows = r) }).catch(fail);
    for (const row of rows) {
      index++;
      builder.reset(labels.length, 0, index);
      for (let i = 0; i < labels.length; i++) builder.set(i, cellText(row[i], types[i]));
      handlers.onRecord(builder.record);
    }
    handlers.onBytes(Number(group.total_compressed_size ?? group.total_byte_size));
    rowStart = rowEnd;
  }
  return sha256File(file.path);
}
