/**
 * Hashing and comparing byte ranges, shared by the byte-keyed tables of the validator's hot loop
 * (category counts, memoised text predicates): cells are looked up by their bytes so that a cell
 * seen before costs no string.
 */

/** MurmurHash3 (x86, 32-bit) of `buf[s, e)`: four bytes per step, well mixed in every bit. */
export function hashBytes(buf: Uint8Array, s: number, e: number): number {
  let h = 0x9747b28c;
  let p = s;
  for (; p + 4 <= e; p += 4) {
    let k = (buf[p] as number) | ((buf[p + 1] as number) << 8) | ((buf[p + 2] as number) << 16) | ((buf[p + 3] as number) << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  switch (e - p) {
    case 3:
      k ^= (buf[p + 2] as number) << 16;
    // falls through
    case 2:
      k ^= (buf[p + 1] as number) << 8;
    // falls through
    case 1:
      k ^= buf[p] as number;
      k = Math.imul(k, 0xcc9e2d51);
      k = (k << 15) | (k >>> 17);
      h ^= Math.imul(k, 0x1b873593);
  }
  h ^= e - s;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** True when `a[as, as + n)` equals `b[bs, bs + n)`. */
export function sameBytes(a: Uint8Array, as: number, b: Uint8Array, bs: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[as + k] !== b[bs + k]) return false;
  return true;
}
