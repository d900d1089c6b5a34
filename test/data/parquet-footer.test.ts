import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { keepFooters, keptFooters, parquetFooter } from '../../src/data/parquet-source.js';

describe('a footer read ahead by the split planner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-footer-'));
  const write = (path: string, rows: number) => writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'n', data: new Int32Array(rows) }] })));

  it('is taken by the next reader once, then read again', async () => {
    const path = join(dir, 'a.parquet');
    write(path, 10);
    const ahead = await parquetFooter(path, true);
    const taken = await parquetFooter(path);
    expect(taken.metadata).toBe(ahead.metadata);
    const again = await parquetFooter(path);
    expect(again.metadata).not.toBe(ahead.metadata);
    expect(Number(again.metadata.num_rows)).toBe(10);
  });

  it('is not used once the file has changed', async () => {
    const path = join(dir, 'b.parquet');
    write(path, 10);
    await parquetFooter(path, true);
    write(path, 25);
    // A rewrite within the clock's resolution still changes the size; set the mtime apart too.
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(Number((await parquetFooter(path)).metadata.num_rows)).toBe(25);
  });

  it('crosses to another thread as a structured clone, and is taken there without parsing', async () => {
    const path = join(dir, 'c.parquet');
    write(path, 7);
    await parquetFooter(path, true);
    const handed = structuredClone(keptFooters([path, join(dir, 'none.parquet')]));
    expect(handed.map((f) => [f.path, Number(f.metadata.num_rows)])).toEqual([[path, 7]]);
    // This thread's reader takes its own; then the handed one is kept as the other thread would keep it.
    await parquetFooter(path);
    keepFooters(handed);
    const taken = await parquetFooter(path);
    expect(taken.metadata).toBe(handed[0]?.metadata);
    expect(Number(taken.metadata.num_rows)).toBe(7);
  });
});
