/**
 * compare-metrics' readers under fuzz: JSON, YAML, CSV and TSV metrics files, dvc.yaml, run records,
 * saved comparison files and rules. Each either returns or throws a UserError naming the file; never
 * another error, a leaked stack overflow, or a hang. Where the input is valid by construction, what is
 * read must be what was written (round trips), and what cannot be read must never pass a gate.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { fromRows, readComparisonFile } from '../../src/core/comparison-file.js';
import { numberOrText, parseMetricsFile, readMetrics, type Metric } from '../../src/core/metrics.js';
import { readRunRecord } from '../../src/core/run-record.js';
import { parseRulesYaml, ruleFor } from '../../src/core/rules.js';
import { aliasBomb, csvCell, digitRun, HOSTILE, jsonText, metricName, metricTree, metricValue, mutated, nestJson, nestYaml, yamlNasty } from './generators.js';
import { bytesOf, Family, runs, TIMEOUT, userErrorOrValue } from './harness.js';

const family = new Family('metrics-readers');
const dir = mkdtempSync(join(tmpdir(), 'mg-fuzz-metrics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a reader must make of a parsed tree: dotted names, indexed arrays, text that spells a number as one. */
function expectedMetrics(tree: unknown, prefix = ''): { name: string; value: number | string }[] | 'empty name' {
  if (tree !== null && typeof tree === 'object') {
    const out: { name: string; value: number | string }[] = [];
    for (const [key, child] of Array.isArray(tree) ? tree.map((v, i) => [String(i), v] as const) : Object.entries(tree)) {
      if (key.trim() === '') return 'empty name';
      const inner = expectedMetrics(child, prefix ? `${prefix}.${key}` : key);
      if (inner === 'empty name') return inner;
      out.push(...inner);
    }
    return out;
  }
  return [{ name: prefix, value: typeof tree === 'number' ? tree : typeof tree === 'string' ? numberOrText(tree) : String(tree) }];
}

/**
 * A tree as JSON gives it back: key order and -0 as JSON.parse makes them; NaN and the infinities
 * kept (Python's json.dump writes them bare, and the reader takes them) or null (strict JSON).
 */
function normalised(tree: unknown, python: boolean): unknown {
  const text = JSON.stringify(tree, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? (python ? { '@nonfinite': String(v) } : null) : v));
  return JSON.parse(text, (_k, v: unknown) => (v && typeof v === 'object' && '@nonfinite' in v ? Number((v as Record<string, string>)['@nonfinite']) : v));
}

/** The invariants of any metrics a reader returned, whatever the input. */
function checkMetrics(path: string, metrics: Metric[]): void {
  for (const m of metrics) {
    expect(typeof m.name).toBe('string');
    expect(typeof m.value === 'number' || typeof m.value === 'string').toBe(true);
    expect(m.source.file).toBe(path);
  }
}

/** The grammar numberOrText reads as a number, checked by hand in one pass (a regex for it was quadratic). */
function spellsNumber(t: string): boolean {
  const digit = (i: number) => t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57;
  let i = t[0] === '+' || t[0] === '-' ? 1 : 0;
  const start = i;
  while (digit(i)) i++;
  const whole = i - start;
  let fraction = 0;
  if (t[i] === '.') {
    const from = ++i;
    while (digit(i)) i++;
    fraction = i - from;
  }
  if (whole === 0 && fraction === 0) return false;
  if (t[i] === 'e' || t[i] === 'E') {
    i++;
    if (t[i] === '+' || t[i] === '-') i++;
    const from = i;
    while (digit(i)) i++;
    if (i === from) return false;
  }
  return i === t.length;
}

const simplify = (metrics: Metric[]) => metrics.map(({ name, value }) => ({ name, value }));

describe('JSON metrics files', () => {
  it(
    'round-trip: a JSON file of nested metrics reads as its dotted names and values',
    () =>
      family.check(
        'json round trip',
        fc.record({ tree: metricTree, pretty: fc.boolean(), python: fc.boolean(), bom: fc.boolean(), path: fc.constantFrom('m.json', 'out/metrics.JSON', 'metrics') }),
        async ({ tree, pretty, python, bom, path }) => {
          const text = `${bom ? '\uFEFF' : ''}${jsonText(tree, pretty, python)}`;
          // What the file holds once written: strict JSON has null for NaN and the infinities.
          const expected = expectedMetrics(normalised(tree, python));
          const got = await userErrorOrValue(path, () => parseMetricsFile(path, text));
          if (expected === 'empty name') {
            expect('error' in got && got.error.message, text).toMatch(/an empty metric name/);
          } else {
            expect('value' in got && simplify(got.value.metrics), text).toEqual(expected);
          }
          return { bytes: bytesOf(text), label: path };
        },
        {
          seed: 0x15a1,
          numRuns: runs(150),
          // A bare NaN beside a string holding "[NaN]" refused the file: the string was quoted open.
          examples: [{ tree: { loss: Number.NaN, note: '[NaN]', 'x: NaN,': 1 }, pretty: false, python: true, bom: false, path: 'm.json' }],
        },
      ),
    TIMEOUT,
  );

  it(
    'any mutation of a metrics JSON file is read or refused with the file named',
    () =>
      family.check(
        'json mutated',
        fc.record({
          doc: mutated(
            fc.oneof(
              metricTree.map((t) => jsonText(t, true, true)),
              fc.constantFrom('{"a": 1, "a": 2}', '{"a": {"b": 1, "b": 2}}', '[1, 2]', '"x"', 'null', '{"a": NaN}'),
            ),
          ),
          path: fc.constantFrom('m.json', 'metrics'),
        }),
        async ({ doc, path }) => {
          const got = await userErrorOrValue(path, () => parseMetricsFile(path, doc.text));
          if ('value' in got) checkMetrics(path, got.value.metrics);
          return { bytes: bytesOf(doc.text), label: `${path}: ${doc.note}` };
        },
        { seed: 0x15a2, numRuns: runs(300) },
      ),
    TIMEOUT,
  );

  it(
    'a key given twice in any object is refused with its line, never read as the last one',
    () =>
      family.check(
        'json duplicate keys',
        fc.record({ tree: metricTree, key: metricName, depth: fc.integer({ min: 0, max: 4 }), first: metricValue, second: metricValue }),
        async ({ tree, key, depth, first, second }) => {
          // The pair is spliced into the innermost of `depth` nested objects.
          const pair = `${JSON.stringify(key)}: ${jsonText(first, false, true)},\n${JSON.stringify(key)}: ${jsonText(second, false, true)}`;
          const body = jsonText(tree, true, true).replace(/^\{/, `{\n${pair}${Object.keys(tree).length ? ',' : ''}`);
          const text = depth === 0 ? body : `${'{"n": '.repeat(depth)}${body}${'}'.repeat(depth)}`;
          const got = await userErrorOrValue('m.json', () => parseMetricsFile('m.json', text));
          expect('error' in got && got.error.message, text).toMatch(/^metrics: m\.json:\d+: the key .* is given twice in one object/);
          return { bytes: bytesOf(text), label: 'duplicate key' };
        },
        { seed: 0x15a3, numRuns: runs(100) },
      ),
    TIMEOUT,
  );

  it(
    'deep nesting is refused as nesting, not as a stack overflow',
    () =>
      family.check(
        'json deep nesting',
        fc.record({ depth: fc.integer({ min: 40, max: 200_000 }), kind: fc.constantFrom('array', 'object') as fc.Arbitrary<'array' | 'object'>, valid: fc.boolean() }),
        async ({ depth, kind, valid }) => {
          const inner = nestJson('1', depth, kind);
          const text = `{"m": ${valid ? inner : inner.slice(0, -1)}}`;
          const got = await userErrorOrValue('m.json', () => parseMetricsFile('m.json', text));
          expect('error' in got && got.error.message).toMatch(valid ? /nests deeper than/ : /not valid JSON/);
          return { bytes: bytesOf(text), label: `${kind} nesting ${depth}${valid ? '' : ', unclosed'}` };
        },
        { seed: 0x15a4, numRuns: runs(20, 2_000), examples: [{ depth: 100_000, kind: 'array' as const, valid: true }] },
      ),
    TIMEOUT,
  );
});

describe('YAML metrics files', () => {
  it(
    'round-trip: a YAML file of nested metrics reads as its dotted names and values',
    () =>
      family.check(
        'yaml round trip',
        fc.record({ tree: metricTree, flow: fc.boolean(), path: fc.constantFrom('m.yaml', 'm.yml') }),
        async ({ tree, flow, path }) => {
          const text = YAML.stringify(tree, { collectionStyle: flow ? 'flow' : 'block', lineWidth: 0 });
          const got = await userErrorOrValue(path, () => parseMetricsFile(path, text));
          // The yaml library can write what it cannot read back (seed 5553: a flow sequence holding
          // ":\n>" becomes a plain scalar starting with `>`): that file is not YAML, so it is refused.
          let parsed: unknown;
          try {
            parsed = YAML.parse(text) as unknown;
          } catch {
            expect('error' in got && got.error.message, text).toMatch(/not valid YAML/);
            return { bytes: bytesOf(text), label: `${path}, not YAML as written` };
          }
          const expected = expectedMetrics(parsed);
          if (expected === 'empty name') expect('error' in got && got.error.message, text).toMatch(/an empty metric name/);
          else if ('value' in got) expect(simplify(got.value.metrics), text).toEqual(expected);
          else expect(got.error.message, text).toMatch(/expected an object/);
          return { bytes: bytesOf(text), label: path };
        },
        { seed: 0x15b1, numRuns: runs(150), examples: [{ tree: { a: [{ b: [':\n>'] }] }, flow: true, path: 'm.yaml' }] },
      ),
    TIMEOUT,
  );

  it(
    'any mutation of a metrics YAML file (anchors, aliases, tags, deep nesting) is read or refused with the file named',
    () =>
      family.check(
        'yaml mutated',
        fc.record({
          doc: mutated(
            fc.oneof(
              { weight: 3, arbitrary: metricTree.map((t) => YAML.stringify(t, { lineWidth: 0 })) },
              { weight: 2, arbitrary: yamlNasty },
              { weight: 1, arbitrary: metricTree.map((t) => `base: &b\n${YAML.stringify(t, { lineWidth: 0 }).replace(/^/gm, '  ')}copy: *b\n`) },
            ),
          ),
          path: fc.constantFrom('m.yaml', 'dvc.yaml', 'metrics'),
        }),
        async ({ doc, path }) => {
          const got = await userErrorOrValue(path, () => parseMetricsFile(path, doc.text));
          if ('value' in got) checkMetrics(path, got.value.metrics);
          return { bytes: bytesOf(doc.text), label: `${path}: ${doc.note}` };
        },
        {
          seed: 0x15b2,
          numRuns: runs(300),
          // The findings this suite re-runs: an alias bomb, an alias to no anchor, a 100 KB digit run.
          examples: [
            { doc: { text: aliasBomb(9, 9), note: 'alias bomb' }, path: 'm.yaml' },
            { doc: { text: 'a: *nope\n', note: 'undefined alias' }, path: 'm.yaml' },
            { doc: { text: `a: "${'1'.repeat(100_000)}x"\n`, note: '100 KB digit run' }, path: 'm.yaml' },
            { doc: { text: nestYaml(20_000, 'flow'), note: 'flow nesting 20000' }, path: 'm.yaml' },
          ],
        },
      ),
    TIMEOUT,
  );
});

describe('wide files', () => {
  it(
    'many metrics read in time linear in their number, in every format',
    () =>
      family.check(
        'wide files',
        fc.record({ n: fc.integer({ min: 1, max: runs(5_000, 60_000) }), format: fc.constantFrom('json', 'yaml', 'csv', 'csv-columns') }),
        async ({ n, format }) => {
          const names = Array.from({ length: n }, (_, i) => `layer_${i}.loss`);
          const path = format === 'json' ? 'm.json' : format === 'yaml' ? 'm.yaml' : 'm.csv';
          const text =
            format === 'json'
              ? JSON.stringify(Object.fromEntries(names.map((k, i) => [k, i + 0.5])))
              : format === 'yaml'
                ? names.map((k, i) => `${k}: ${i}.5`).join('\n')
                : format === 'csv'
                  ? ['name,value', ...names.map((k, i) => `${k},${i}.5`)].join('\n')
                  : `${names.join(',')}\n${names.map((_, i) => `${i}.5`).join(',')}\n`;
          const got = await userErrorOrValue(path, () => parseMetricsFile(path, text));
          expect('value' in got && got.value.metrics.length).toBe(n);
          return { bytes: bytesOf(text), label: `${path}: ${n} metrics` };
        },
        // 60,000 YAML keys took 48 s while the parser checked each key against every earlier one.
        { seed: 0x15c0, numRuns: runs(6, 40), examples: [{ n: 60_000, format: 'yaml' }] },
      ),
    TIMEOUT,
  );
});

describe('CSV and TSV metrics files', () => {
  const row = fc.record({
    name: metricName,
    value: fc.oneof(
      metricValue.map(String),
      digitRun.filter((d) => d.length < 5000),
    ),
    quoteName: fc.boolean(),
    quoteValue: fc.boolean(),
  });

  it(
    "round-trip: 'name,value' rows read as written, names trimmed; a blank name is refused with its line",
    () =>
      family.check(
        'csv round trip',
        fc.record({ rows: fc.array(row, { maxLength: 8 }), tsv: fc.boolean(), crlf: fc.boolean(), bom: fc.boolean() }),
        async ({ rows, tsv, crlf, bom }) => {
          const d = tsv ? '\t' : ',';
          const path = tsv ? 'm.tsv' : 'm.csv';
          const eol = crlf ? '\r\n' : '\n';
          const lines = [`name${d}value`, ...rows.map((r) => `${csvCell(r.name, r.quoteName, d)}${d}${csvCell(r.value, r.quoteValue, d)}`)];
          const text = `${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
          const got = await userErrorOrValue(path, () => parseMetricsFile(path, text));
          const blank = rows.findIndex((r) => r.name.trim() === '');
          if (blank >= 0) {
            expect('error' in got && got.error.message, text).toMatch(/empty metric name/);
          } else {
            expect('value' in got && simplify(got.value.metrics), text).toEqual(rows.map((r) => ({ name: r.name.trim(), value: numberOrText(r.value) })));
          }
          return { bytes: bytesOf(text), label: path };
        },
        { seed: 0x15c1, numRuns: runs(150) },
      ),
    TIMEOUT,
  );

  it(
    'text after a closing quote is refused with the file and its line, never merged into the cell',
    () =>
      family.check(
        'csv text after closing quote',
        fc.record({
          before: fc.array(row, { maxLength: 5 }),
          name: metricName,
          junk: fc.tuple(fc.constantFrom('j', 'x', ' ', '0', '.', '\t'), fc.string({ unit: fc.constantFrom('j', '"', ' '), maxLength: 5 })).map(([a, b]) => a + b),
          crlf: fc.boolean(),
        }),
        async ({ before, name, junk, crlf }) => {
          const eol = crlf ? '\r\n' : '\n';
          const lines = ['name,value', ...before.map((r) => `${csvCell(r.name, true)},${csvCell(r.value, true)}`)];
          // The line of the junk: quoted cells before it and the name itself may hold line breaks.
          const line = lines.join(eol).split('\n').length + name.split('\n').length;
          lines.push(`"${name.replace(/"/g, '""')}"${junk},0.9`);
          const text = `${lines.join(eol)}${eol}`;
          const got = await userErrorOrValue('m.csv', () => parseMetricsFile('m.csv', text));
          expect('error' in got && got.error.message, text).toMatch(new RegExp(`^metrics: m\\.csv:${line}: unexpected .* after a closing quote`));
          return { bytes: bytesOf(text), label: 'junk after a closing quote' };
        },
        { seed: 0x15c2, numRuns: runs(100), examples: [{ before: [], name: 'acc', junk: 'junk', crlf: false }] },
      ),
    TIMEOUT,
  );

  it(
    'any mutation of a metrics CSV or TSV file is read or refused with the file named',
    () =>
      family.check(
        'csv mutated',
        fc.record({
          doc: mutated(
            fc.oneof(
              fc.array(row, { maxLength: 6 }).map((rows) => ['name,value', ...rows.map((r) => `${csvCell(r.name, r.quoteName)},${csvCell(r.value, r.quoteValue)}`)].join('\n')),
              fc
                .array(row, { minLength: 1, maxLength: 6 })
                .map((rows) => `${rows.map((r) => csvCell(r.name, r.quoteName)).join(',')}\n${rows.map((r) => csvCell(r.value, r.quoteValue)).join(',')}\n`),
            ),
          ),
          path: fc.constantFrom('m.csv', 'm.tsv'),
        }),
        async ({ doc, path }) => {
          const got = await userErrorOrValue(path, () => parseMetricsFile(path, doc.text));
          if ('value' in got) checkMetrics(path, got.value.metrics);
          return { bytes: bytesOf(doc.text), label: `${path}: ${doc.note}` };
        },
        { seed: 0x15c3, numRuns: runs(300) },
      ),
    TIMEOUT,
  );
});

describe('numbers in text', () => {
  it(
    'numberOrText reads a number exactly when the text spells one, in time linear in its length',
    () =>
      family.check(
        'numberOrText',
        fc.oneof(digitRun, fc.string({ unit: fc.constantFrom('1', '0', '.', 'e', 'E', '+', '-', ' ', 'x', 'n', 'a', 'i', 'f'), maxLength: 40 })),
        async (text) => {
          const value = numberOrText(text);
          const t = text.trim();
          if (spellsNumber(t)) expect(value).toBe(Number(t));
          else if (typeof value === 'number') expect(/^[+-]?(\.?nan|inf|infinity|\.inf)$/i.test(t), text).toBe(true);
          else expect(value).toBe(text);
          return { bytes: bytesOf(text), label: `${text.length} characters` };
        },
        { seed: 0x15d1, numRuns: runs(300), examples: [`${'1'.repeat(100_000)}x`] },
      ),
    TIMEOUT,
  );
});

describe('run records', () => {
  const anyJson = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
  );
  const record = fc.record(
    {
      kind: fc.oneof({ weight: 5, arbitrary: fc.constant('modelgate/run-record') }, { weight: 1, arbitrary: anyJson }),
      version: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: anyJson }),
      metrics: fc.oneof({ weight: 5, arbitrary: metricTree }, { weight: 1, arbitrary: anyJson }),
      model: fc.oneof({ weight: 5, arbitrary: fc.constant({ digest: null, files: [], size: 0 }) }, { weight: 1, arbitrary: anyJson }),
      outcome: fc.oneof(fc.constantFrom('succeeded', 'failed', 'timed-out', 'cancelled', 'unknown', 'exploded', '__proto__'), anyJson),
      command: fc.oneof(
        fc.record({ exitCode: fc.oneof(fc.integer({ min: -1, max: 255 }), anyJson), timedOut: fc.oneof(fc.boolean(), anyJson), signal: anyJson }, { requiredKeys: [] }),
        anyJson,
      ),
      missingOutputs: fc.oneof(fc.array(fc.oneof(fc.record({ input: anyJson, path: anyJson, reason: anyJson }), anyJson), { maxLength: 4 }), anyJson),
    },
    { requiredKeys: ['kind', 'metrics'] },
  );

  it(
    'a run record is read or refused with the file named, and one of a failed run is never a candidate that passes',
    () =>
      family.check(
        'run record',
        fc.oneof(
          { weight: 3, arbitrary: record.map((r) => ({ text: jsonText(r, true, false), note: 'as generated' })) },
          { weight: 1, arbitrary: mutated(record.map((r) => jsonText(r, true, false))) },
        ),
        async ({ text, note }) => {
          const path = 'out/run.json';
          const got = await userErrorOrValue(path, () => parseMetricsFile(path, text));
          if ('value' in got) {
            checkMetrics(path, got.value.metrics);
            // An outcome other than succeeded (or unknown: another job's files) fails closed.
            const { kind, outcome } = JSON.parse(text.replace(/^\uFEFF/, '')) as { kind?: unknown; outcome?: unknown };
            if (kind === 'modelgate/run-record' && typeof outcome === 'string' && !['succeeded', 'unknown'].includes(outcome)) expect(got.value.runFailure).toBeTruthy();
          }
          const file = join(dir, 'run.json');
          writeFileSync(file, text);
          const checked = await userErrorOrValue(path, () => readRunRecord(file, path));
          if ('value' in checked) expect(checked.value.kind).toBe('modelgate/run-record');
          return { bytes: bytesOf(text), label: `run record: ${note}` };
        },
        { seed: 0x15e1, numRuns: runs(200) },
      ),
    TIMEOUT,
  );
});

describe('several files at once', () => {
  it(
    'readMetrics over several files, globs and dvc.yaml reads only what the files hold, or refuses with a metrics: message',
    () =>
      family.check(
        'readMetrics',
        fc.record({
          files: fc.uniqueArray(
            fc.record({
              name: fc.constantFrom('a.json', 'b.yaml', 'c.csv', 'sub/d.json', 'dvc.yaml'),
              tree: metricTree,
              follow: fc.array(fc.constantFrom('a.json', 'b.yaml', 'missing.json', 'dvc.yaml', '../up.json'), { maxLength: 3 }),
            }),
            {
              minLength: 1,
              maxLength: 4,
              selector: (f) => f.name,
            },
          ),
          patterns: fc.array(fc.constantFrom('a.json', 'b.yaml', 'c.csv', 'sub/d.json', 'dvc.yaml', '*.json', '**/*.json', 'nothing/*.json', 'gone.json'), {
            minLength: 1,
            maxLength: 3,
          }),
          missingOk: fc.boolean(),
        }),
        async ({ files, patterns, missingOk }) => {
          const texts = new Map<string, string>(
            files.map((f): [string, string] => {
              if (f.name === 'dvc.yaml') return [f.name, YAML.stringify({ metrics: f.follow })];
              if (f.name.endsWith('.csv')) {
                const leaves = expectedMetrics(f.tree);
                const rows = leaves === 'empty name' ? [] : leaves;
                return [f.name, ['name,value', ...rows.map((m) => `${csvCell(m.name, false)},${csvCell(String(m.value), false)}`)].join('\n')];
              }
              return [f.name, f.name.endsWith('.json') ? jsonText(f.tree, true, true) : YAML.stringify(f.tree)];
            }),
          );
          const source = {
            label: 'workspace',
            list: async (directory: string) => [...texts.keys()].filter((k) => directory === '' || k.startsWith(`${directory}/`)).sort(),
            read: async (path: string) => texts.get(path),
          };
          const got = await userErrorOrValue('', () => readMetrics(source, patterns, { missingOk }));
          if ('error' in got) expect(got.error.message).toMatch(/^metrics: /);
          else {
            for (const f of got.value.files) expect(texts.has(f)).toBe(true);
            for (const m of got.value.metrics.values()) expect(texts.has(m.source.file)).toBe(true);
          }
          return { bytes: [...texts.values()].reduce((n, t) => n + bytesOf(t), 0), label: [...texts.keys()].join(' ') };
        },
        { seed: 0x15f1, numRuns: runs(150) },
      ),
    TIMEOUT,
  );
});

describe('saved comparison files', () => {
  const text = fc.oneof(metricName, fc.constantFrom(...HOSTILE));
  const bundle = fc.record(
    {
      kind: fc.constant('modelgate/comparison'),
      version: fc.constant(1),
      key: fc.oneof(fc.constant('compare-metrics:ci'), text),
      title: text,
      changeRequest: fc.oneof(fc.integer({ min: -1, max: 10 }), fc.double()),
      sha: fc.oneof(fc.constant('a'.repeat(40)), text),
      failOn: fc.constantFrom('fail', 'warn', 'never', 'sometimes'),
      verdict: fc.constantFrom('pass', 'warn', 'fail', 'no-baseline', 'great'),
      rows: fc.array(
        fc.record({
          name: text,
          value: fc.oneof(fc.double(), text, fc.constantFrom('NaN', 'Infinity', '-Infinity')),
          baseline: fc.oneof(fc.double(), text, fc.constant(undefined)),
          change: fc.constantFrom('changed', 'unchanged', 'new', 'removed', 'x'),
          status: fc.constantFrom('pass', 'warn', 'fail', 'info', 'ok'),
          reasons: fc.array(text, { maxLength: 2 }),
          rule: fc.oneof(text, fc.constant(undefined)),
          direction: fc.constantFrom('improved', 'regressed', undefined),
          delta: fc.oneof(fc.double(), fc.constant(undefined)),
        }),
        { maxLength: 6 },
      ),
      candidateFailure: fc.oneof(fc.constant(undefined), fc.record({ reason: text, file: text })),
    },
    { requiredKeys: ['kind', 'version', 'key', 'title', 'failOn', 'rows'] },
  );

  it(
    'a comparison file is read or refused with the file named, and a saved verdict never hides a failing row',
    () =>
      family.check(
        'comparison file',
        fc.record({ bundle, edit: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }) }),
        async ({ bundle: b, edit }) => {
          const full = jsonText(b, true, false);
          const raw = edit === undefined ? full : full.slice(0, Math.floor(full.length * edit));
          const file = join(dir, 'comparison.json');
          writeFileSync(file, raw);
          const got = await userErrorOrValue('report/c.json', () => readComparisonFile(file, 'report/c.json', "compare-metrics: input 'publish'", { forChangeRequest: true }));
          if ('value' in got) {
            const c = fromRows(got.value.rows, got.value.verdict, got.value.candidateFailure);
            if (got.value.rows.some((r) => r.status === 'fail') || got.value.candidateFailure) expect(c.verdict).toBe('fail');
          }
          return { bytes: bytesOf(raw), label: 'comparison file' };
        },
        { seed: 0x1601, numRuns: runs(200) },
      ),
    TIMEOUT,
  );
});

describe('rules', () => {
  it(
    'rules YAML is read or refused naming the input, and a pattern gates names with line breaks in them',
    () =>
      family.check(
        'rules',
        fc.record({
          doc: mutated(
            fc.oneof(
              fc
                .dictionary(
                  metricName,
                  fc.record(
                    {
                      better: fc.constantFrom('higher', 'lower', 'up'),
                      min: metricValue,
                      'max-drop': fc.constantFrom('1%', '0.01', '-1', '1 %', ' 2% ', 'x'),
                      optional: fc.constantFrom(true, 'yes'),
                    },
                    { requiredKeys: [] },
                  ),
                  { maxKeys: 4, noNullPrototype: true },
                )
                .map((rules) => YAML.stringify(rules, { lineWidth: 0 })),
              yamlNasty,
            ),
          ),
          prefix: fc.stringMatching(/^[a-z]{1,6}$/),
          rest: metricName,
        }),
        async ({ doc, prefix, rest }) => {
          const got = await userErrorOrValue("input 'rules'", () => parseRulesYaml(doc.text, "input 'rules'"));
          const rules = await parseRulesYaml(`"${prefix}*": {min: 0}`, "input 'rules'");
          // A `*` spans line breaks: "f1.b\n" from a PR must not slip past `f1.*` ungated.
          expect(ruleFor(rules, `${prefix}${rest}`), JSON.stringify(rest)).toBeDefined();
          if ('value' in got) for (const p of got.value.patterns) expect(p.matches(p.pattern.replace(/\*/g, '\n'))).toBe(true);
          return { bytes: bytesOf(doc.text), label: `rules: ${doc.note}` };
        },
        { seed: 0x1611, numRuns: runs(200) },
      ),
    TIMEOUT,
  );
});
