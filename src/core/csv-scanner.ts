/**
 * A streaming RFC 4180 scanner over raw bytes. It finds field boundaries without creating a string
 * per cell: consumers read cells as byte ranges and decode only what they need. Records that span
 * chunk boundaries are carried over (only the unfinished record is copied, never the whole stream).
 *
 * Dialect: `"` quotes; `""` inside quotes is one quote; LF or CRLF ends a record; a lone CR outside
 * quotes is data (as csv-parse does once it has seen a CRLF or LF file); a UTF-8 BOM at the start
 * is skipped; an empty line is a record with one empty field. A quote inside an unquoted field, a
 * character after a closing quote, a quote never closed and a record over `maxRecordBytes` are
 * {@link CsvSyntaxError}s naming the line.
 *
 * This is the one CSV dialect of modelgate: validate-data streams files through it, and metric files
 * are read through the same scanner by the string adapter in `csv.ts` (which only adds the metric
 * policies: blank lines skipped, one width for every row).
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A field's quoting, in {@link CsvRecord.quoting}. */
export const enum Quoting {
  /** Unquoted: the range is the cell as written. */
  Plain = 0,
  /** Quoted without doubled quotes: the range is the content between the quotes. */
  Quoted = 1,
  /** Quoted with `""` inside: the range is the raw content and needs {@link CsvRecord.unescape}. */
  Escaped = 2,
  /** No value at all (JSON null, a Parquet null): always a missing cell. */
  Null = 3,
}

/**
 * One record, reused between callbacks (copy what you keep). Field `i` is the bytes
 * `buf[starts[i] .. ends[i])`, quoted content already stripped of its enclosing quotes.
 */
export class CsvRecord {
  buf: Buffer = Buffer.alloc(0);
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  quoting = new Uint8Array(64);
  /** Number of fields. */
  count = 0;
  /** 1-based physical line the record starts on. */
  line = 1;
  /** 0-based index of the record in the stream (the header is record 0). */
  index = 0;
  private scratch = Buffer.alloc(256);

  /** Makes room for `n` fields. */
  grow(n: number): void {
    if (n <= this.starts.length) return;
    const size = Math.max(n, this.starts.length * 2);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const quoting = new Uint8Array(size);
    quoting.set(this.quoting);
    this.starts = starts;
    this.ends = ends;
    this.quoting = quoting;
  }

  /**
   * Rewrites an {@link Quoting.Escaped} field into a scratch buffer with `""` made `"`, and points the
   * field at it; other fields are left as they are. Returns the buffer that now holds field `i`.
   */
  unescape(i: number): Buffer {
    if (this.quoting[i] !== Quoting.Escaped) return this.buf;
    const s = this.starts[i] as number;
    const e = this.ends[i] as number;
    if (this.scratch.length < e - s) this.scratch = Buffer.alloc(Math.max(e - s, this.scratch.length * 2));
    let o = 0;
    for (let p = s; p < e; p++) {
      const c = this.buf[p] as number;
      this.scratch[o++] = c;
      if (c === QUOTE) p++;
    }
    // The scratch copy is the field from now on; callbacks then read it like any other.
    this.fieldBuffers ??= [];
    this.fieldBuffers[i] = this.scratch;
    this.starts[i] = 0;
    this.ends[i] = o;
    this.quoting[i] = Quoting.Quoted;
    this.scratch = Buffer.alloc(Math.max(256, this.scratch.length));
    return this.fieldBuffers[i];
  }

  /** Buffers of fields that were unescaped, by field index (sparse; reset per record). */
  fieldBuffers: Buffer[] | undefined;

  /** The buffer holding field `i` (after {@link unescape} when it was escaped). */
  bufferOf(i: number): Buffer {
    if (this.quoting[i] === Quoting.Escaped) return this.unescape(i);
    return this.fieldBuffers?.[i] ?? this.buf;
  }

  /** Field `i` as text, decoded as UTF-8 (the caller has checked validity where it matters). */
  text(i: number): string {
    const b = this.bufferOf(i);
    return b.toString('utf8', this.starts[i], this.ends[i]);
  }

  /** Field texts, for tests and slow paths. */
  texts(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.text(i));
    return out;
  }
}

/** A CSV syntax problem: what went wrong and the 1-based line where the record starts / it was found. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    /** 0-based index of the record that failed (records before it were delivered). */
    readonly record: number,
  ) {
    super(message);
  }
}

/** Options of a {@link CsvScanner}. */
export interface CsvScannerOptions {
  /** One-byte delimiter, default `,`. */
  delimiter?: string;
  /** The longest record allowed, in bytes; longer is an error (it bounds memory). Default 16 MiB. */
  maxRecordBytes?: number;
}

/** Result of scanning one record in a buffer. */
const INCOMPLETE = -1;

/**
 * Push-style scanner: call {@link push} with each chunk, then {@link end}. Every complete record is
 * handed to `onRecord` synchronously, in order.
 */
export class CsvScanner {
  private readonly delimiter: number;
  private readonly maxRecordBytes: number;
  private readonly record = new CsvRecord();
  private pending: Buffer | undefined;
  private line = 1;
  private index = 0;
  private first = true;
  /** Physical lines consumed by the last record scanned (its embedded and final line breaks). */
  private recordLines = 0;

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    options: CsvScannerOptions = {},
  ) {
    const delimiter = options.delimiter ?? ',';
    if (Buffer.byteLength(delimiter) !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new Error(`delimiter must be one byte other than a quote or a line break, got ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.maxRecordBytes = options.maxRecordBytes ?? 16 * 1024 * 1024;
  }

  /** Records delivered so far. */
  get records(): number {
    return this.index;
  }

  /** Scans a chunk; an unfinished last record is kept for the next chunk. */
  push(chunk: Buffer): void {
    let buf = chunk;
    if (this.pending) {
      buf = Buffer.concat([this.pending, chunk]);
      this.pending = undefined;
    }
    const used = this.scan(buf, false);
    if (used < buf.length) this.pending = buf.subarray(used);
  }

  /** Ends the stream: the carried-over record, if any, is completed by the end of data. */
  end(): void {
    const buf = this.pending;
    this.pending = undefined;
    if (buf && buf.length > 0) this.scan(buf, true);
  }

  /**
   * The allocation-free alternative to {@link push}: scans the complete records of `buf` and returns
   * the offset where the unfinished last one starts (`buf.length` when there is none). The caller
   * keeps the bytes from there and passes them again at the start of the next call, followed by new
   * data; with `final`, the end of `buf` ends the stream and everything is consumed. `buf` may be
   * reused once this returns. Do not mix with {@link push}.
   */
  scanSome(buf: Buffer, final: boolean): number {
    return this.scan(buf, final);
  }

  private scan(buf: Buffer, final: boolean): number {
    let p = 0;
    if (buf.length === 0) return 0;
    if (this.first) {
      if (buf.length < 3 && !final && buf.length > 0 && buf[0] === 0xef) return 0;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) p = 3;
      this.first = false;
    }
    const record = this.record;
    record.buf = buf;
    const len = buf.length;
    while (p < len) {
      const next = this.scanRecord(buf, p, final);
      if (next === INCOMPLETE) {
        if (len - p > this.maxRecordBytes) {
          throw new CsvSyntaxError(`a record longer than ${this.maxRecordBytes} bytes starts here (a quote never closed, or no line breaks)`, this.line, this.index);
        }
        return p;
      }
      if (next - p > this.maxRecordBytes) {
        throw new CsvSyntaxError(`a record longer than ${this.maxRecordBytes} bytes starts here`, this.line, this.index);
      }
      record.line = this.line;
      record.index = this.index;
      record.fieldBuffers = undefined;
      this.onRecord(record);
      this.line += this.recordLines;
      this.index++;
      p = next;
    }
    return len;
  }

  /** Scans one record from `p`; returns the offset after its terminator, or INCOMPLETE. */
  private scanRecord(buf: Buffer, start: number, final: boolean): number {
    const record = this.record;
    const delimiter = this.delimiter;
    const len = buf.length;
    let p = start;
    let n = 0;
    let lines = 0;
    for (;;) {
      if (n >= record.starts.length) record.grow(n + 1);
      if (p < len && buf[p] === QUOTE) {
        const contentStart = p + 1;
        let escaped = false;
        let q = contentStart;
        let contentEnd: number;
        for (;;) {
          const close = buf.indexOf(QUOTE, q);
          if (close < 0) {
            if (final) throw new CsvSyntaxError('a quoted field is never closed', this.line, this.index);
            return INCOMPLETE;
          }
          for (let k = q; k < close; k++) if (buf[k] === LF) lines++;
          if (close + 1 >= len && !final) return INCOMPLETE;
          if (buf[close + 1] === QUOTE) {
            escaped = true;
            q = close + 2;
            continue;
          }
          contentEnd = close;
          p = close + 1;
          break;
        }
        record.starts[n] = contentStart;
        record.ends[n] = contentEnd;
        record.quoting[n] = escaped ? Quoting.Escaped : Quoting.Quoted;
        n++;
        if (p >= len) {
          record.count = n;
          this.recordLines = lines + 1;
          return p;
        }
        const c = buf[p] as number;
        if (c === delimiter) {
          p++;
          if (p >= len) {
            if (!final) return INCOMPLETE;
            if (n >= record.starts.length) record.grow(n + 1);
            record.starts[n] = p;
            record.ends[n] = p;
            record.quoting[n] = Quoting.Plain;
            record.count = n + 1;
            this.recordLines = lines + 1;
            return p;
          }
          continue;
        }
        if (c === LF) {
          record.count = n;
          this.recordLines = lines + 1;
          return p + 1;
        }
        if (c === CR) {
          if (p + 1 >= len && !final) return INCOMPLETE;
          if (p + 1 < len && buf[p + 1] === LF) {
            record.count = n;
            this.recordLines = lines + 1;
            return p + 2;
          }
        }
        throw new CsvSyntaxError(`unexpected ${describeByte(c)} after a closing quote (a quote inside a quoted field must be doubled: "")`, this.line + lines, this.index);
      }
      const fieldStart = p;
      for (;;) {
        if (p >= len) {
          if (!final) return INCOMPLETE;
          record.starts[n] = fieldStart;
          record.ends[n] = p;
          record.quoting[n] = Quoting.Plain;
          record.count = n + 1;
          this.recordLines = lines + 1;
          return p;
        }
        const c = buf[p] as number;
        if (c === delimiter) {
          record.starts[n] = fieldStart;
          record.ends[n] = p;
          record.quoting[n] = Quoting.Plain;
          n++;
          p++;
          if (p >= len) {
            if (!final) return INCOMPLETE;
            if (n >= record.starts.length) record.grow(n + 1);
            record.starts[n] = p;
            record.ends[n] = p;
            record.quoting[n] = Quoting.Plain;
            record.count = n + 1;
            this.recordLines = lines + 1;
            return p;
          }
          break;
        }
        if (c === LF || c === CR) {
          let end = p;
          let next = p + 1;
          if (c === CR) {
            if (p + 1 >= len && !final) return INCOMPLETE;
            // A lone CR is data, also as the last byte of the file.
            if (p + 1 >= len || buf[p + 1] !== LF) {
              p++;
              continue;
            }
            next = p + 2;
          }
          if (end < fieldStart) end = fieldStart;
          record.starts[n] = fieldStart;
          record.ends[n] = end;
          record.quoting[n] = Quoting.Plain;
          record.count = n + 1;
          this.recordLines = lines + 1;
          return next;
        }
        if (c === QUOTE) {
          throw new CsvSyntaxError('a quote inside an unquoted field (quote the whole field and double the quote: "a""b")', this.line + lines, this.index);
        }
        p++;
      }
    }
  }
}

function describeByte(c: number): string {
  return c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}
