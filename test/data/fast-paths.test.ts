import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, CsvSyntaxError } from '../../src/core/csv-scanner.js';
import { CategoryCounter } from '../../src/data/category-counter.js';
import { parseBooleanBytes, parseIntegerBytes, parseNumberBytes, type ParsedValue } from '../../src/data/cell-parsers.js';
import { ExactAccumulator } from '../../src/data/exact-accumulator.js';
import { ExactSum } from '../../src/data/sketch.js';
import { TextMemo } from '../../src/data/text-memo.js';

const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e100, max: 1e100 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e15 + 1, 0.1, -0.1, 1e-300),
);

describe('ExactAccumulator', () => {
  it('holds the exact sum and sum of squares: the same canonical components as ExactSum', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 60 }), (values) => {
        const fast = new ExactAccumulator();
        const fastSquares = new ExactAccumulator();
        const exact = new ExactSum();
        const exactSquares = new ExactSum();
        for (const v of values) {
          fast.add(v);
          exact.add(v);
          if (Math.abs(v) < 1e100) {
            fastSquares.addSquare(v);
            exactSquares.addSquare(v);
          }
        }
        expect(fast.toExactSum().canonical()).toEqual(exact.canonical());
        expect(fastSquares.toExactSum().canonical()).toEqual(exactSquares.canonical());
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact across its periodic carries (over 2^20 values, mixed signs and scales)', () => {
    const fast = new ExactAccumulator();
    const exact = new ExactSum();
    let seed = 12345;
    for (let i = 0; i < (1 << 20) + 5000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const v = (seed / 4294967296 - 0.6) * 10 ** ((seed % 7) - 3) * (i % 3 === 0 ? 1e6 : 1);
      fast.add(v);
      exact.add(v);
    }
    expect(fast.toExactSum().canonical()).toEqual(exact.canonical());
    // Still usable after a read-out: a negative total must not ripple borrows to the top bin.
    fast.add(-1e12);
    exact.add(-1e12);
    expect(fast.toExactSum().canonical()).toEqual(exact.canonical());
  });
});

describe('CategoryCounter', () => {
  it('counts like a Map capped at its first `capacity` distinct values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'é', '€', '1', ' '), maxLength: 6 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (values, capacity) => {
          const counter = new CategoryCounter(capacity);
          const model = new Map<string, number>();
          let other = 0;
          for (const v of values) {
            const bytes = Buffer.from(`xx${v}`);
            const counted = counter.add(bytes, 2, bytes.length);
            const seen = model.get(v);
            if (seen !== undefined) model.set(v, seen + 1);
            else if (model.size < capacity) model.set(v, 1);
            else other++;
            expect(counted).toBe(model.has(v));
          }
          expect(counter.entries()).toEqual([...model]);
          expect(values.length - other).toBe([...model.values()].reduce((a, b) => a + b, 0));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('TextMemo', () => {
  it('answers as its predicate for every key, through cache collisions and keys too long to cache', () => {
    let calls = 0;
    const memo = new TextMemo((text) => {
      calls++;
      return text.length % 3 === 0 || text.startsWith('z');
    });
    const keys = Array.from({ length: 6000 }, (_, i) => (i % 5 === 0 ? 'z'.repeat(70 + (i % 9)) : `k${(i * 7919) % 3001}`));
    for (const key of keys) {
      const bytes = Buffer.from(`--${key}--`);
      expect(memo.test(bytes, 2, bytes.length - 2)).toBe(key.length % 3 === 0 || key.startsWith('z'));
    }
    // The memo is used: repeated short keys are not all tested again.
    expect(calls).toBeLessThan(keys.length);
  });
});

describe('byte parsers against the reference conversions', () => {
  const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 25 });
  const numeric = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        digits,
        fc.constantFrom('', '.'),
        digits,
        fc.constantFrom('', 'e', 'E', 'e+', 'e-', 'E-'),
        fc.string({ unit: fc.constantFrom('0', '3', '9'), maxLength: 4 }),
      )
      .map((parts) => parts.join('')),
    fc.constantFrom('NaN', 'INF', '-INF', '+INF', 'nan', 'inf', 'Infinity', '.5', '5.', '.', '', '-', '007', '1e', 'e5', '0x10', ' 1', '1 ', '1_000', '١'),
    fc.double({ noNaN: true }).map(String),
  );
  const grammar = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

  it('parseNumberBytes accepts the Table Schema number grammar and gives the value Number() gives', () => {
    fc.assert(
      fc.property(numeric, (text) => {
        const out: ParsedValue = { num: 12345 };
        const bytes = Buffer.from(`,${text},`);
        const ok = parseNumberBytes(bytes, 1, bytes.length - 1, out);
        const special = text === 'NaN' ? NaN : text === 'INF' || text === '+INF' ? Infinity : text === '-INF' ? -Infinity : undefined;
        expect(ok).toBe(grammar.test(text) || special !== undefined);
        if (ok) expect(out.num).toBe(special ?? Number(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('parseIntegerBytes accepts [+-]digits only, with the value Number() gives', () => {
    fc.assert(
      fc.property(numeric, (text) => {
        const out: ParsedValue = { num: 12345 };
        const bytes = Buffer.from(text);
        const ok = parseIntegerBytes(bytes, 0, bytes.length, out);
        expect(ok).toBe(/^[+-]?\d+$/.test(text));
        if (ok) expect(out.num).toBe(Number(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('parseBooleanBytes accepts exactly the default true and false values', () => {
    const truthy = ['true', 'True', 'TRUE', '1'];
    const falsy = ['false', 'False', 'FALSE', '0'];
    const variants = ['tRUE', 'TRue', 'trUE', 'FaLSE', 'fALSE', 'FALSe', 'yes', '', '2', 'truee', 'fals', 'T', 'F', '01', ' true'];
    for (const text of [...truthy, ...falsy, ...variants]) {
      const out: ParsedValue = { num: -1 };
      const ok = parseBooleanBytes(Buffer.from(text), 0, Buffer.byteLength(text), out);
      expect([ok, ok ? out.num : -1], text).toEqual(truthy.includes(text) ? [true, 1] : falsy.includes(text) ? [true, 0] : [false, -1]);
    }
  });
});

describe('CsvScanner.scanSome', () => {
  /** Feeds `bytes` through one reused buffer the way the file reader does, chunk sizes from `sizes`. */
  function viaReusedBuffer(bytes: Buffer, sizes: number[]): string[][] | 'error' {
    const out: string[][] = [];
    const scanner = new CsvScanner((r) => out.push(r.texts()));
    let work = Buffer.alloc(8);
    let carry = 0;
    let at = 0;
    let k = 0;
    try {
      while (at < bytes.length) {
        const n = Math.min(sizes[k++ % sizes.length] as number, bytes.length - at);
        if (work.length < carry + n) {
          const grown = Buffer.alloc(carry + n + 8);
          work.copy(grown, 0, 0, carry);
          work = grown;
        }
        bytes.copy(work, carry, at, at + n);
        at += n;
        const end = carry + n;
        const used = scanner.scanSome(work.subarray(0, end), false);
        work.copyWithin(0, used, end);
        // Poison what is left over, so a record that kept pointing at old bytes would show.
        work.fill(0x21, end - used);
        carry = end - used;
      }
      if (carry > 0) scanner.scanSome(work.subarray(0, carry), true);
    } catch (error) {
      if (error instanceof CsvSyntaxError) return 'error';
      throw error;
    }
    return out;
  }

  function viaPush(bytes: Buffer): string[][] | 'error' {
    const out: string[][] = [];
    const scanner = new CsvScanner((r) => out.push(r.texts()));
    try {
      scanner.push(bytes);
      scanner.end();
    } catch (error) {
      if (error instanceof CsvSyntaxError) return 'error';
      throw error;
    }
    return out;
  }

  it('gives the records push() gives, whatever the chunk sizes', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'é', '1', ' ') }),
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n') }).map((s) => `"${s.replace(/"/g, '""')}"`),
    );
    const text = fc
      .tuple(fc.boolean(), fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([bom, rows, eol, last]) => `${bom ? '\ufeff' : ''}${rows.map((r) => r.join(',')).join(eol)}${last ? eol : ''}`);
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), (csv, sizes) => {
        const bytes = Buffer.from(csv);
        expect(viaReusedBuffer(bytes, sizes)).toEqual(viaPush(bytes));
      }),
      { numRuns: 500 },
    );
  });
});

describe('newCategories on a boolean field', () => {
  it('compares the canonical true/false with the reference (it used to crash on a boolean column)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { validateData } = await import('../../src/data/validate.js');
    const dir = mkdtempSync(join(tmpdir(), 'mg-fast-'));
    const path = join(dir, 'a.csv');
    writeFileSync(path, 'flag\nTRUE\n0\nfalse\n1\n');
    const reference = {
      format: 'modelgate-profile' as const,
      version: 1 as const,
      rows: 1,
      columns: [{ name: 'flag', kind: 'categorical' as const, count: 1, nulls: 0, categories: [['true', 1]] as [string, number][], otherCount: 0 }],
    };
    const report = await validateData({
      sources: [{ path, display: 'a.csv' }],
      schema: { fields: [{ name: 'flag', type: 'boolean' }] },
      schemaFile: 's.json',
      tempDir: dir,
      referenceProfile: reference,
      checks: { newCategories: { flag: 'fail' } },
    });
    const check = report.checks.find((c) => c.id === 'new-categories:flag');
    expect(check).toMatchObject({ passed: false, count: 2 });
    expect(check?.examples.map((e) => [e.cell, e.rowNumber])).toEqual([['false', 3]]);
  });
});
