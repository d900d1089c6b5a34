import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { CsvRecord, CsvScanner, CsvSyntaxError, Quoting } from '../core/csv-scanner.js';
import { UserError } from '../core/errors.js';
import { isUtf8Range } from './cell-parsers.js';

/** Data file formats. */
export type DataFormat = 'csv' | 'jsonl' | 'parquet';

/** A data file to read: `display` names it in messages. */
export interface SourceFile {
  path: string;
  display: string;
  format?: DataFormat;
}

/** What a reader hands its caller. */
export interface SourceHandlers {
  /** The column labels: the CSV header, the first JSON object's keys, or the Parquet columns. */
  onHeader(labels: string[]): void;
  /** Each data row; the record is reused, field i being column i of the header. */
  onRecord(record: CsvRecord): void;
  /** Raw (on-disk) bytes read since the last call. */
  onBytes(count: number): void;
}

/** Reader options. */
export interface SourceOptions {
  delimiter?: string;
  maxRecordBytes?: number;
  /** Table Schema type by column label, so Parquet dates are written as dates, times as times. */
  typeOf?: (label: string) => string | undefined;
  /** Skip the sha256 of a plain CSV (a worker reading a file the main thread hashes); returns ''. */
  skipHash?: boolean;
}

const CHUNK = 512 * 1024;

/** The format of a file by its name (`.csv`, `.tsv`, `.jsonl`, `.ndjson`, `.parquet`, with optional `.gz`). */
export function formatOf(file: SourceFile): DataFormat {
  if (file.format) return file.format;
  const name = file.path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.parquet')) return 'parquet';
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  throw new UserError(`data: cannot tell the format of '${file.display}' from its name; use .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz), or set the format`, {
    file: file.display,
  });
}

async function sizeOf(file: SourceFile): Promise<number> {
  try {
    const info = await stat(file.path);
    if (!info.isFile()) throw new UserError(`data: '${file.display}' is not a file`, { file: file.display });
    return info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`data: cannot read '${file.display}' (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`, { file: file.display });
  }
}

/** Size in bytes of each file, failing with a {@link UserError} on a missing one before any work. */
export async function sizesOf(files: readonly SourceFile[]): Promise<number[]> {
  return Promise.all(files.map(sizeOf));
}

/** True when the file is gzip, by its `.gz` suffix or its magic bytes. */
export async function isGzip(file: SourceFile): Promise<boolean> {
  if (/\.gz$/i.test(file.path)) return true;
  const handle = await open(file.path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * Streams the bytes of a CSV or JSON Lines file, gunzipped when it is gzip (by suffix or magic
 * bytes), while hashing the raw bytes. Returns the raw file's sha256 (hex).
 */
async function streamBytes(file: SourceFile, handlers: SourceHandlers, onChunk: (chunk: Buffer) => void): Promise<string> {
  const hash = createHash('sha256');
  const gzip = await isGzip(file);
  const raw = createReadStream(file.path, { highWaterMark: CHUNK });
  const where = gzip ? 'while decompressing' : 'while reading';
  try {
    if (!gzip) {
      for await (const chunk of raw as AsyncIterable<Buffer>) {
        hash.update(chunk);
        handlers.onBytes(chunk.length);
        onChunk(chunk);
      }
    } else {
      const gunzip = createGunzip({ chunkSize: CHUNK });
      raw.on('data', (chunk: Buffer | string) => {
        hash.update(chunk);
        handlers.onBytes(chunk.length);
      });
      raw.on('error', (error) => gunzip.destroy(error));
      raw.pipe(gunzip);
      for await (const chunk of gunzip as AsyncIterable<Buffer>) onChunk(chunk);
    }
  } catch (error) {
    raw.destroy();
    if (error instanceof UserError || error instanceof CsvSyntaxError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ? 'the gzip stream is cut short (truncated file)' : (error as Error).message;
    throw new UserError(`data: ${file.display}: ${where}: ${reason}`, { file: file.display });
  }
  return hash.digest('hex');
}

/**
 * Reads a plain (not gzipped) CSV file into one reused buffer: no buffer per chunk, and the
 * unfinished record is moved to the front instead of concatenated with the next chunk, so memory
 * stays at about two chunks whatever the file size. Returns the file's sha256.
 */
async function scanPlainFile(file: SourceFile, handlers: SourceHandlers, scanner: CsvScanner, skipHash: boolean): Promise<string> {
  const hash = skipHash ? undefined : createHash('sha256');
  let handle: FileHandle | undefined;
  try {
    handle = await open(file.path, 'r');
    let work = Buffer.allocUnsafeSlow(2 * CHUNK);
    let carry = 0;
    for (;;) {
      if (work.length - carry < CHUNK) {
        // A record longer than a chunk: the scanner bounds it by maxRecordBytes.
        const grown = Buffer.allocUnsafeSlow(carry + 2 * CHUNK);
        work.copy(grown, 0, 0, carry);
        work = grown;
      }
      const { bytesRead } = await handle.read(work, carry, CHUNK, null);
      if (bytesRead === 0) break;
      const end = carry + bytesRead;
      hash?.update(work.subarray(carry, end));
      handlers.onBytes(bytesRead);
      const used = scanner.scanSome(work.subarray(0, end), false);
      work.copyWithin(0, used, end);
      carry = end - used;
    }
    if (carry > 0) scanner.scanSome(work.subarray(0, carry), true);
  } catch (error) {
    if (error instanceof UserError || error instanceof CsvSyntaxError) throw error;
    throw new UserError(`data: ${file.display}: while reading: ${(error as Error).message}`, { file: file.display });
  } finally {
    await handle?.close();
  }
  return hash?.digest('hex') ?? '';
}

/** Reads a CSV file; the first record is the header. Returns the raw file's sha256. */
export async function readCsv(file: SourceFile, handlers: SourceHandlers, options: SourceOptions = {}): Promise<string> {
  let header = true;
  const scanner = new CsvScanner(
    (record) => {
      if (header) {
        header = false;
        handlers.onHeader(record.texts());
      } else handlers.onRecord(record);
    },
    { delimiter: options.delimiter ?? (/\.tsv(\.gz)?$/i.test(file.path) ? '\t' : ','), maxRecordBytes: options.maxRecordBytes },
  );
  try {
    let sha: string;
    if (await isGzip(file)) {
      sha = await streamBytes(file, handlers, (chunk) => scanner.push(chunk));
      scanner.end();
    } else sha = await scanPlainFile(file, handlers, scanner, options.skipHash === true);
    if (header) handlers.onHeader([]);
    return sha;
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      const hint = error.record === 0 ? quotedHeaderHint(error.message) : '';
      throw new UserError(`data: ${file.display}:${error.line}: ${error.message}${hint}`, { file: file.display, line: error.line });
    }
    throw error;
  }
}

/**
 * A quoted header in another delimiter (`"a";"b"` read with `,`) fails at the first `;` after a closing
 * quote: the hint names the delimiter to set.
 */
function quotedHeaderHint(message: string): string {
  const found = /^unexpected (?:'([;|,])'|byte 0x09) after a closing quote/.exec(message);
  if (!found) return '';
  const delimiter = found[1] ?? '\\t';
  return `; the header looks '${delimiter}'-separated: set input 'delimiter' to '${delimiter}'`;
}

/** Fills a record from JavaScript values (JSON or Parquet cells) as text, null staying null. */
export class RecordBuilder {
  readonly record = new CsvRecord();
  private buf = Buffer.alloc(4096);
  private at = 0;

  /** Starts a new record. */
  reset(count: number, line: number, index: number): void {
    this.record.grow(count);
    this.record.count = count;
    this.record.line = line;
    this.record.index = index;
    this.record.fieldBuffers = undefined;
    this.at = 0;
  }

  /** Sets field `i` to the bytes `from[s, e)`. */
  setBytes(i: number, from: Uint8Array, s: number, e: number): void {
    const r = this.record;
    const need = this.at + (e - s);
    if (need > this.buf.length) {
      const grown = Buffer.alloc(Math.max(need, this.buf.length * 2));
      this.buf.copy(grown, 0, 0, this.at);
      this.buf = grown;
    }
    r.starts[i] = this.at;
    this.buf.set(from.subarray(s, e), this.at);
    this.at += e - s;
    r.ends[i] = this.at;
    r.quoting[i] = Quoting.Quoted;
    r.buf = this.buf;
  }

  /** Sets field `i` to `text`, or to null. */
  set(i: number, text: string | null): void {
    const r = this.record;
    if (text === null) {
      r.starts[i] = this.at;
      r.ends[i] = this.at;
      r.quoting[i] = Quoting.Null;
      return;
    }
    const need = this.at + Buffer.byteLength(text);
    if (need > this.buf.length) {
      const grown = Buffer.alloc(Math.max(need, this.buf.length * 2));
      this.buf.copy(grown, 0, 0, this.at);
      this.buf = grown;
    }
    r.starts[i] = this.at;
    this.at += this.buf.write(text, this.at);
    r.ends[i] = this.at;
    r.quoting[i] = Quoting.Quoted;
    r.buf = this.buf;
  }
}

/** A JavaScript value as the text a CSV would hold, for the field type (dates as ISO 8601). */
export function cellText(value: unknown, type: string | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : value === Infinity ? 'INF' : value === -Infinity ? '-INF' : String(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // A day count past ±100,000,000 days is no date; its text fails the type check, as in a CSV.
    if (Number.isNaN(value.getTime())) return 'Invalid Date';
    const iso = value.toISOString();
    return type === 'date' ? iso.slice(0, 10) : type === 'time' ? iso.slice(11) : iso;
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * Reads JSON Lines: one object per line, the first object's keys being the header. A key missing
 * from a later object is a null cell; keys the header lacks become extra cells after the header's.
 */
export async function readJsonl(file: SourceFile, handlers: SourceHandlers, options: SourceOptions = {}): Promise<string> {
  let labels: string[] | undefined;
  // The header's keys as a set: a search of the list per key was quadratic in a wide object's width.
  let known: Set<string> | undefined;
  let line = 0;
  let index = 0;
  const builder = new RecordBuilder();
  let pending: Buffer | undefined;
  const maxRecordBytes = options.maxRecordBytes ?? 16 * 1024 * 1024;
  const onLine = (buf: Buffer, s: number, e: number) => {
    line++;
    if (e > s && buf[e - 1] === 0x0d) e--;
    if (e === s) return;
    if (!isUtf8Range(buf, s, e)) {
      throw new UserError(`data: ${file.display}:${line}: not valid UTF-8`, { file: file.display, line });
    }
    let value: unknown;
    try {
      value = JSON.parse(buf.toString('utf8', s, e));
    } catch (error) {
      throw new UserError(`data: ${file.display}:${line}: not a JSON object (${(error as Error).message.split('\n')[0]})`, { file: file.display, line });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UserError(`data: ${file.display}:${line}: each line must be one JSON object (keys = field names)`, { file: file.display, line });
    }
    const object = value as Record<string, unknown>;
    if (!labels) {
      labels = Object.keys(object);
      known = new Set(labels);
      handlers.onHeader(labels);
    }
    const extra = Object.keys(object).filter((k) => !known?.has(k));
    builder.reset(labels.length + extra.length, line, ++index);
    // Own keys only: a row without `__proto__` or `toString` must read as missing them, not as Object's.
    labels.forEach((label, i) => builder.set(i, cellText(Object.hasOwn(object, label) ? object[label] : undefined, options.typeOf?.(label))));
    extra.forEach((key, i) => builder.set((labels as string[]).length + i, cellText(object[key], undefined)));
    handlers.onRecord(builder.record);
  };
  const sha = await streamBytes(file, handlers, (chunk) => {
    const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
    pending = undefined;
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, from);
      if (nl < 0) break;
      onLine(buf, from, nl);
      from = nl + 1;
    }
    if (buf.length - from > maxRecordBytes) {
      throw new UserError(`data: ${file.display}:${line + 1}: a line longer than ${maxRecordBytes} bytes`, { file: file.display, line: line + 1 });
    }
    if (from < buf.length) pending = Buffer.from(buf.subarray(from));
  });
  if (pending) onLine(pending, 0, pending.length);
  if (!labels) handlers.onHeader([]);
  return sha;
}
