// Throughput and peak memory of validate-data's engine against floors and pandas, on generated CSVs
// of ~200 MB (2.6 M rows) and ~1 GB, 10 columns (ids, ints, floats, categories, dates, strings).
// Each contender runs as a child process under /usr/bin/time (peak RSS) or, without it, polled
// /proc/<pid>/status VmHWM. Data is generated once and cached in $TMPDIR/modelgate-bench-data.
// Needs `npx tsc -p tsconfig.json` first (imports build/data/validate.js).
// BENCH_SIZES=small limits the run to the 200 MB file; BENCH_BUILD=<dir> uses another tsc output
// folder than build/ (e.g. `npx tsc -p tsconfig.json --outDir /tmp/mg-build`, with node_modules
// reachable from it); BENCH_THREADS=1 measures modelgate in one thread.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, writeSync, renameSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(tmpdir(), 'modelgate-bench-data');
mkdirSync(dataDir, { recursive: true });
const validateJs = join(process.env.BENCH_BUILD ?? join(root, 'build'), 'data', 'validate.js');
if (!existsSync(validateJs)) throw new Error('build/data/validate.js is missing: run `npx tsc -p tsconfig.json` first');

const CATEGORIES = ['red', 'green', 'blue', 'cyan', 'magenta'];
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
    { name: 'city', type: 'string', constraints: { pattern: 'city_[0-9]+' } },
    { name: 'joined', type: 'date', constraints: { minimum: '2000-01-01' } },
    { name: 'visits', type: 'integer', constraints: { minimum: 0 } },
    { name: 'name', type: 'string', constraints: { maxLength: 20 } },
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
bad += int((~df['city'].str.fullmatch(r'city_[0-9]+')).sum())
bad += int((df['joined'] < '2000-01-01').sum()) + int((df['visits'] < 0).sum()) + int((df['name'].str.len() > 20).sum())
desc = df.describe(include='all')
print(len(df), bad)
`;

const modelgateScript = `
import { validateData } from ${JSON.stringify(validateJs)};
import { loadTableSchema } from ${JSON.stringify(validateJs)};
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { join } from 'node:path';
const [file] = process.argv.slice(-1);
const schema = await loadTableSchema(${JSON.stringify(schemaFile)});
const report = await validateData({ sources: [{ path: file, display: 'bench.csv' }], schema, schemaFile: 'schema.json', tempDir: mkdtempSync(join(tmpdir(), 'mg-')), collectProfile: true, threads: ${process.env.BENCH_THREADS ? Number(process.env.BENCH_THREADS) : undefined} });
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
      if (code !== 0) return reject(new Error(`${cmd} exited ${code}: ${stderr.slice(-2000)}`));
      if (hasTime) peakKb = Number(stderr.trim().split('\n').at(-1));
      resolve({ seconds, peakMiB: peakKb / 1024, out: stdout.trim() });
    });
  });
}

const sizes = [['200MB', 2_600_000]];
if (process.env.BENCH_SIZES !== 'small') sizes.push(['1GB', 12_600_000]);
const rows = [];
for (const [label, count] of sizes) {
  const file = join(dataDir, `bench-v2-${label}.csv`);
  process.stderr.write(`generating/using ${file}\n`);
  generate(file, count);
  const mb = statSync(file).size / 1e6;
  const cases = [
    ['cat > /dev/null', 'sh', ['-c', `cat "${file}" > /dev/null`]],
    ['node raw read', process.execPath, ['--input-type=module', '-e', rawReadScript, file]],
    ['modelgate validate', process.execPath, ['--input-type=module', '-e', modelgateScript, file]],
    ['pandas read_csv + checks', '/usr/bin/python3', ['-c', pandasScript, file]],
  ];
  for (const [name, cmd, args] of cases) {
    process.stderr.write(`  ${label}: ${name}...\n`);
    try {
      const r = await measure(cmd, args);
      rows.push({
        file: label,
        tool: name,
        MB: mb.toFixed(0),
        seconds: r.seconds.toFixed(2),
        'MB/s': (mb / r.seconds).toFixed(0),
        'peak RSS MiB': r.peakMiB.toFixed(0),
        output: r.out.slice(0, 40),
      });
    } catch (error) {
      rows.push({ file: label, tool: name, MB: mb.toFixed(0), seconds: '-', 'MB/s': '-', 'peak RSS MiB': '-', output: String(error.message).slice(-60) });
    }
  }
}
console.table(rows);
