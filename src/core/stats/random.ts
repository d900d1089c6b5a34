// A seeded pseudo-random generator for the statistics in this folder. Gate results must be reproducible
// from the seed alone (same seed, same resamples, same verdict on every runner and Node version), so
// nothing here touches Math.random, and every draw is built from 32-bit integer arithmetic, which is
// exact in JavaScript on every platform.

const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;
/** Up to this n, x·n for a 32-bit x is below 2^53 and so exact in a double. */
const SMALL_INT = 2097152;
const MASK_64 = (1n << 64n) - 1n;

/** e^-1, the probability that a Poisson(1) draw is 0. */
const POISSON1_P0 = Math.exp(-1);

/**
 * Cumulative Poisson(1) probabilities F(k) = P(K <= k) for k = 0..POISSON_TABLE-1, and the same scaled
 * to 32-bit integers: a 32-bit draw below floor(F(k)·2^32) is certainly below F(k), above it certainly
 * not, so one 32-bit draw decides all but a 2^-28 fraction of cases without touching floating point.
 */
const POISSON_TABLE = 14;
const POISSON_CDF: number[] = [];
const POISSON_CUTS = new Uint32Array(POISSON_TABLE);
{
  let p = POISSON1_P0;
  let f = p;
  for (let k = 0; k < POISSON_TABLE; k++) {
    POISSON_CDF.push(f);
    POISSON_CUTS[k] = Math.floor(f * TWO_32);
    p /= k + 1;
    f += p;
  }
}

/**
 * A guide table on the top 8 bits of the 32-bit draw: GUIDE[j] is the k whose whole cell the j-th of
 * 256 equal slices of [0, 2^32) falls in, or 255 when a cut crosses the slice (14 of the 256 at most).
 * So most draws cost one table read instead of a search (the "guide table" of Chen and Asau 1974).
 */
const GUIDE = new Uint8Array(256);
for (let j = 0; j < 256; j++) {
  const low = j * 16777216;
  const high = low + 16777215;
  let k = 0;
  while (k < POISSON_TABLE && (POISSON_CUTS[k] as number) <= low) k++;
  const exact = k < POISSON_TABLE && (POISSON_CUTS[k] as number) > high && (k === 0 || (POISSON_CUTS[k - 1] as number) < low);
  GUIDE[j] = exact ? k : 255;
}

/** One step of SplitMix64 (Steele, Lea and Flood 2014), used only to spread a seed over the state. */
function splitMix64(state: bigint): [bigint, bigint] {
  const next = (state + 0x9e3779b97f4a7c15n) & MASK_64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
  return [next, z ^ (z >> 31n)];
}

/**
 * xoshiro128** 1.1 (Blackman and Vigna 2018): 128 bits of state, period 2^128 − 1, passes BigCrush, and
 * needs only 32-bit operations, which JavaScript does exactly and fast (Math.imul, >>>). Seeded through
 * SplitMix64 as its authors recommend, so nearby seeds give unrelated streams.
 *
 * Construct with {@link createRandom}; every method advances the state.
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** The n of the last int(n) call and its rejection threshold, so the loop does no division. */
  private intN = 0;
  private intThreshold = 0;

  /** The seed this generator started from, reported back with results so a run can be repeated. */
  readonly seed: number;

  /** @param seed an integer in [0, 2^53); the same seed always gives the same sequence. */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be an integer from 0 to 2^53-1, got ${seed}`);
    this.seed = seed;
    const [next, a] = splitMix64(BigInt(seed));
    const [, b] = splitMix64(next);
    // Kept as signed 32-bit values (| 0) from the start, so V8 stores the fields as small integers.
    this.s0 = Number(a & 0xffffffffn) | 0;
    this.s1 = Number(a >> 32n) | 0;
    this.s2 = Number(b & 0xffffffffn) | 0;
    this.s3 = Number(b >> 32n) | 0;
    // The all-zero state is the one fixed point of xoshiro; SplitMix64 never gives two zero words, but be sure.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32 random bits, as an unsigned integer in [0, 2^32). */
  next32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniform double in [0, 1) with all 53 bits of the mantissa random (two 32-bit draws). */
  uniform(): number {
    const hi = this.next32() >>> 5; // 27 bits
    const lo = this.next32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / TWO_53;
  }

  /**
   * A uniform integer in [0, n), without the modulo bias of `floor(uniform() * n)`. For n <= 2^21 it is
   * Lemire's multiply-and-reject (2019): the high half of x·n (exact in a double) is the answer unless
   * the low half falls below 2^32 mod n, which happens for fewer than n of the 2^32 values of x. The
   * bootstrap calls this in its innermost loop, so the rejection threshold is kept for the last n.
   * Larger n (to 2^53) reject on a 53-bit draw instead.
   * @param n an integer from 1 to 2^53.
   */
  int(n: number): number {
    if (n !== this.intN) this.prepareInt(n);
    if (n <= SMALL_INT) {
      for (;;) {
        const m = this.next32() * n;
        const high = Math.floor(m / TWO_32);
        if (m - high * TWO_32 >= this.intThreshold) return high;
      }
    }
    for (;;) {
      const x = (this.next32() >>> 11) * TWO_32 + this.next32();
      if (x < this.intThreshold) return x % n;
    }
  }

  private prepareInt(n: number): void {
    if (!(n >= 1) || !Number.isSafeInteger(n - 1)) throw new RangeError(`int(n) needs an integer n from 1 to 2^53, got ${n}`);
    this.intN = n;
    this.intThreshold = n <= SMALL_INT ? TWO_32 % n : TWO_53 - (TWO_53 % n);
  }

  /**
   * A Poisson(1) draw, by inversion: the smallest k with U < F(k). One 32-bit draw settles it against
   * the integer table almost always; a draw that lands on a table entry, or beyond the table (k >= 14,
   * probability 5e-12), is finished with 53 more bits in floating point, so the distribution is exact
   * to double precision rather than truncated at 2^-32.
   */
  poisson1(): number {
    const u = this.next32();
    const guess = GUIDE[u >>> 24] as number;
    if (guess !== 255) return guess;
    for (let k = 0; k < POISSON_TABLE; k++) {
      const cut = POISSON_CUTS[k] as number;
      if (u < cut) return k;
      if (u === cut) break;
    }
    return this.poissonTail(u);
  }

  /** A standard normal draw (Box–Muller; 1 − uniform() is in (0, 1], so the log is finite). */
  normal(): number {
    const r = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    return r * Math.cos(2 * Math.PI * this.uniform());
  }

  private poissonTail(u: number): number {
    const x = (u + this.uniform()) / TWO_32;
    let k = 0;
    let f = POISSON1_P0;
    let p = POISSON1_P0;
    // F(k) reaches 1 − 1e-16 near k = 18 and stops growing in double precision; past that, x < 1 ends it.
    while (x >= f && k < 40) {
      k++;
      p /= k;
      f = k < POISSON_TABLE ? (POISSON_CDF[k] as number) : f + p;
    }
    return k;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A generator seeded with `seed` (an integer in [0, 2^53)); see {@link Random}. */
export function createRandom(seed: number): Random {
  return new Random(seed);
}
