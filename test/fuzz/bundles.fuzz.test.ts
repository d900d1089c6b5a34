/**
 * The attacks again, through the shipped bundle: `node dist/cli.js compare-metrics` and `validate-data`
 * on the nastiest generated files, in a fresh workspace each. A file that cannot be read must end the
 * step with exit 1 and one `error:` line naming it: never an internal error or a stack trace, and never
 * exit 0 with a gate that passed on what it could not read. A few cases under `npm test`, more under
 * `npm run fuzz`. MODELGATE_FUZZ_CLI names another bundle to run (default dist/cli.js).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { aliasBomb, HOSTILE, nestJson, nestYaml } from './generators.js';
import { ROOT } from '../helpers/runner.js';
import { bytesOf, Family, runs, TIMEOUT } from './harness.js';

const family = new Family('bundles');
const CLI = resolve(process.env.MODELGATE_FUZZ_CLI ?? join(ROOT, 'dist', 'cli.js'));
const root = mkdtempSync(join(tmpdir(), 'mg-fuzz-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** Runs the CLI in a fresh workspace holding `files`, with nothing of this machine's CI environment. */
function cli(files: Record<string, string | Buffer>, args: string[]) {
  const ws = join(root, `ws-${n++}`);
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(ws, name, '..'), { recursive: true });
    writeFileSync(join(ws, name), data);
  }
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ws, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', HOME: ws } });
  rmSync(ws, { recursive: true, force: true });
  return result;
}

/** Exit 1 with a clear `error:` line matching `message`; no internal error, no stack, no passing gate. */
function refused(result: ReturnType<typeof cli>, message: RegExp, what: string): void {
  const shown = `${what}\nexit ${result.status}${result.signal ? ` (${result.signal})` : ''}\nstderr: ${result.stderr.slice(0, 2000)}\nstdout: ${result.stdout.slice(0, 500)}`;
  expect(result.status, shown).toBe(1);
  expect(result.stderr, shown).toMatch(message);
  expect(result.stderr + result.stdout, shown).not.toMatch(/internal error|\n\s+at .*:\d+:\d+/);
  expect(result.stdout, shown).not.toMatch(/"passed":\s*"true"/);
}

const name = fc.oneof(
  fc.constantFrom('acc', 'f1.macro', 'loss'),
  fc.constantFrom(...HOSTILE).filter((h) => h.trim() !== '' && !/[\r\n]/.test(h)),
);

/** Metrics files no reader may accept, each with the file name the error must start with. */
const badMetrics: fc.Arbitrary<{ file: string; text: string; note: string }> = fc.oneof(
  fc.integer({ min: 600, max: 100_000 }).map((d) => ({ file: 'out/metrics.json', text: `{"acc": ${nestJson('0.9', d, 'array')}}`, note: `JSON nested ${d} deep` })),
  fc.tuple(fc.integer({ min: 5, max: 9 }), fc.integer({ min: 5, max: 9 })).map(([l, w]) => ({ file: 'metrics.yaml', text: `acc: 0.9\n${aliasBomb(l, w)}`, note: 'alias bomb' })),
  fc.constant({ file: 'metrics.yaml', text: 'acc: *missing\n', note: 'undefined alias' }),
  fc.integer({ min: 5_000, max: 20_000 }).map((d) => ({ file: 'metrics.yml', text: nestYaml(d, 'flow'), note: `YAML nested ${d} deep` })),
  // The last value would pass `min: 0.5`; JSON.parse keeps it in silence.
  name.map((k) => ({ file: 'metrics.json', text: `{${JSON.stringify(k)}: 0.1, "acc": 0.1, ${JSON.stringify(k)}: 0.99, "acc": 0.99}`, note: 'a key given twice' })),
  name.map((k) => ({ file: 'metrics.yaml', text: `acc: 0.1\n${JSON.stringify(k)}: 1\nacc: 0.99\n`, note: 'a YAML key given twice' })),
  fc.constantFrom('junk', ' ', 'x"').map((junk) => ({ file: 'metrics.csv', text: `name,value\n"acc"${junk},0.9\n`, note: `text after a closing quote: ${junk}` })),
  fc.constant({ file: 'metrics.csv', text: 'name,value\n"acc,0.9\n', note: 'a quote never closed' }),
  fc.constant({ file: 'metrics.csv', text: 'name,value\racc,0.9\r', note: 'CR line ends' }),
  fc.double({ min: 0.05, max: 0.95, noNaN: true }).map((f) => {
    const full = '{"acc": 0.9, "f1": {"macro": 0.8, "micro": 0.85}, "loss": 0.1}';
    return { file: 'metrics.json', text: full.slice(0, Math.floor(full.length * f)), note: 'truncated' };
  }),
  fc.constant({ file: 'metrics.json', text: '{"acc\u0000": 0.9}', note: 'a NUL in a key' }),
  fc.constant({ file: 'metrics.json', text: '{"acc": 0.9, " ": 1}', note: 'a blank metric name' }),
);

describe('node dist/cli.js compare-metrics', () => {
  it(
    'refuses an unreadable metrics file with exit 1 and the file named, never passing the gate',
    () =>
      family.check(
        'cli compare-metrics',
        badMetrics,
        async ({ file, text, note }) => {
          const result = cli({ [file]: text }, ['compare-metrics', '--metrics', file, '--baseline', 'none', '--rules', 'acc: {min: 0.5}', '--comment', 'false']);
          refused(result, new RegExp(`^error: metrics: ${file.replace(/\./g, '\\.')}[:\\s]`, 'm'), note);
          return { bytes: bytesOf(text), label: `${file}: ${note}` };
        },
        { seed: 0x5a01, numRuns: runs(6, 100), examples: [{ file: 'metrics.csv', text: 'name,value\n"acc"junk,0.9\n', note: 'text after a closing quote' }] },
      ),
    TIMEOUT,
  );

  it('reads the same metrics when they are well formed and gates them (the refusals above are not a broken CLI)', () => {
    const pass = cli({ 'metrics.json': '{"acc": 0.9}' }, [
      'compare-metrics',
      '--metrics',
      'metrics.json',
      '--baseline',
      'none',
      '--rules',
      'acc: {min: 0.5}',
      '--comment',
      'false',
    ]);
    expect(pass.status, pass.stderr).toBe(0);
    expect(pass.stdout).toMatch(/"passed":\s*"true"/);
    const fail = cli({ 'metrics.json': '{"acc": 0.1}' }, [
      'compare-metrics',
      '--metrics',
      'metrics.json',
      '--baseline',
      'none',
      '--rules',
      'acc: {min: 0.5}',
      '--comment',
      'false',
    ]);
    expect(fail.status).toBe(1);
    expect(fail.stderr).toMatch(/^error: compare-metrics: verdict fail/m);
  });
});

/** Data and schema files validate-data cannot read: the error names the data file or the schema. */
const badData: fc.Arbitrary<{ files: Record<string, string | Buffer>; data: string; schema: string; message: RegExp; note: string }> = fc.oneof(
  fc.constantFrom('junk', ' ', 'x"').map((junk) => ({
    files: { 'data/train.csv': `a,b\n1,2\n"3"${junk},4\n`, 'schema.yaml': 'fields: [{name: a, type: integer}, {name: b, type: integer}]\n' },
    data: 'data/train.csv',
    schema: 'schema.yaml',
    message: /^error: data: data\/train\.csv:3: /m,
    note: `text after a closing quote: ${junk}`,
  })),
  fc.constant({
    files: { 'data/train.csv': 'a,b\n1,"2\n3,4\n', 'schema.yaml': 'fields: [{name: a}, {name: b}]\n' },
    data: 'data/train.csv',
    schema: 'schema.yaml',
    message: /^error: data: data\/train\.csv:2: /m,
    note: 'a quote never closed',
  }),
  fc.double({ min: 0.1, max: 0.9, noNaN: true }).map((f) => {
    const zipped = gzipSync(`a,b\n${Array.from({ length: 2000 }, (_, i) => `${i},${i * 2}`).join('\n')}\n`);
    return {
      files: { 'data/train.csv.gz': zipped.subarray(0, Math.floor(zipped.length * f)), 'schema.yaml': 'fields: [{name: a, type: integer}, {name: b, type: integer}]\n' },
      data: 'data/train.csv.gz',
      schema: 'schema.yaml',
      message: /^error: data: data\/train\.csv\.gz: /m,
      note: 'gzip cut short',
    };
  }),
  fc.constantFrom('[1, 2]', '"x"', '{"a": 1', 'null').map((line) => ({
    files: { 'data/train.jsonl': `{"a": 1}\n${line}\n`, 'schema.yaml': 'fields: [{name: a, type: integer}]\n' },
    data: 'data/train.jsonl',
    schema: 'schema.yaml',
    message: /^error: data: data\/train\.jsonl:2: /m,
    note: `JSON Lines: ${line}`,
  })),
  fc.integer({ min: 600, max: 20_000 }).map((d) => ({
    files: { 'data/train.csv': 'a\n1\n', 'schema.json': `{"fields": [{"name": "a", "constraints": {"enum": [${nestJson('1', d, 'array')}]}}]}` },
    data: 'data/train.csv',
    schema: 'schema.json',
    message: /^error: schema: .*schema\.json:\d+/m,
    note: `a schema's enum nested ${d} deep`,
  })),
  fc.constant({
    files: { 'data/train.csv': 'a\n1\n', 'schema.yaml': `fields: [{name: a}]\n${aliasBomb(9, 9)}` },
    data: 'data/train.csv',
    schema: 'schema.yaml',
    message: /^error: schema: .*schema\.yaml/m,
    note: 'a schema alias bomb',
  }),
);

describe('node dist/cli.js validate-data', () => {
  it(
    'refuses an unreadable data file or schema with exit 1 and the file named',
    () =>
      family.check(
        'cli validate-data',
        badData,
        async ({ files, data, schema, message, note }) => {
          const result = cli(files, ['validate-data', '--data', data, '--schema', schema]);
          refused(result, message, note);
          return { bytes: Object.values(files).reduce((sum, f) => sum + bytesOf(f), 0), label: `${data}: ${note}` };
        },
        {
          seed: 0x5b01,
          numRuns: runs(6, 100),
          // An enum nested 5,000 deep overflowed the stack: "validate-data: internal error".
          examples: [
            {
              files: { 'data/train.csv': 'a\n1\n', 'schema.json': `{"fields": [{"name": "a", "constraints": {"enum": [${nestJson('1', 5_000, 'array')}]}}]}` },
              data: 'data/train.csv',
              schema: 'schema.json',
              message: /^error: schema: .*schema\.json:\d+/m,
              note: "a schema's enum nested 5000 deep",
            },
          ],
        },
      ),
    TIMEOUT,
  );

  it('fails the data, not the reading, when a schema saved with a byte order mark finds a bad cell', () => {
    const result = cli({ 'data/train.csv': 'a\n1\nx\n', 'schema.json': '\uFEFF{"fields": [{"name": "a", "type": "integer"}]}' }, [
      'validate-data',
      '--data',
      'data/train.csv',
      '--schema',
      'schema.json',
    ]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(/not valid JSON|internal error/);
    expect(result.stderr).toMatch(/^error: validate-data: /m);
  });
});
