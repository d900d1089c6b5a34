import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { readPredictions } from '../../src/data/predictions.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-predictions-'));
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const read = (name: string, text: string | Buffer) => readPredictions(file(name, text), name);

describe('readPredictions', () => {
  it('reads the same examples from CSV, JSON Lines and Parquet, column by column', async () => {
    const csv = await read('p.csv', 'id,label,prediction,score,weight,cluster,prob.a,prob.b,text\ne1,a,a,0.9,1,u1,0.9,0.1,"hi, there"\ne2,b,a,0.4,2,u1,0.6,0.4,x\n');
    const jsonl = await read(
      'p.jsonl',
      '{"id":"e1","label":"a","prediction":"a","score":0.9,"weight":1,"cluster":"u1","prob.a":0.9,"prob.b":0.1}\n\n{"id":"e2","label":"b","prediction":"a","score":0.4,"weight":2,"cluster":"u1","prob.a":0.6,"prob.b":0.4}\n',
    );
    const parquet = await read(
      'p.parquet',
      Buffer.from(
        parquetWriteBuffer({
          columnData: [
            { name: 'id', data: ['e1', 'e2'], type: 'STRING' },
            { name: 'label', data: ['a', 'b'], type: 'STRING' },
            { name: 'prediction', data: ['a', 'a'], type: 'STRING' },
            { name: 'score', data: [0.9, 0.4], type: 'DOUBLE' },
            { name: 'weight', data: [1, 2], type: 'INT32' },
            { name: 'cluster', data: ['u1', 'u1'], type: 'STRING' },
            { name: 'prob.a', data: [0.9, 0.6], type: 'DOUBLE' },
            { name: 'prob.b', data: [0.1, 0.4], type: 'DOUBLE' },
          ],
        }),
      ),
    );
    for (const p of [csv, jsonl, parquet]) {
      expect(p.ids).toEqual(['e1', 'e2']);
      expect(p.label).toEqual(['a', 'b']);
      expect(p.prediction).toEqual(['a', 'a']);
      expect([...(p.score ?? [])]).toEqual([0.9, 0.4]);
      expect([...(p.weight ?? [])]).toEqual([1, 2]);
      expect(p.cluster).toEqual(['u1', 'u1']);
      expect(p.probs?.classes).toEqual(['a', 'b']);
      expect(p.probs?.values.map((v) => [...v])).toEqual([
        [0.9, 0.6],
        [0.1, 0.4],
      ]);
      expect(p.value).toBeUndefined();
    }
  });

  it('reads ids given as numbers as text, so 7 and "7" are one example', async () => {
    const p = await read('n.jsonl', '{"id":7,"value":0.5}\n{"id":"8","value":1}\n');
    expect(p.ids).toEqual(['7', '8']);
    expect([...(p.value ?? [])]).toEqual([0.5, 1]);
  });

  const refusals: [string, string, string, RegExp][] = [
    ['no id column', 'a.csv', 'key,label\n1,a\n', /predictions: a\.csv: no 'id' column: every example needs a stable id, the same in the champion's and the challenger's file$/],
    ['a misspelt id column', 'b.csv', 'ids,label\n1,a\n', /no 'id' column: every example needs a stable id.*; did you mean 'ids'\? Name it 'id'/],
    ['a repeated id', 'c.csv', 'id,label,prediction\ne1,a,a\ne2,a,b\ne1,b,b\n', /predictions: c\.csv:4: id 'e1' is repeated \(first at line 2\)/],
    ['an empty id', 'd.jsonl', '{"id":"","value":1}\n', /predictions: d\.jsonl:1: 'id' is empty/],
    ['a score that is not a number', 'e.csv', 'id,score\ne1,0.5\ne2,high\n', /predictions: e\.csv:3: 'score' is "high", not a finite number/],
    ['a score out of [0, 1]', 'f.csv', 'id,score\ne1,1.5\n', /predictions: f\.csv:2: 'score' is 1\.5: a probability is between 0 and 1/],
    ['a negative weight', 'g.jsonl', '{"id":"e1","value":1,"weight":-1}\n', /predictions: g\.jsonl:1: 'weight' is -1: a weight is 0 or more/],
    ['a missing value in a row', 'h.jsonl', '{"id":"e1","value":1}\n{"id":"e2"}\n', /predictions: h\.jsonl:2: 'value' is empty, not a finite number/],
    [
      'no column a metric can use',
      'i.csv',
      'id,labels\ne1,a\n',
      /none of the columns label, prediction, score, value or prob\.<class>, and a metric needs at least one; did you mean 'labels'\?/,
    ],
    ['a line that is not an object', 'j.jsonl', '{"id":"e1","value":1}\n[1,2]\n', /predictions: j\.jsonl:2: not a JSON object/],
    ['another format', 'k.tsv', 'id\tlabel\n', /predictions: k\.tsv: use a \.csv, \.jsonl or \.parquet file/],
    ['a broken Parquet file', 'l.parquet', 'PAR1 not really', /predictions: l\.parquet: not a readable Parquet file/],
  ];
  for (const [what, name, text, message] of refusals) {
    it(`refuses ${what}, naming the file and line`, async () => {
      const error = await read(name, text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(message);
    });
  }
});
