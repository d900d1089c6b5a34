import { formatNumber } from './compare.js';
import { code, escapeMarkdown, linkUrl, table } from './markdown.js';

/**
 * What changed between the baseline's run and the candidate's, from their run records: the
 * hyperparameters, the data, the code, the machine, the training time and the model size. Records
 * come from a pull request's files and from a store anyone with push rights writes, so every field is
 * read as found: a field of the wrong type is left out, never trusted.
 */
export interface RunDiff {
  params: { added: [string, string][]; removed: [string, string][]; changed: [string, string, string][]; unchanged: number };
  /** One entry per data path in either record. `unknown`: a side recorded no digest to compare. */
  data: { path: string; change: 'changed' | 'unchanged' | 'added' | 'removed' | 'unknown'; size?: number; baselineSize?: number }[];
  /** The two commits, when both records name one. */
  code?: { baseline: string; candidate: string };
  /** Machine facts that differ (Python, Node, OS, CPU, GPUs, runner, image). */
  environment: [string, string, string][];
  durationMs: { baseline?: number; candidate?: number };
  modelBytes: { baseline?: number; candidate?: number };
}

/** Params are flattened to dotted names; at most this many per kind are listed, so the section stays small. */
const MAX_PARAMS = 50;
const ENVIRONMENT_KEYS = ['python', 'node', 'os', 'arch', 'cpuModel', 'cpus', 'gpus', 'runner', 'image'] as const;

/** The difference of two run records (`candidate`, `baseline` as parsed JSON, unchecked). */
export function diffRuns(candidate: unknown, baseline: unknown): RunDiff {
  const c = objectOf(candidate);
  const b = objectOf(baseline);
  return {
    params: diffParams(flatten(c.params), flatten(b.params)),
    data: diffData(c.data, b.data),
    code: codeOf(c, b),
    environment: diffEnvironment(objectOf(c.environment), objectOf(b.environment)),
    durationMs: { candidate: numberOf(objectOf(c.command).durationMs), baseline: numberOf(objectOf(b.command).durationMs) },
    modelBytes: { candidate: numberOf(objectOf(c.model).size), baseline: numberOf(objectOf(b.model).size) },
  };
}

/** Whether params, data or the machine differ (the code always does in a change request: the section is folded on it alone). */
export function runsDiffer(d: RunDiff): boolean {
  const p = d.params;
  return p.added.length + p.removed.length + p.changed.length > 0 || d.data.some((e) => e.change !== 'unchanged') || d.environment.length > 0;
}

/** Links the report may make: a commit's page and the comparison of two commits. */
export interface RunDiffLinks {
  commitUrl?: (sha: string) => string | undefined;
  compareUrl?: (from: string, to: string) => string | undefined;
}

/**
 * The section as markdown: one summary line (params, data, code, time, size; HTML, as markdown is not
 * read inside `<summary>`), then the details in `<details>`, open only when something changed. Every
 * name and value from a record is a code span.
 */
export function renderRunDiff(d: RunDiff, links: RunDiffLinks = {}): string {
  const p = d.params;
  const paramCount = p.added.length + p.removed.length + p.changed.length;
  const dataChanged = d.data.filter((e) => e.change !== 'unchanged' && e.change !== 'unknown');
  const line = [
    paramCount === 0 ? 'params unchanged' : `<b>${paramCount} param${paramCount === 1 ? '' : 's'} changed</b>`,
    d.data.length === 0
      ? 'no data recorded'
      : dataChanged.length === 0
        ? d.data.every((e) => e.change === 'unknown')
          ? 'data not comparable'
          : 'data unchanged'
        : `<b>data changed</b> (${dataChanged.length} of ${d.data.length})`,
    codeLine(d, links),
    change('training', d.durationMs, duration),
    change('model', d.modelBytes, bytes),
  ].filter(Boolean);
  const parts: string[] = [];
  if (paramCount > 0) {
    const rows = [
      ...p.changed.map(([name, before, after]) => [
        'changed',
        code(name, { inTable: true }),
        code(before, { inTable: true, maxLength: 80 }),
        code(after, { inTable: true, maxLength: 80 }),
      ]),
      ...p.added.map(([name, value]) => ['added', code(name, { inTable: true }), '', code(value, { inTable: true, maxLength: 80 })]),
      ...p.removed.map(([name, value]) => ['removed', code(name, { inTable: true }), code(value, { inTable: true, maxLength: 80 }), '']),
    ];
    parts.push(table(['', 'Param', 'Baseline', 'Candidate'], rows, ['l', 'l', 'l', 'l']));
  }
  if (d.data.length > 0) {
    const rows = d.data.map((e) => [
      e.change,
      code(e.path, { inTable: true, maxLength: 120 }),
      e.baselineSize === undefined ? '' : bytes(e.baselineSize),
      e.size === undefined ? '' : bytes(e.size),
    ]);
    parts.push(table(['', 'Data', 'Baseline', 'Candidate'], rows, ['l', 'l', 'r', 'r']));
  }
  if (d.environment.length > 0) {
    parts.push(
      table(
        ['Environment', 'Baseline', 'Candidate'],
        d.environment.map(([k, before, after]) => [escapeMarkdown(k), code(before, { inTable: true, maxLength: 80 }), code(after, { inTable: true, maxLength: 80 })]),
      ),
    );
  }
  const open = runsDiffer(d) ? ' open' : '';
  const summary = `<summary>What changed: ${line.join(' · ')}</summary>`;
  return parts.length === 0
    ? `<details${open}>${summary}\n\nNothing else was recorded for the two runs.\n\n</details>`
    : `<details${open}>${summary}\n\n${parts.join('\n\n')}\n\n</details>`;
}

function codeLine(d: RunDiff, links: RunDiffLinks): string {
  if (!d.code) return '';
  const { baseline, candidate } = d.code;
  if (baseline === candidate) return 'same commit';
  const link = (sha: string) => {
    const href = linkUrl(links.commitUrl?.(sha));
    return href ? `<a href="${href}"><code>${sha.slice(0, 7)}</code></a>` : `<code>${sha.slice(0, 7)}</code>`;
  };
  const compare = linkUrl(links.compareUrl?.(baseline, candidate));
  return `code ${link(baseline)} → ${link(candidate)}${compare ? ` (<a href="${compare}">commits</a>)` : ''}`;
}

function change(what: string, pair: { baseline?: number; candidate?: number }, format: (n: number) => string): string {
  if (pair.candidate === undefined) return '';
  if (pair.baseline === undefined || pair.baseline === 0) return `${what} ${format(pair.candidate)}`;
  const ratio = pair.candidate / pair.baseline - 1;
  const shown = Math.abs(ratio) < 0.005 ? '' : ` (${ratio > 0 ? '+' : ''}${Math.round(ratio * 100)}%)`;
  return `${what} ${format(pair.candidate)}${shown}`;
}

function diffParams(candidate: Map<string, string>, baseline: Map<string, string>): RunDiff['params'] {
  const out: RunDiff['params'] = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [name, value] of candidate) {
    const before = baseline.get(name);
    if (before === undefined) {
      if (out.added.length < MAX_PARAMS) out.added.push([name, value]);
    } else if (before !== value) {
      if (out.changed.length < MAX_PARAMS) out.changed.push([name, before, value]);
    } else out.unchanged++;
  }
  for (const [name, value] of baseline) if (!candidate.has(name) && out.removed.length < MAX_PARAMS) out.removed.push([name, value]);
  const byName = (a: [string, ...string[]], b: [string, ...string[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  out.added.sort(byName);
  out.removed.sort(byName);
  out.changed.sort(byName);
  return out;
}

function diffData(candidate: unknown, baseline: unknown): RunDiff['data'] {
  const entries = (list: unknown) =>
    new Map(
      (Array.isArray(list) ? list : [])
        .map(objectOf)
        .filter((e) => typeof e.path === 'string')
        .slice(0, 100)
        .map((e) => [e.path as string, { digest: [e.sha256, e.md5, e.digest].find((v) => typeof v === 'string' && v !== '') as string | undefined, size: numberOf(e.size) }]),
    );
  const c = entries(candidate);
  const b = entries(baseline);
  const out: RunDiff['data'] = [];
  for (const [path, e] of c) {
    const before = b.get(path);
    const change = !before ? 'added' : !e.digest || !before.digest ? 'unknown' : e.digest === before.digest ? 'unchanged' : 'changed';
    out.push({ path, change, size: e.size, baselineSize: before?.size });
  }
  for (const [path, e] of b) if (!c.has(path)) out.push({ path, change: 'removed', baselineSize: e.size });
  return out;
}

function codeOf(c: Record<string, unknown>, b: Record<string, unknown>): RunDiff['code'] {
  const sha = (r: Record<string, unknown>) => {
    const s = objectOf(r.git).sha;
    return typeof s === 'string' && /^[0-9a-f]{7,64}$/.test(s) ? s : undefined;
  };
  const candidate = sha(c);
  const baseline = sha(b);
  return candidate && baseline ? { baseline, candidate } : undefined;
}

function diffEnvironment(c: Record<string, unknown>, b: Record<string, unknown>): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const key of ENVIRONMENT_KEYS) {
    const after = key === 'gpus' ? gpuText(c.gpus) : scalar(c[key]);
    const before = key === 'gpus' ? gpuText(b.gpus) : scalar(b[key]);
    if (after !== before && (after !== undefined || before !== undefined)) out.push([key, before ?? '—', after ?? '—']);
  }
  return out;
}

/** GPUs as setup-gpu-runner records them, in a few words: `2× NVIDIA H100 (driver 550)`. */
function gpuText(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : Array.isArray(objectOf(value).gpus) ? (objectOf(value).gpus as unknown[]) : undefined;
  if (!list) return value === undefined ? undefined : (scalar(value) ?? 'recorded');
  if (list.length === 0) return 'none';
  const names = list.map((g) => scalar(objectOf(g).name) ?? 'GPU');
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, k]) => `${k}× ${n}`).join(', ');
}

/** Nested params as dotted names to their JSON text (what a diff compares). */
function flatten(value: unknown, prefix = '', out = new Map<string, string>(), depth = 0): Map<string, string> {
  if (out.size >= 10_000) return out;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && depth < 20) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) flatten(child, prefix ? `${prefix}.${key}` : key, out, depth + 1);
    return out;
  }
  if (prefix === '') return out;
  out.set(prefix, typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)).slice(0, 500));
  return out;
}

function objectOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.slice(0, 200);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A duration in words: `42 s`, `3.5 min`, `2.1 h`. */
export function duration(ms: number): string {
  if (ms < 60_000) return `${formatNumber(Math.round(ms / 100) / 10)} s`;
  if (ms < 3_600_000) return `${formatNumber(Math.round(ms / 6_000) / 10)} min`;
  return `${formatNumber(Math.round(ms / 360_000) / 10)} h`;
}

/** A size in bytes in words: `512 B`, `1.2 MB`. */
export function bytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? v : formatNumber(Math.round(v * 10) / 10)} ${units[i]}`;
}
