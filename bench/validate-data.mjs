// validate-data side by side with its peers, DuckDB (@duckdb/node-api) and nodejs-polars, and with
// floors (cat, a plain Node read) and pandas, on generated data of ~200 MB (2.6 M rows) and ~1 GB
// (12.6 M rows), 10 columns (ids, ints, floats, categories, dates, strings), as CSV and as Parquet.
// The CSVs are generated once and cached in $TMPDIR/modelgate-bench-data; DuckDB writes the Parquet
// copy of each next to its CSV (snappy, row groups of 122880, explicit column types; temp + rename).
// Every contender is a child process timed on the wall clock, with peak RSS from /usr/bin/time (or,
// without it, polled /proc/<pid>/status VmHWM): modelgate validate (validateData with the schema below
// and collectProfile; the format from the file's suffix), DuckDB and nodejs-polars (lazy scan ...
// collect()) running the same checks and a per-column profile (bench/peers.mjs), pandas on CSV (skipped
// when python3 or pandas is missing). DuckDB runs in DUCKDB_THREADS (2) threads, Polars in its default
// pool. A contender that fails (nodejs-polars without its native package, say) gets its error in its
// row and the run goes on. Per file it prints a markdown table: MB/s (size on disk / wall seconds), peak
// RSS, rows and violations, and modelgate ÷ the faster of DuckDB and nodejs-polars for throughput and
// memory; it checks that every contender counted the generated rows and no violations (exit code 1 if
// not), and writes all rows to $TMPDIR/modelgate-bench-data/validate-peers.json.
// Needs `npx tsc -p tsconfig.json` first (imports build/data/validate.js).
// BENCH_SIZES: which of 200MB, 1GB and 3GB (37.8 M rows), default 200MB,1GB (small: 200MB only).
// BENCH_FORMATS=csv or parquet (or csv,parquet): the formats to measure. BENCH_ROUNDS=<n> (default
// 1): n rounds, contenders interleaved in each, medians reported.
// BENCH_BUILD=<dir>: another tsc output folder than build/ (e.g. `npx tsc -p tsconfig.json --outDir
// /tmp/mg-build`, with node_modules reachable from it). BENCH_THREADS=1: modelgate in one thread.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, CITY_PATTERN, DUCKDB_THREADS, MIN_DATE, NAME_MAX } from './peers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const peersJs = join(root, 'bench', 'peers.mjs');
const dataDir = join(tmpdir(), 'modelgate-bench-data');
mkdirSync(dataDir, { recursive: true });
const validateJs = join(process.env.BENCH_BUILD ?? join(root, 'build'), 'data', 'validate.js');
if (!existsSync(validateJs)) throw new Error('build/data/validate.js is missing: run `npx tsc -p tsconfig.json` first');

const formats = (process.env.BENCH_FORMATS ?? 'csv,parquet').split(/[\s,|]+/).filter(Boolean);
for (const f of formats) if (f !== 'csv' && f !== 'parquet') throw new Error(`BENCH_FORMATS: '${f}' is neither csv nor parquet`);
const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_ROUNDS must be a whole number >= 1, not '${process.env.BENCH_ROUNDS}'`);

const CITIES = Array.from({ length: 100 }, (_, i) => `city_${i}`);

function generate(file, rows) {
  if (existsSync(file)) return;
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w');
  writeSync(fd, 'id,age,score,amount,color,city,joined,visits,name,flag\n');
  let seed = 42;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  let out = [];
  for (let i = 1; i <= rows; i++) {
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    out.push(
      `${i},${18 + Math.floor(rnd() * 70)},${(rnd() * 100).toFixed(4)},${(rnd() * 10000).toFixed(2)},${CATEGORIES[Math.floor(rnd() * 5)]},${CITIES[Math.floor(rnd() * 100)]},20${10 + Math.floor(rnd() * 15)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${Math.floor(rnd() * 1000)},customer_name_${Math.floor(rnd() * 1e6).toString(36)},${rnd() < 0.5 ? 'true' : 'false'}\n`,
    );
    if (out.length === 10000) {
      writeSync(fd, out.join(''));
      out = [];
    }
  }
  writeSync(fd, out.join(''));
  closeSync(fd);
  renameSync(temp, file);
}

const schema = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, unique: true, minimum: 1 } },
    { name: 'age', type: 'integer', constraints: { minimum: 0, maximum: 120 } },
    { name: 'score', type: 'number', constraints: { minimum: 0, maximum: 100 } },
    { name: 'amount', type: 'number', constraints: { minimum: 0 } },
    { name: 'color', type: 'string', constraints: { enum: CATEGORIES } },
    { name: 'city', type: 'string', constraints: { pattern: CITY_PATTERN } },
    { name: 'joined', type: 'date', constraints: { minimum: MIN_DATE } },
    { name: 'visits', type: 'integer', constraints: { minimum: 0 } },
    { name: 'name', type: 'string', constraints: { maxLength: NAME_MAX } },
    { name: 'flag', type: 'boolean' },
  ],
};
const schemaFile = join(dataDir, 'schema.json');
writeFileSync(schemaFile, JSON.stringify(schema));

const pandasScript = `
import sys, pandas as pd
f = sys.argv[1]
df = pd.read_csv(f, dtype={'id':'int64','age':'int64','score':'float64','amount':'float64','color':'string','city':'string','visits':'int64','name':'string','flag':'bool'}, parse_dates=['joined'])
bad = 0
bad += int(df['id'].isna().sum()) + int(df['id'].duplicated().sum()) + int((df['id'] < 1).sum())
bad += int(((df['age'] < 0) | (df['age'] > 120)).sum())
bad += int(((df['score'] < 0) | (df['score'] > 100)).sum()) + int((df['amount'] < 0).sum())
bad += int((~df['color'].isin(${JSON.stringify(CATEGORIES)})).sum())
bad += int((~df['city'].str.fullmatch(r'${CITY_PATTERN}')).sum())
bad += int((df['joined'] < '${MIN_DATE}').sum()) + int((df['visits'] < 0).sum()) + int((df['name'].str.len() > ${NAME_MAX}).sum())
desc = df.describe(include='all')
print(len(df), bad)
`;

// Prints `<rows> <violations> <valid>`.
const modelgateScript = `
import { loadTableSchema, validateData } from ${JSON.stringify(validateJs)};
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
const [file] = process.argv.slice(-1);
const schema = await loadTableSchema(${JSON.stringify(schemaFile)});
const report = await validateData({ sources: [{ path: file, display: basename(file) }], schema, schemaFile: 'schema.json', tempDir: mkdtempSync(join(tmpdir(), 'mg-')), collectProfile: true, threads: ${process.env.BENCH_THREADS ? Number(process.env.BENCH_THREADS) : undefined} });
console.log(report.stats.rows, report.stats.errors, report.valid);
`;

const rawReadScript = `
import { createReadStream } from 'node:fs';
let n = 0;
for await (const c of createReadStream(process.argv.at(-1), { highWaterMark: 1 << 20 })) n += c.length;
console.log(n);
`;

function measure(cmd, args) {
  const hasTime = existsSync('/usr/bin/time');
  const [c, a] = hasTime ? ['/usr/bin/time', ['-f', '%M', cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(c, a, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    const poll = hasTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) peakKb = Math.max(peakKb, Number(m[1]));
          } catch {
            /* exited */
          }
        }, 20);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const lines = stderr.trim().split('\n');
      if (hasTime) peakKb = Number(lines.pop());
      if (code !== 0) {
        const message = lines.filter((l) => !/^Command (exited with non-zero status|terminated by signal)/.test(l)).join(' ');
        return reject(new Error(`${basename(cmd)} exited ${code}: ${message.trim().slice(-600)}`));
      }
      resolve({ seconds, peakMiB: peakKb / 1024, out: stdout.trim() });
    });
  });
}

/** Writes the Parquet copy of `csv` with DuckDB (in a child process, so this one stays small). */
async function ensureParquet(csv, parquet) {
  if (existsSync(parquet)) return;
  process.stderr.write(`writing ${parquet} with DuckDB...\n`);
  const r = await measure(process.execPath, [peersJs, 'to-parquet', csv, parquet]);
  process.stderr.write(`  ${r.seconds.toFixed(1)} s, ${(statSync(parquet).size / 1e6).toFixed(0)} MB\n`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const hasPandas = spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
const MODELGATE = 'modelgate validate';
const DUCKDB = `DuckDB (${DUCKDB_THREADS} threads)`;
const POLARS = 'nodejs-polars (lazy)';
const PEERS = [DUCKDB, POLARS];

/** The contenders for one file; `counts`: it prints `<rows> <violations>` first. */
function contenders(file, format) {
  const node = (args) => [process.execPath, args];
  const list = [
    { name: 'cat > /dev/null', run: ['sh', ['-c', `cat "${file}" > /dev/null`]] },
    { name: 'node raw read', run: node(['--input-type=module', '-e', rawReadScript, file]) },
    { name: MODELGATE, run: node(['--input-type=module', '-e', modelgateScript, file]), counts: true },
    { name: DUCKDB, run: node([peersJs, 'duckdb', file]), counts: true },
    { name: POLARS, run: node([peersJs, 'polars', file]), counts: true },
  ];
  if (format === 'csv') {
    const pandas = { name: 'pandas read_csv + checks', run: ['/usr/bin/python3', ['-c', pandasScript, file]], counts: true };
    list.push(hasPandas ? pandas : { ...pandas, skip: 'skipped: python3 or pandas is not installed' });
  }
  return list;
}

const cell = (v) =>
  String(v ?? '–')
    .replace(/\s+/g, ' ')
    .replaceAll('|', '\\|');
const markdownTable = (header, body) => [header, header.map(() => '---'), ...body].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');

const SIZES = { '200MB': 2_600_000, '1GB': 12_600_000, '3GB': 37_800_000 };
const wantedSizes = process.env.BENCH_SIZES === 'small' ? ['200MB'] : (process.env.BENCH_SIZES ?? '200MB,1GB').split(/[\s,|]+/).filter(Boolean);
for (const size of wantedSizes) if (!(size in SIZES)) throw new Error(`BENCH_SIZES: '${size}' is not one of ${Object.keys(SIZES).join(', ')} (or small)`);
const sizes = wantedSizes.map((size) => [size, SIZES[size]]);
const results = [];
let failedChecks = 0;
console.log(
  `# validate-data vs DuckDB and nodejs-polars\n\nDuckDB: threads=${DUCKDB_THREADS} (SET by the bench; the machine has 2 cores). nodejs-polars: its default thread pool${process.env.POLARS_MAX_THREADS ? ` (POLARS_MAX_THREADS=${process.env.POLARS_MAX_THREADS})` : ''}. ` +
    `modelgate: ${process.env.BENCH_THREADS ? `threads=${process.env.BENCH_THREADS}` : 'default threads'}. Node ${process.version}. ${rounds === 1 ? 'One round.' : `Median of ${rounds} rounds, contenders interleaved.`}\n`,
);
for (const [label, count] of sizes) {
  const csv = join(dataDir, `bench-v2-${label}.csv`);
  process.stderr.write(`generating/using ${csv}\n`);
  generate(csv, count);
  const parquet = csv.replace(/\.csv$/, '.parquet');
  if (formats.includes('parquet')) await ensureParquet(csv, parquet);
  for (const format of formats) {
    const file = format === 'csv' ? csv : parquet;
    const mb = statSync(file).size / 1e6;
    const list = contenders(file, format);
    const runs = new Map(list.map((c) => [c.name, []]));
    const errors = new Map();
    for (let round = 1; round <= rounds; round++) {
      for (const c of list) {
        if (c.skip || errors.has(c.name)) continue;
        process.stderr.write(`  ${label} ${format}${rounds > 1 ? ` round ${round}/${rounds}` : ''}: ${c.name}...\n`);
        try {
          runs.get(c.name).push(await measure(...c.run));
        } catch (error) {
          errors.set(c.name, String(error.message));
        }
      }
    }
    const rows = list.map((c) => {
      const done = runs.get(c.name);
      const error = c.skip ?? errors.get(c.name);
      if (error || done.length === 0) return { c, error: error ?? 'no run' };
      const seconds = median(done.map((r) => r.seconds));
      const out = done.at(-1).out;
      const [r, v] = out.split('\n')[0].trim().split(/\s+/).map(Number);
      return { c, seconds, mbPerSec: mb / seconds, peakMiB: median(done.map((r) => r.peakMiB)), out, rows: c.counts ? r : undefined, violations: c.counts ? v : undefined };
    });
    const byName = new Map(rows.map((r) => [r.c.name, r]));
    const mg = byName.get(MODELGATE);
    const peer = PEERS.map((n) => byName.get(n))
      .filter((r) => !r.error)
      .sort((a, b) => a.seconds - b.seconds)[0];
    const ratio = mg.error ? 'modelgate failed' : peer ? undefined : 'no peer finished';
    const body = rows.map((r) =>
      r.error
        ? [r.c.name, '–', '–', '–', '–', '–', r.error]
        : [r.c.name, r.seconds.toFixed(2), r.mbPerSec.toFixed(0), r.peakMiB.toFixed(0), r.rows?.toLocaleString('en-US'), r.violations, r.c.counts ? '' : r.out.slice(0, 40)],
    );
    body.push(
      ratio
        ? [`modelgate ÷ faster peer`, '', '–', '–', '', '', ratio]
        : [
            `**modelgate ÷ ${peer.c.name}** (faster peer)`,
            '',
            `${(mg.mbPerSec / peer.mbPerSec).toFixed(2)}×`,
            `${(mg.peakMiB / peer.peakMiB).toFixed(2)}×`,
            '',
            '',
            'throughput: above 1 is faster; memory: above 1 uses more',
          ],
    );
    console.log(`## ${label} ${format === 'csv' ? 'CSV' : 'Parquet'}: ${basename(file)}, ${mb.toFixed(0)} MB on disk, ${count.toLocaleString('en-US')} rows\n`);
    console.log(markdownTable(['contender', 'seconds', 'MB/s', 'peak RSS MiB', 'rows', 'violations', 'note'], body));
    // Every contender that counts must have counted the generated rows and, on this clean data, no violations.
    const counted = rows.filter((r) => r.c.counts && !r.error);
    const wrong = counted.filter((r) => r.rows !== count || r.violations !== 0);
    console.log(`\nviolations side by side: ${counted.map((r) => `${r.c.name} ${r.violations}`).join(' · ') || '–'}`);
    if (wrong.length > 0) {
      failedChecks++;
      console.log(`**CHECK FAILED**: expected ${count} rows and 0 violations; ${wrong.map((r) => `${r.c.name} said ${r.rows} rows, ${r.violations} violations`).join('; ')}\n`);
    } else console.log(`rows: all ${counted.length} counting contenders report ${count.toLocaleString('en-US')}\n`);
    for (const r of rows) {
      results.push({
        file,
        format,
        sizeLabel: label,
        contender: r.c.name,
        seconds: r.seconds ?? null,
        mbPerSec: r.mbPerSec ?? null,
        peakMiB: r.peakMiB ?? null,
        out: r.error ?? r.out,
        rows: r.rows ?? null,
        violations: r.violations ?? null,
        error: r.error ?? null,
        rounds: r.error ? 0 : runs.get(r.c.name).length,
      });
    }
  }
}
const jsonFile = join(dataDir, 'validate-peers.json');
writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`results: ${jsonFile}`);
if (failedChecks > 0) process.exitCode = 1;
