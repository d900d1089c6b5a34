import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeStreamAtomic } from '../../src/core/files.js';
import { hashFile, sha256File, sha256Of } from '../../src/core/hashing.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'modelgate-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text or bytes, creating the folder, and leaves no temporary file', async () => {
    await writeFileAtomic(join(dir, 'a', 'b.txt'), 'hello');
    await writeFileAtomic(join(dir, 'a', 'c.bin'), Buffer.from([1, 2, 3]));
    expect(await readFile(join(dir, 'a', 'b.txt'), 'utf8')).toBe('hello');
    expect([...(await readFile(join(dir, 'a', 'c.bin')))]).toEqual([1, 2, 3]);
    expect((await readdir(join(dir, 'a'))).sort()).toEqual(['b.txt', 'c.bin']);
  });

  it('keeps every concurrent write whole: the file is one of them, never a mix', async () => {
    const target = join(dir, 'index.json');
    const contents = Array.from({ length: 20 }, (_, i) => JSON.stringify({ writer: i, pad: 'x'.repeat(10_000) }));
    await Promise.all(contents.map((c) => writeFileAtomic(target, c)));
    expect(contents).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['index.json']);
  });
});

describe('writeStreamAtomic', () => {
  it('streams through the transform into the file', async () => {
    const target = join(dir, 'blob');
    const upper = new Transform({ transform: (chunk: Buffer, _e, done) => done(null, Buffer.from(chunk.toString('utf8').toUpperCase())) });
    await writeStreamAtomic(target, Readable.from([Buffer.from('abc'), Buffer.from('def')]), { through: upper });
    expect(await readFile(target, 'utf8')).toBe('ABCDEF');
  });

  it('leaves the old file and no temporary file when beforeRename throws', async () => {
    const target = join(dir, 'blob');
    await writeFile(target, 'old');
    const refused = new Error('digest mismatch');
    const write = writeStreamAtomic(target, Readable.from([Buffer.from('new')]), {
      beforeRename: () => {
        throw refused;
      },
    });
    await expect(write).rejects.toBe(refused);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['blob']);
  });

  it('leaves no temporary file when the source fails', async () => {
    const source = new Readable({ read() {} });
    const write = writeStreamAtomic(join(dir, 'blob'), source);
    source.push('partial');
    source.destroy(new Error('connection reset'));
    await expect(write).rejects.toThrow('connection reset');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('file hashes', () => {
  it('hashFile, sha256File and sha256Of agree with node:crypto', async () => {
    const bytes = Buffer.alloc(5 * 1024 * 1024 + 3, 7);
    const path = join(dir, 'model.bin');
    await writeFile(path, bytes);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(await hashFile(path)).toEqual({ sha256: expected, size: bytes.length });
    expect(await sha256File(path)).toBe(expected);
    expect(sha256Of(bytes)).toBe(expected);
    expect(sha256Of('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('rejects for a missing file', async () => {
    await expect(hashFile(join(dir, 'absent'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
