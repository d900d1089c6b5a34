import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { snappyUncompress } from 'hyparquet';
import { snappyCompress } from 'hysnappy';
import { describe, expect, it } from 'vitest';
import { HYSNAPPY_VERSION, HYSNAPPY_WASM } from '../../src/data/hysnappy-wasm.js';
import { decompress } from '../../src/data/parquet-buffers.js';
import { mulberry32 } from '../helpers/random.js';

const hysnappy = join(import.meta.dirname, '..', '..', 'node_modules', 'hysnappy');

/** Bytes a column page might hold: runs, repeats of earlier stretches and noise, by `seed`. */
function pageLike(size: number, seed: number): Uint8Array {
  const random = mulberry32(seed);
  const out = new Uint8Array(size);
  for (let i = 0; i < size;) {
    const kind = random();
    const n = Math.min(size - i, 1 + Math.floor(random() * 300));
    if (kind < 0.3) out.fill(Math.floor(random() * 256), i, i + n);
    else if (kind < 0.6 && i > 0) for (let k = 0; k < n; k++) out[i + k] = out[i + k - 1 - Math.floor(random() * Math.min(i, 5000))] as number;
    else for (let k = 0; k < n; k++) out[i + k] = Math.floor(random() * 256);
    i += n;
  }
  return out;
}

describe('Snappy pages uncompressed in the WebAssembly module memory', () => {
  it('the copied module is the installed hysnappy one (run scripts/vendor-hysnappy.mjs after an upgrade)', () => {
    const source = readFileSync(join(hysnappy, 'js', 'uncompress.js'), 'utf8');
    expect(HYSNAPPY_WASM).toBe(/const wasm64 = '([A-Za-z0-9+/=]+)'/.exec(source)?.[1]);
    expect(HYSNAPPY_VERSION).toBe(JSON.parse(readFileSync(join(hysnappy, 'package.json'), 'utf8')).version);
  });

  it('gives what hyparquet gives, page after page, through growth of the module memory and smaller pages again', () => {
    for (const [k, size] of [0, 1, 17, 1000, 65_536, 300_000, 3_000_000, 5, 120_000].entries()) {
      const page = pageLike(size, k + 1);
      const compressed = snappyCompress(page);
      const expected = new Uint8Array(size);
      snappyUncompress(compressed, expected);
      expect(Buffer.from(expected).equals(Buffer.from(page)), `size ${size}`).toBe(true);
      expect(Buffer.from(decompress(compressed, size, 'SNAPPY')).equals(Buffer.from(page)), `size ${size}`).toBe(true);
    }
  });

  it('refuses a page that is cut short, claims another size, or claims more than Snappy can hold', () => {
    const page = pageLike(50_000, 9);
    const compressed = snappyCompress(page);
    expect(() => decompress(compressed.subarray(0, compressed.length - 100), page.length, 'SNAPPY')).toThrow(/snappy: the page is damaged/);
    expect(() => decompress(compressed, page.length + 1, 'SNAPPY')).toThrow(/snappy: the page holds 50000 bytes, its header says 50001/);
    expect(() => decompress(compressed.subarray(0, 10), 1e9, 'SNAPPY')).toThrow(/snappy: a page of 10 bytes cannot hold 1000000000/);
  });

  it('leaves other codecs to hyparquet', () => {
    const plain = Uint8Array.from([1, 2, 3]);
    expect(decompress(plain, 3, 'UNCOMPRESSED')).toEqual(plain);
  });
});
