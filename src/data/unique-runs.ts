/**
 * Runs of a numeric key: consecutive integers on consecutive rows (an id column, 1, 2, 3...), kept
 * as intervals instead of one hashed record per key. A run cannot repeat itself, so the keys of a
 * column of ids cost a comparison each; {@link UniqueIndex.finish} looks for repeats between runs and
 * the other keys, and replays the runs as records only when it finds an overlap.
 */

/** Shorter runs go to the index key by key (a stored run costs 40 bytes). */
export const MIN_RUN = 16;
/** At most this many runs are kept (2.5 MiB); later runs go key by key, so memory stays bounded. */
export const MAX_RUNS = 65_536;
// Per run: first value, length, source, first row number, first line (0: the format has none).
const WIDTH = 5;
// A run starts only below this, so that every value in it is an exact integer.
const LARGEST = 2 ** 52;

/** Where a key goes when it is not kept in a run: the value and its location. */
export type KeySink = (value: number, source: number, rowNumber: number, line: number) => void;

/** The runs of one index, in the order they were seen (which is the order of their rows). */
export class KeyRuns {
  private runs = new Float64Array(WIDTH * 64);
  /** Stored runs. */
  size = 0;
  private start = 0;
  private length = 0;
  private source = 0;
  private row = 0;
  private line = 0;
  private sortedStarts: Float64Array | undefined;
  private sortedEnds: Float64Array | undefined;

  /** Takes the key `value` seen at a location: into the open run, or a new one (closing the open run into `sink` or storage). */
  add(value: number, source: number, rowNumber: number, line: number, sink: KeySink): void {
    const n = this.length;
    if (n > 0 && value === this.start + n && source === this.source && rowNumber === this.row + n && line === (this.line === 0 ? 0 : this.line + n)) {
      this.length = n + 1;
      return;
    }
    this.close(sink);
    if (Number.isInteger(value) && value < LARGEST && value > -LARGEST) {
      this.start = value;
      this.length = 1;
      this.source = source;
      this.row = rowNumber;
      this.line = line;
    } else sink(value, source, rowNumber, line);
  }

  /** Ends the open run: stored when long enough and there is room, else each key goes to `sink`. */
  close(sink: KeySink): void {
    const n = this.length;
    if (n === 0) return;
    this.length = 0;
    if (n >= MIN_RUN && this.size < MAX_RUNS) {
      if ((this.size + 1) * WIDTH > this.runs.length) {
        const grown = new Float64Array(this.runs.length * 2);
        grown.set(this.runs);
        this.runs = grown;
      }
      this.runs.set([this.start, n, this.source, this.row, this.line], this.size * WIDTH);
      this.size++;
      this.sortedStarts = undefined;
      return;
    }
    for (let k = 0; k < n; k++) sink(this.start + k, this.source, this.row + k, this.line === 0 ? 0 : this.line + k);
  }

  /** Whether two stored runs share a value. */
  overlap(): boolean {
    const [starts, ends] = this.sorted();
    for (let i = 1; i < starts.length; i++) if ((starts[i] as number) <= (ends[i - 1] as number)) return true;
    return false;
  }

  /** Whether a stored run holds `value` (after {@link overlap} said no: the runs are then disjoint). */
  holds(value: number): boolean {
    const [starts, ends] = this.sorted();
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (value < (starts[mid] as number)) high = mid - 1;
      else if (value > (ends[mid] as number)) low = mid + 1;
      else return true;
    }
    return false;
  }

  /** Every key of the stored runs, run by run in the order they were seen. */
  replay(sink: KeySink): void {
    for (let r = 0; r < this.size; r++) {
      const [start, n, source, row, line] = this.runs.subarray(r * WIDTH, r * WIDTH + WIDTH) as unknown as number[];
      for (let k = 0; k < (n as number); k++) sink((start as number) + k, source as number, (row as number) + k, line === 0 ? 0 : (line as number) + k);
    }
  }

  /** First and last values of the stored runs, by first value. */
  private sorted(): [Float64Array, Float64Array] {
    if (!this.sortedStarts || !this.sortedEnds) {
      const order = Array.from({ length: this.size }, (_, r) => r).sort((a, b) => (this.runs[a * WIDTH] as number) - (this.runs[b * WIDTH] as number));
      this.sortedStarts = Float64Array.from(order, (r) => this.runs[r * WIDTH] as number);
      this.sortedEnds = Float64Array.from(order, (r) => (this.runs[r * WIDTH] as number) + (this.runs[r * WIDTH + 1] as number) - 1);
    }
    return [this.sortedStarts, this.sortedEnds];
  }
}
