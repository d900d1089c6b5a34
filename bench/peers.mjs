// validate-data's peers for bench/validate-data.mjs: DuckDB (@duckdb/node-api) and nodejs-polars run the
// bench schema's checks and a per-column profile over one CSV or Parquet file, and DuckDB writes the
// Parquet copy of a generated CSV. The bench imports the constants; each peer runs as its own process:
//   node bench/peers.mjs duckdb <file>            prints `<rows> <violations>`, then the per-check counts and profile as JSON
//   node bench/peers.mjs polars <file>            the same with nodejs-polars (lazy scan ... collect())
//   node bench/peers.mjs to-parquet <csv> <out>   COPY ... TO <out> (written to a temp name, then renamed)
// Type checks: both peers read CSV with explicit column types, so a cell that does not parse as its
// type (a bad integer, date or boolean) fails the run instead of being counted. Bench-only: nothing
// under src/ imports @duckdb/node-api or nodejs-polars.
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CATEGORIES = ['red', 'green', 'blue', 'cyan', 'magenta'];
export const CITY_PATTERN = 'city_[0-9]+';
export const MIN_DATE = '2000-01-01';
export const NAME_MAX = 20;
/** DuckDB's thread count in the bench (the bench machine has two cores); Polars keeps its default. */
export const DUCKDB_THREADS = 2;
/** The generated CSV's columns and their types, in file order (DuckDB type names). */
export const COLUMNS = {
  id: 'BIGINT',
  age: 'BIGINT',
  score: 'DOUBLE',
  amount: 'DOUBLE',
  color: 'VARCHAR',
  city: 'VARCHAR',
  joined: 'DATE',
  visits: 'BIGINT',
  name: 'VARCHAR',
  flag: 'BOOLEAN',
};
const NUMERIC = ['id', 'age', 'score', 'amount', 'visits'];
const STRINGS = ['color', 'city', 'name'];

const sql = (s) => `'${String(s).replaceAll("'", "''")}'`;
const csvScan = (file) =>
  `read_csv(${sql(file)}, header=true, columns={${Object.entries(COLUMNS)
    .map(([n, t]) => `${sql(n)}: ${sql(t)}`)
    .join(', ')}})`;

async function duckdb(threads = DUCKDB_THREADS) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  return { instance, connection: await instance.connect() };
}

/** Writes `csv` as Parquet to `out` via a temp file and a rename, so a killed run leaves no half file. */
async function toParquet(csv, out) {
  const temp = `${out}.tmp-${process.pid}`;
  const { instance, connection } = await duckdb();
  try {
    await connection.run(`COPY (SELECT * FROM ${csvScan(csv)}) TO ${sql(temp)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 122880)`);
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function runDuckdb(file) {
  const source = file.endsWith('.parquet') ? `read_parquet(${sql(file)})` : csvScan(file);
  const checks = {
    id_required: 'count(*) - count(id)',
    id_unique: 'count(id) - count(DISTINCT id)',
    id_minimum: 'count(*) FILTER (WHERE id < 1)',
    age_range: 'count(*) FILTER (WHERE age < 0 OR age > 120)',
    score_range: 'count(*) FILTER (WHERE score < 0 OR score > 100)',
    amount_minimum: 'count(*) FILTER (WHERE amount < 0)',
    color_enum: `count(*) FILTER (WHERE color NOT IN (${CATEGORIES.map(sql).join(', ')}))`,
    city_pattern: `count(*) FILTER (WHERE NOT regexp_full_match(city, ${sql(CITY_PATTERN)}))`,
    joined_minimum: `count(*) FILTER (WHERE joined < DATE ${sql(MIN_DATE)})`,
    visits_minimum: 'count(*) FILTER (WHERE visits < 0)',
    name_max_length: `count(*) FILTER (WHERE length(name) > ${NAME_MAX})`,
  };
  const profile = [
    ...NUMERIC.flatMap((c) => [`min(${c}) AS ${c}_min`, `max(${c}) AS ${c}_max`, `avg(${c}) AS ${c}_mean`, `count(*) - count(${c}) AS ${c}_nulls`]),
    'min(joined) AS joined_min',
    'max(joined) AS joined_max',
    'count(*) - count(joined) AS joined_nulls',
    ...STRINGS.flatMap((c) => [`count(DISTINCT ${c}) AS ${c}_distinct`, `count(*) - count(${c}) AS ${c}_nulls`]),
    'count(*) FILTER (WHERE flag) AS flag_true',
    'count(*) - count(flag) AS flag_nulls',
  ];
  const { instance, connection } = await duckdb();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT count(*) AS rows, ${Object.entries(checks)
        .map(([n, e]) => `${e} AS check_${n}`)
        .join(', ')}, ${profile.join(', ')} FROM ${source}`,
    );
    return reader.getRowObjectsJS()[0];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Why nodejs-polars' native part is missing, from package-lock.json (npm skips an optional package whose engines do not match). */
function polarsHint(error) {
  const name = /Cannot find module '(nodejs-polars-[^']+)'/.exec(String(error?.message))?.[1];
  if (!name) return '';
  try {
    const lock = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'package-lock.json'), 'utf8'));
    const entry = lock.packages?.[`node_modules/${name}`];
    const engines = entry?.engines?.node;
    if (engines) return ` (${name}@${entry.version} declares engines node ${engines} and this is ${process.version}, so npm skipped that optional package)`;
  } catch {
    /* no lock file */
  }
  return ` (optional package ${name} is not installed)`;
}

async function runPolars(file) {
  let pl;
  try {
    pl = (await import('nodejs-polars')).default;
  } catch (error) {
    throw new Error(`nodejs-polars failed to load: ${String(error?.message).split('\n')[0]}${polarsHint(error)}`, { cause: error });
  }
  const types = { BIGINT: pl.Int64, DOUBLE: pl.Float64, VARCHAR: pl.Utf8, DATE: pl.Date, BOOLEAN: pl.Bool };
  const scan = file.endsWith('.parquet')
    ? pl.scanParquet(file)
    : pl.scanCSV(file, { hasHeader: true, schema: Object.fromEntries(Object.entries(COLUMNS).map(([n, t]) => [n, types[t]])) });
  const c = pl.col;
  const count = (e) => e.sum().cast(pl.Int64);
  const minDate = pl.lit(MIN_DATE).str.strptime(pl.Date, '%Y-%m-%d');
  const checks = {
    id_required: c('id').nullCount().cast(pl.Int64),
    id_unique: c('id').count().cast(pl.Int64).sub(c('id').dropNulls().nUnique().cast(pl.Int64)),
    id_minimum: count(c('id').lt(1)),
    age_range: count(c('age').lt(0).or(c('age').gt(120))),
    score_range: count(c('score').lt(0).or(c('score').gt(100))),
    amount_minimum: count(c('amount').lt(0)),
    color_enum: count(c('color').isNotNull().and(c('color').isIn(CATEGORIES).not())),
    city_pattern: count(c('city').str.contains(`^(?:${CITY_PATTERN})$`).not()),
    joined_minimum: count(c('joined').lt(minDate)),
    visits_minimum: count(c('visits').lt(0)),
    name_max_length: count(c('name').str.lengths().gt(NAME_MAX)),
  };
  const profile = [
    ...NUMERIC.flatMap((n) => [c(n).min().alias(`${n}_min`), c(n).max().alias(`${n}_max`), c(n).mean().alias(`${n}_mean`), c(n).nullCount().alias(`${n}_nulls`)]),
    c('joined').min().cast(pl.Utf8).alias('joined_min'),
    c('joined').max().cast(pl.Utf8).alias('joined_max'),
    c('joined').nullCount().alias('joined_nulls'),
    ...STRINGS.flatMap((n) => [c(n).dropNulls().nUnique().alias(`${n}_distinct`), c(n).nullCount().alias(`${n}_nulls`)]),
    count(c('flag')).alias('flag_true'),
    c('flag').nullCount().alias('flag_nulls'),
  ];
  const df = await scan.select(pl.len().alias('rows'), ...Object.entries(checks).map(([n, e]) => e.alias(`check_${n}`)), ...profile).collect();
  return df.toRecords()[0];
}

/** Prints a peer's result: `<rows> <violations>`, then the whole row (checks and profile) as JSON. */
function report(row) {
  const plain = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v]));
  const violations = Object.entries(plain)
    .filter(([k]) => k.startsWith('check_'))
    .reduce((n, [, v]) => n + Number(v), 0);
  console.log(`${Number(plain.rows)} ${violations}`);
  console.log(JSON.stringify(plain));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, file, out] = process.argv.slice(2);
  try {
    if (command === 'to-parquet') await toParquet(file, out);
    else if (command === 'duckdb') report(await runDuckdb(file));
    else if (command === 'polars') report(await runPolars(file));
    else throw new Error('usage: node bench/peers.mjs duckdb|polars <file> | to-parquet <csv> <parquet>');
  } catch (error) {
    // One line for the bench's table; the stack only when asked.
    process.stderr.write(`${process.env.BENCH_DEBUG ? error?.stack : error?.message}\n`);
    process.exitCode = 1;
  }
}
