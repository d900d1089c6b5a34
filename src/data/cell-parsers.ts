/**
 * Byte-level parsers for the common, default-format cell values: they read the bytes of a cell
 * without making a string and leave the value in `out.num`. Each returns false when the cell is not
 * of the type. Anything off the fast path (long mantissas, exponents) falls back to exact parsing.
 */
import { isAscii, isUtf8 } from 'node:buffer';

/** Where a parser leaves its result. */
export interface ParsedValue {
  num: number;
}

const D0 = 0x30;
const D9 = 0x39;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;

// Powers of ten that are exact doubles: mantissa / 10^k is then correctly rounded (Clinger's fast path).
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

const NUMBER_GRAMMAR = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses an integer `[+-]?digits`. Beyond 15 digits the value is the nearest double. */
export function parseIntegerBytes(buf: Uint8Array, s: number, e: number, out: ParsedValue): boolean {
  let p = s;
  let negative = false;
  if (p < e) {
    const c = buf[p] as number;
    if (c === MINUS) {
      negative = true;
      p++;
    } else if (c === PLUS) p++;
  }
  if (p >= e || e - p > 15) return e - p > 15 ? slowInteger(buf, s, e, out) : false;
  let v = 0;
  for (; p < e; p++) {
    const d = (buf[p] as number) - D0;
    if (d < 0 || d > 9) return false;
    v = v * 10 + d;
  }
  out.num = negative ? -v : v;
  return true;
}

function slowInteger(buf: Uint8Array, s: number, e: number, out: ParsedValue): boolean {
  const text = Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('latin1');
  if (!/^[+-]?\d+$/.test(text)) return false;
  out.num = Number(text);
  return true;
}

/** Parses a number: decimal with optional exponent, or `NaN`, `INF`, `-INF` (Table Schema). */
export function parseNumberBytes(buf: Uint8Array, s: number, e: number, out: ParsedValue): boolean {
  let p = s;
  let negative = false;
  if (p < e) {
    const c = buf[p] as number;
    if (c === MINUS) {
      negative = true;
      p++;
    } else if (c === PLUS) p++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let sawDot = false;
  for (; p < e; p++) {
    const c = buf[p] as number;
    if (c >= D0 && c <= D9) {
      mantissa = mantissa * 10 + (c - D0);
      digits++;
      if (sawDot) fraction++;
    } else if (c === DOT && !sawDot) sawDot = true;
    else break;
  }
  if (p === e && digits > 0 && digits <= 15) {
    const v = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
    out.num = negative ? -v : v;
    return true;
  }
  return slowNumber(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('latin1'), out);
}

/** The exact path: grammar checked by a regular expression, value by `Number`. */
export function slowNumber(text: string, out: ParsedValue): boolean {
  if (NUMBER_GRAMMAR.test(text)) {
    out.num = Number(text);
    return true;
  }
  if (text === 'NaN') out.num = NaN;
  else if (text === 'INF' || text === '+INF') out.num = Infinity;
  else if (text === '-INF') out.num = -Infinity;
  else return false;
  return true;
}

function digits2(buf: Uint8Array, p: number): number {
  const a = (buf[p] as number) - D0;
  const b = (buf[p + 1] as number) - D0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function digits4(buf: Uint8Array, p: number): number {
  const a = digits2(buf, p);
  const b = digits2(buf, p + 2);
  return a < 0 || b < 0 ? -1 : a * 100 + b;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (no Date object, any year). */
function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Parses `YYYY-MM-DD` at `p`; the value is days since the epoch, or -Infinity when invalid. */
function dateAt(buf: Uint8Array, p: number): number {
  const year = digits4(buf, p);
  const month = digits2(buf, p + 5);
  const day = digits2(buf, p + 8);
  if (year < 0 || buf[p + 4] !== MINUS || buf[p + 7] !== MINUS || month < 1 || month > 12 || day < 1) return -Infinity;
  if (day > daysInMonth(year, month)) return -Infinity;
  return epochDay(year, month, day);
}

/** Parses an ISO date `YYYY-MM-DD` into days since 1970-01-01. */
export function parseDateBytes(buf: Uint8Array, s: number, e: number, out: ParsedValue): boolean {
  if (e - s !== 10) return false;
  const v = dateAt(buf, s);
  if (v === -Infinity) return false;
  out.num = v;
  return true;
}

/**
 * Parses `hh:mm:ss[.fraction][Z|±hh:mm]` at `p` up to `e`; the value is seconds (an offset moves it
 * to UTC), or NaN when invalid.
 */
function timeAt(buf: Uint8Array, p: number, e: number): number {
  if (e - p < 8) return NaN;
  const h = digits2(buf, p);
  const m = digits2(buf, p + 3);
  const sec = digits2(buf, p + 6);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60 || buf[p + 2] !== 0x3a || buf[p + 5] !== 0x3a) return NaN;
  let v = h * 3600 + m * 60 + sec;
  let q = p + 8;
  if (q < e && buf[q] === DOT) {
    q++;
    let scale = 0.1;
    const from = q;
    while (q < e && (buf[q] as number) >= D0 && (buf[q] as number) <= D9) {
      v += ((buf[q] as number) - D0) * scale;
      scale /= 10;
      q++;
    }
    if (q === from) return NaN;
  }
  if (q === e) return v;
  if (buf[q] === 0x5a && q + 1 === e) return v;
  const sign = buf[q];
  if ((sign === PLUS || sign === MINUS) && e - q === 6 && buf[q + 3] === 0x3a) {
    const oh = digits2(buf, q + 1);
    const om = digits2(buf, q + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    const offset = oh * 3600 + om * 60;
    return sign === PLUS ? v - offset : v + offset;
  }
  return NaN;
}

/** Parses an ISO time `hh:mm:ss[.f][Z|±hh:mm]` into seconds since midnight (UTC when offset). */
export function parseTimeBytes(buf: Uint8Array, s: number, e: number, out: ParsedValue): boolean {
  const v = timeAt(buf, s, e);
  if (Number.isNaN(v)) return false;
  out.num = v;
  return true;
}

/** Parses an ISO datetime `YYYY-MM-DDThh:mm:ss[.f][Z|±hh:mm]` into seconds since the epoch. */
export function parseDatetimeBytes(buf: Uint8Array, s: number, e: number, out: ParsedValue): boolean {
  if (e - s < 19 || buf[s + 10] !== 0x54) return false;
  const day = dateAt(buf, s);
  if (day === -Infinity) return false;
  const t = timeAt(buf, s + 11, e);
  if (Number.isNaN(t)) return false;
  out.num = day * 86400 + t;
  return true;
}

/**
 * Parses a boolean with Table Schema's default values: `true`, `True`, `TRUE`, `1` are 1 and
 * `false`, `False`, `FALSE`, `0` are 0 (no other casing).
 */
export function parseBooleanBytes(buf: Uint8Array, s: number, e: number, out: ParsedValue): boolean {
  const n = e - s;
  if (n === 1) {
    const c = buf[s];
    if (c === D0 + 1 || c === D0) {
      out.num = c === D0 ? 0 : 1;
      return true;
    }
    return false;
  }
  const first = buf[s] as number;
  // The rest is all lower case ("true", "True") or all upper case after the first letter ("TRUE").
  const upper = n > 1 && (buf[s + 1] as number) < 0x61;
  if (n === 4 && (first === 0x74 || first === 0x54) && sameWord(buf, s + 1, upper ? 'RUE' : 'rue')) {
    if (upper && first !== 0x54) return false;
    out.num = 1;
    return true;
  }
  if (n === 5 && (first === 0x66 || first === 0x46) && sameWord(buf, s + 1, upper ? 'ALSE' : 'alse')) {
    if (upper && first !== 0x46) return false;
    out.num = 0;
    return true;
  }
  return false;
}

function sameWord(buf: Uint8Array, p: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (buf[p + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** Parses a year: an integer of four digits, optionally signed. */
export function parseYearBytes(buf: Uint8Array, s: number, e: number, out: ParsedValue): boolean {
  const sign = buf[s] === MINUS || buf[s] === PLUS ? 1 : 0;
  if (e - s - sign !== 4) return false;
  return parseIntegerBytes(buf, s, e, out);
}

/** True when bytes `[s, e)` are all ASCII (the fast path of every decode). */
export function isAsciiRange(buf: Uint8Array, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if ((buf[p] as number) >= 0x80) return false;
  return true;
}

/** True when every byte of `buf` is ASCII: {@link isAsciiRange} for a whole buffer, natively (SIMD), which pays past a few hundred bytes. */
export function isAsciiBuffer(buf: Uint8Array): boolean {
  return isAscii(buf);
}

/** True when bytes `[s, e)` are valid UTF-8. */
export function isUtf8Range(buf: Buffer, s: number, e: number): boolean {
  return isAsciiRange(buf, s, e) || isUtf8(buf.subarray(s, e));
}

/** Number of Unicode code points in valid UTF-8 bytes `[s, e)`: every byte that does not continue one. */
export function codePointLength(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  for (let p = s; p < e; p++) if (((buf[p] as number) & 0xc0) !== 0x80) n++;
  return n;
}
