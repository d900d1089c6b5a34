#!/usr/bin/env node
// Softmax (multinomial logistic) regression on the Iris data set.
//
// A small, real, dependency-free training job for trying modelgate's CI/CD
// steps: plain Node 20+, no npm packages, no network. Reproducible bit-for-bit
// (seeded PRNG for the split, zero-initialised weights, fixed loop order).
//
//   node examples/train/train.mjs
//
// Reads data/iris.csv and params.yaml next to this script; writes to OUT_DIR
// (default: ./out relative to the current working directory):
//   metrics.json, model/model.json, model/README.md, predictions.csv (the test
//   split's), plots/metrics/train/loss.tsv (the loss per epoch, as DVCLive writes it)
// On SIGTERM it writes model/checkpoint.json and exits 143.
// See README.md for the environment variables.

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HEADER = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'species'];
const FEATURES = HEADER.slice(0, 4);

const EXIT_DATA = 1;
const EXIT_PARAMS = 2;
const EXIT_SIGTERM = 143;

class UsageError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

// ---------------------------------------------------------------- params

// Defaults and validation for the `train:` section of params.yaml. Every key
// can be overridden by an environment variable of the same name in upper case
// (EPOCHS=5 overrides train.epochs).
const PARAM_SPEC = {
  learning_rate: { default: 0.1, check: (v) => v > 0, rule: 'a number > 0' },
  epochs: { default: 300, check: (v) => Number.isInteger(v) && v >= 1, rule: 'an integer >= 1' },
  l2: { default: 0.001, check: (v) => v >= 0, rule: 'a number >= 0' },
  seed: { default: 42, check: (v) => Number.isInteger(v), rule: 'an integer' },
  test_size: { default: 0.3, check: (v) => v > 0 && v < 1, rule: 'a number strictly between 0 and 1' },
  log_every: { default: 50, check: (v) => Number.isInteger(v) && v >= 1, rule: 'an integer >= 1' },
};

function parseScalar(raw, where) {
  const s = raw.trim();
  if (s === '') return '';
  if ((s.startsWith('"') && s.endsWith('"') && s.length >= 2) || (s.startsWith("'") && s.endsWith("'") && s.length >= 2)) {
    return s.slice(1, -1);
  }
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return Number(s);
  if (/^["'{[]/.test(s)) throw new UsageError(`${where}: cannot parse value ${JSON.stringify(s)}`, EXIT_PARAMS);
  return s;
}

function stripComment(line) {
  // A '#' starts a comment at the start of a line or after whitespace, outside quotes.
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return line.slice(0, i);
    }
  }
  return line;
}

function parseFlowMap(text, where) {
  const body = text.trim().slice(1, -1).trim();
  const out = {};
  if (body === '') return out;
  for (const part of body.split(',')) {
    const m = /^\s*([A-Za-z_][\w.-]*)\s*:\s*(.*)$/.exec(part);
    if (!m) throw new UsageError(`${where}: cannot parse ${JSON.stringify(part.trim())} in {...}`, EXIT_PARAMS);
    out[m[1]] = parseScalar(m[2], where);
  }
  return out;
}

// A deliberately tiny YAML subset: `key: value` lines, `key:` opening a
// section of indented `key: value` lines (one level), `key: {a: 1, b: 2}`,
// comments, numbers and strings. Anything else is an error.
function parseParamsYaml(text, file = 'params.yaml') {
  const root = {};
  let section = null;
  let sectionIndent = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const where = `${file}:${n + 1}`;
    const raw = stripComment(lines[n]).replace(/\s+$/, '');
    if (raw.trim() === '') continue;
    if (/^\s*\t/.test(raw)) throw new UsageError(`${where}: tabs are not allowed for indentation`, EXIT_PARAMS);
    const indent = raw.length - raw.trimStart().length;
    const m = /^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*))?$/.exec(raw.trim());
    if (!m) throw new UsageError(`${where}: expected "key: value", got ${JSON.stringify(raw.trim())}`, EXIT_PARAMS);
    const [, key, rest = ''] = m;
    if (indent === 0) {
      if (Object.hasOwn(root, key)) throw new UsageError(`${where}: duplicate key "${key}"`, EXIT_PARAMS);
      if (rest.trim() === '') {
        root[key] = {};
        section = root[key];
        sectionIndent = null;
      } else {
        root[key] = rest.trim().startsWith('{') && rest.trim().endsWith('}') ? parseFlowMap(rest, where) : parseScalar(rest, where);
        section = null;
      }
      continue;
    }
    if (!section) throw new UsageError(`${where}: unexpected indentation (only one level of nesting under "key:" is supported)`, EXIT_PARAMS);
    if (sectionIndent === null) sectionIndent = indent;
    if (indent !== sectionIndent) throw new UsageError(`${where}: inconsistent indentation (only one level of nesting is supported)`, EXIT_PARAMS);
    if (rest.trim() === '') throw new UsageError(`${where}: "${key}" has no value (only one level of nesting is supported)`, EXIT_PARAMS);
    if (Object.hasOwn(section, key)) throw new UsageError(`${where}: duplicate key "${key}"`, EXIT_PARAMS);
    section[key] = parseScalar(rest, where);
  }
  return root;
}

function loadParams(file, env) {
  let fromFile = {};
  if (fs.existsSync(file)) {
    const doc = parseParamsYaml(fs.readFileSync(file, 'utf8'), path.basename(file));
    if (doc.train !== undefined) {
      if (typeof doc.train !== 'object') throw new UsageError(`${file}: "train" must be a section of key: value lines`, EXIT_PARAMS);
      fromFile = doc.train;
    }
    for (const key of Object.keys(fromFile)) {
      if (!Object.hasOwn(PARAM_SPEC, key)) {
        throw new UsageError(`${file}: unknown parameter train.${key} (known: ${Object.keys(PARAM_SPEC).join(', ')})`, EXIT_PARAMS);
      }
    }
  } else if (env.PARAMS_FILE) {
    throw new UsageError(`params file not found: ${file} (from PARAMS_FILE)`, EXIT_PARAMS);
  } else {
    console.error(`train: warning: ${file} not found; using built-in defaults`);
  }

  const params = {};
  const sources = {};
  for (const [key, spec] of Object.entries(PARAM_SPEC)) {
    let value = spec.default;
    let source = 'default';
    if (Object.hasOwn(fromFile, key)) {
      value = fromFile[key];
      source = `${path.basename(file)} train.${key}`;
    }
    const envName = key.toUpperCase();
    if (env[envName] !== undefined && env[envName] !== '') {
      const raw = env[envName].trim();
      value = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : raw;
      source = `env ${envName}`;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || !spec.check(value)) {
      throw new UsageError(`invalid parameter ${key}=${JSON.stringify(value)} (from ${source}): must be ${spec.rule}`, EXIT_PARAMS);
    }
    params[key] = value;
    sources[key] = source;
  }
  return { params, sources };
}

function envNonNegativeInt(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`invalid ${name}=${JSON.stringify(raw)}: must be an integer >= 0`, EXIT_PARAMS);
  return Number(raw.trim());
}

// ---------------------------------------------------------------- data

function loadIris(file) {
  if (!fs.existsSync(file)) {
    throw new UsageError(`data file not found: ${file} (set DATA_FILE, or restore examples/train/data/iris.csv)`, EXIT_DATA);
  }
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new UsageError(`data file is empty: ${file}`, EXIT_DATA);
  const header = lines[0].split(',').map((s) => s.trim());
  if (header.join(',') !== HEADER.join(',')) {
    throw new UsageError(`${file}:1: expected header "${HEADER.join(',')}", got "${lines[0]}"`, EXIT_DATA);
  }
  const X = [];
  const labels = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(',').map((s) => s.trim());
    if (cells.length !== HEADER.length) throw new UsageError(`${file}:${i + 1}: expected ${HEADER.length} columns, got ${cells.length}`, EXIT_DATA);
    const row = cells.slice(0, 4).map(Number);
    if (row.some((v, j) => cells[j] === '' || !Number.isFinite(v))) throw new UsageError(`${file}:${i + 1}: non-numeric feature value`, EXIT_DATA);
    if (cells[4] === '') throw new UsageError(`${file}:${i + 1}: empty species`, EXIT_DATA);
    X.push(row);
    labels.push(cells[4]);
  }
  const classes = [...new Set(labels)].sort();
  if (classes.length < 2) throw new UsageError(`${file}: need at least 2 classes, found ${classes.length}`, EXIT_DATA);
  const y = labels.map((l) => classes.indexOf(l));
  return { X, y, classes };
}

// mulberry32: tiny 32-bit seeded PRNG, integer-only so identical on every engine.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Stratified split: shuffle each class's row indices with the seeded PRNG and
// put round(n_class * test_size) of them in the test set.
function stratifiedSplit(y, nClasses, testSize, seed) {
  const rand = mulberry32(seed);
  const train = [];
  const test = [];
  for (let c = 0; c < nClasses; c++) {
    const idx = [];
    for (let i = 0; i < y.length; i++) if (y[i] === c) idx.push(i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    const nTest = Math.min(idx.length - 1, Math.max(1, Math.round(idx.length * testSize)));
    test.push(...idx.slice(0, nTest));
    train.push(...idx.slice(nTest));
  }
  train.sort((a, b) => a - b);
  test.sort((a, b) => a - b);
  return { train, test };
}

function standardiser(rows) {
  const d = rows[0].length;
  const mean = new Array(d).fill(0);
  const std = new Array(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j];
  for (let j = 0; j < d; j++) mean[j] /= rows.length;
  for (const r of rows) for (let j = 0; j < d; j++) std[j] += (r[j] - mean[j]) ** 2;
  for (let j = 0; j < d; j++) {
    std[j] = Math.sqrt(std[j] / rows.length);
    if (!(std[j] > 0)) std[j] = 1;
  }
  return { mean, std, apply: (r) => r.map((v, j) => (v - mean[j]) / std[j]) };
}

// ---------------------------------------------------------------- model

function softmaxRow(W, b, x) {
  const K = W.length;
  const z = new Array(K);
  let max = -Infinity;
  for (let k = 0; k < K; k++) {
    let s = b[k];
    for (let j = 0; j < x.length; j++) s += W[k][j] * x[j];
    z[k] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let k = 0; k < K; k++) {
    z[k] = Math.exp(z[k] - max);
    sum += z[k];
  }
  for (let k = 0; k < K; k++) z[k] /= sum;
  return z;
}

const EPS = 1e-15;

function evaluate(W, b, X, y) {
  let loss = 0;
  const pred = new Array(X.length);
  for (let i = 0; i < X.length; i++) {
    const p = softmaxRow(W, b, X[i]);
    loss -= Math.log(Math.min(1 - EPS, Math.max(EPS, p[y[i]])));
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
    pred[i] = best;
  }
  let correct = 0;
  for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) correct++;
  return { logLoss: loss / X.length, accuracy: correct / X.length, pred };
}

// One step of full-batch gradient descent on mean cross-entropy + (l2/2)*||W||^2.
function gradientStep(W, b, X, y, lr, l2) {
  const K = W.length;
  const D = W[0].length;
  const gW = Array.from({ length: K }, () => new Array(D).fill(0));
  const gb = new Array(K).fill(0);
  let loss = 0;
  for (let i = 0; i < X.length; i++) {
    const p = softmaxRow(W, b, X[i]);
    loss -= Math.log(Math.max(EPS, p[y[i]]));
    for (let k = 0; k < K; k++) {
      const e = p[k] - (k === y[i] ? 1 : 0);
      gb[k] += e;
      for (let j = 0; j < D; j++) gW[k][j] += e * X[i][j];
    }
  }
  const n = X.length;
  let reg = 0;
  for (let k = 0; k < K; k++) {
    for (let j = 0; j < D; j++) {
      reg += W[k][j] * W[k][j];
      W[k][j] -= lr * (gW[k][j] / n + l2 * W[k][j]);
    }
    b[k] -= lr * (gb[k] / n);
  }
  return loss / n + 0.5 * l2 * reg; // objective before this step
}

function f1Scores(y, pred, K) {
  const f1 = [];
  for (let c = 0; c < K; c++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < y.length; i++) {
      if (pred[i] === c && y[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (y[i] === c) fn++;
    }
    f1.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  }
  return f1;
}

const r4 = (v) => Math.round(v * 1e4) / 1e4 + 0; // + 0 turns -0 into 0

// ---------------------------------------------------------------- output

function writeFileAtomic(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

const writeJson = (file, value) => writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);

// ---------------------------------------------------------------- main

async function main() {
  // SIGTERM: stop after the current epoch, write a checkpoint, exit 143.
  let stopSignal = null;
  process.on('SIGTERM', () => {
    stopSignal = 'SIGTERM';
  });

  const env = process.env;
  const t0 = process.hrtime.bigint();
  const dataFile = path.resolve(env.DATA_FILE || path.join(HERE, 'data', 'iris.csv'));
  const paramsFile = path.resolve(env.PARAMS_FILE || path.join(HERE, 'params.yaml'));
  const outDir = path.resolve(env.OUT_DIR || 'out');
  const modelDir = path.join(outDir, 'model');
  const slowMs = envNonNegativeInt(env, 'SLOW_MS', 0);

  // Never leave a previous run's results behind to be mistaken for this one's.
  for (const f of [path.join(outDir, 'metrics.json'), ...['model.json', 'README.md', 'checkpoint.json'].map((n) => path.join(modelDir, n))]) {
    fs.rmSync(f, { force: true });
  }

  const { params, sources } = loadParams(paramsFile, env);
  const { X, y, classes } = loadIris(dataFile);
  const K = classes.length;
  const D = FEATURES.length;

  const { train, test } = stratifiedSplit(y, K, params.test_size, params.seed);
  const scaler = standardiser(train.map((i) => X[i]));
  const Xtr = train.map((i) => scaler.apply(X[i]));
  const ytr = train.map((i) => y[i]);
  const Xte = test.map((i) => scaler.apply(X[i]));
  const yte = test.map((i) => y[i]);

  const overridden = Object.entries(sources).filter(([, s]) => s.startsWith('env ')).map(([k]) => `${k}=${params[k]}`);
  console.log(
    `train: softmax regression on ${X.length} rows (${train.length} train / ${test.length} test), ` +
      `lr=${params.learning_rate} epochs=${params.epochs} l2=${params.l2} seed=${params.seed}` +
      (overridden.length ? ` [env overrides: ${overridden.join(' ')}]` : ''),
  );

  const W = Array.from({ length: K }, () => new Array(D).fill(0));
  const b = new Array(K).fill(0);
  let epoch = 0;
  let lastLoss = null;

  const writeCheckpoint = (signal) => {
    writeJson(path.join(modelDir, 'checkpoint.json'), {
      format: 'modelgate-example-softmax-checkpoint/1',
      reason: signal,
      epoch,
      epochs: params.epochs,
      loss: lastLoss === null ? null : r4(lastLoss),
      classes,
      features: FEATURES,
      mean: scaler.mean,
      std: scaler.std,
      weights: W,
      bias: b,
    });
  };
  // The loss per epoch, as DVCLive writes a step metric (plots/metrics/<name>.tsv): the report draws it.
  const lossCurve = ['timestamp\tstep\tloss'];
  for (epoch = 0; epoch < params.epochs; ) {
    lastLoss = gradientStep(W, b, Xtr, ytr, params.learning_rate, params.l2);
    lossCurve.push(`${Date.now()}\t${epoch}\t${r4(lastLoss)}`);
    epoch++;
    if (epoch % params.log_every === 0 || epoch === params.epochs) {
      const acc = evaluate(W, b, Xtr, ytr).accuracy;
      console.log(`epoch ${String(epoch).padStart(String(params.epochs).length)}/${params.epochs}  loss=${lastLoss.toFixed(4)}  train_acc=${acc.toFixed(4)}`);
    }
    // Yield to the event loop every epoch so a SIGTERM is noticed promptly.
    if (slowMs > 0) await sleep(slowMs);
    else await setImmediate();
    if (stopSignal) {
      writeCheckpoint(stopSignal);
      console.error(`train: received ${stopSignal} at epoch ${epoch}/${params.epochs}; wrote ${path.join(modelDir, 'checkpoint.json')}; exiting ${EXIT_SIGTERM}`);
      process.exit(EXIT_SIGTERM);
    }
  }

  const tr = evaluate(W, b, Xtr, ytr);
  const te = evaluate(W, b, Xte, yte);
  const f1 = f1Scores(yte, te.pred, K);
  const macro = f1.reduce((s, v) => s + v, 0) / K;

  const metrics = {
    test: {
      accuracy: r4(te.accuracy),
      f1: { macro: r4(macro), ...Object.fromEntries(classes.map((c, k) => [`class_${c}`, r4(f1[k])])) },
      log_loss: r4(te.logLoss),
      samples: test.length,
    },
    train: {
      accuracy: r4(tr.accuracy),
      epochs: epoch,
      log_loss: r4(tr.logLoss),
      samples: train.length,
    },
  };

  const model = {
    format: 'modelgate-example-softmax/1',
    kind: 'multinomial logistic regression (softmax), batch gradient descent, L2',
    classes,
    features: FEATURES,
    mean: scaler.mean,
    std: scaler.std,
    weights: W,
    bias: b,
    params,
    epochs_trained: epoch,
  };

  writeJson(path.join(outDir, 'metrics.json'), metrics);
  writeJson(path.join(modelDir, 'model.json'), model);
  fs.mkdirSync(path.join(outDir, 'plots', 'metrics', 'train'), { recursive: true });
  writeFileAtomic(path.join(outDir, 'plots', 'metrics', 'train', 'loss.tsv'), `${lossCurve.join('\n')}\n`);
  // Per-example predictions on the test split (id = row of the data file): the confusion matrix, and
  // the candidate's side of a paired test.
  writeFileAtomic(
    path.join(outDir, 'predictions.csv'),
    `id,label,prediction\n${test.map((row, i) => `${row + 1},${classes[yte[i]]},${classes[te.pred[i]]}`).join('\n')}\n`,
  );
  writeFileAtomic(
    path.join(modelDir, 'README.md'),
    `Softmax regression on Iris (${FEATURES.length} standardised features -> ${classes.join('/')}), ` +
      `${epoch} epochs, lr=${params.learning_rate}, l2=${params.l2}, seed=${params.seed}; ` +
      `test accuracy ${metrics.test.accuracy}, macro F1 ${metrics.test.f1.macro}.\n`,
  );

  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(
    `done in ${ms.toFixed(0)} ms: test accuracy=${metrics.test.accuracy} macro_f1=${metrics.test.f1.macro} ` +
      `log_loss=${metrics.test.log_loss} (train accuracy=${metrics.train.accuracy})`,
  );
  console.log(`wrote ${path.join(outDir, 'metrics.json')} and ${modelDir}${path.sep}{model.json,README.md}`);
}

main().catch((err) => {
  if (err instanceof UsageError) {
    console.error(`train: error: ${err.message}`);
    process.exit(err.code);
  }
  console.error(`train: unexpected error: ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});
