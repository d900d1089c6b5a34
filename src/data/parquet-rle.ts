/** A position in a page: the page's bytes and the offset read up to. */
export interface Reader {
  view: DataView;
  offset: number;
}

/**
 * The RLE / bit-packed hybrid (Parquet's levels and dictionary indexes): `count` values of `width`
 * bits into `out`, reading up to byte `end` of the view.
 */
export function rleHybrid(r: Reader, width: number, out: Uint8Array | Int32Array, count: number, end: number): void {
  const view = new Uint8Array(r.view.buffer, r.view.byteOffset, r.view.byteLength);
  const limit = Math.min(end, view.length);
  const bytes = (width + 7) >> 3;
  const mask = width >= 32 ? 0xffffffff : (1 << width) - 1;
  const corrupt = (what: string) => new Error(`levels or dictionary indexes: ${what} at byte ${r.offset}`);
  let n = 0;
  while (n < count && r.offset < limit) {
    let header = 0;
    for (let shift = 0; ; shift += 7) {
      if (r.offset >= limit || shift > 35) throw corrupt('a run header that does not end');
      const b = view[r.offset++] as number;
      header += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
    }
    if (header % 2 === 0) {
      if (r.offset + bytes > limit) throw corrupt('a run without its value');
      let value = 0;
      for (let i = 0; i < bytes; i++) value += (view[r.offset++] as number) * 2 ** (8 * i);
      if (value > mask) throw corrupt(`the value ${value} in ${width} bits`);
      const run = Math.min(header / 2, count - n);
      out.fill(value, n, n + run);
      n += run;
      continue;
    }
    const groups = Math.floor(header / 2);
    const stop = r.offset + groups * width;
    if (stop > limit) throw corrupt(`${groups} bit-packed groups past the end`);
    const total = Math.min(groups * 8, count - n);
    let p = r.offset;
    let bits = 0;
    if (width <= 24) {
      // Integer arithmetic: at most 24 + 7 bits are held.
      let acc = 0;
      for (let i = 0; i < total; i++) {
        while (bits < width) {
          acc |= (view[p++] as number) << bits;
          bits += 8;
        }
        out[n++] = acc & mask;
        acc >>>= width;
        bits -= width;
      }
    } else {
      let acc = 0;
      for (let i = 0; i < total; i++) {
        while (bits < width) {
          acc += (view[p++] as number) * 2 ** bits;
          bits += 8;
        }
        out[n++] = acc % (mask + 1);
        acc = Math.floor(acc / (mask + 1));
        bits -= width;
      }
    }
    r.offset = stop;
  }
  if (n < count) throw new Error(`levels or indexes end after ${n} of ${count} values`);
}
