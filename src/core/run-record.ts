import { readFile } from 'node:fs/promises';
import { UserError } from './errors.js';
import type { FileDigest } from './hashing.js';
import type { MetricSet } from './metrics.js';

/** The discriminator every run record carries (`schemas/run-record.schema.json`). */
export const RUN_RECORD_KIND = 'modelgate/run-record';
export const RUN_RECORD_VERSION = 1;

/** A data input of a run: hashed here, or as DVC recorded it. */
export interface DataFingerprint {
  path: string;
  sha256?: string | null;
  md5?: string | null;
  size?: number | null;
  digest?: string | null;
  source: 'hashed' | 'dvc.lock';
}

/**
 * How a run ended. `failed` is a command that exited non-zero (or was ended by a signal), and also one
 * that exited 0 without writing a declared output (see {@link MissingOutput}); `unknown` is a record of
 * another job's outputs (mode `record`) that was not given that job's exit code.
 */
export const RUN_OUTCOMES = ['succeeded', 'failed', 'timed-out', 'cancelled', 'unknown'] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

/** A declared output (a `metrics` or `model` path or glob) the run did not produce. */
export interface MissingOutput {
  input: 'metrics' | 'model' | 'predictions';
  /** The path or glob as given, or the file found wanting. */
  path: string;
  /** `absent`: nothing there; `stale`: only files the command did not write (left from before it ran); `unreadable`: there but not usable. */
  reason: 'absent' | 'stale' | 'unreadable';
  /** The problem in words. */
  detail?: string;
}

/** What train-model ran, on what, with what result. Its JSON Schema ships as `schemas/run-record.schema.json`. */
export interface RunRecord {
  kind: typeof RUN_RECORD_KIND;
  version: typeof RUN_RECORD_VERSION;
  id: string;
  createdAt: string;
  command: {
    run: string | null;
    workingDirectory: string;
    /** The `env` input, values of secret-looking names replaced by `***`. */
    env?: Record<string, string>;
    exitCode: number | null;
    signal?: string | null;
    timedOut: boolean;
    cancelled?: boolean;
    startedAt?: string | null;
    finishedAt?: string | null;
    durationMs: number | null;
    log?: string | null;
  };
  params: Record<string, unknown>;
  paramsFiles?: FileDigest[];
  metrics: Record<string, number | string>;
  metricsFiles?: string[];
  model: { digest: string | null; files: FileDigest[]; size: number };
  /** The per-example predictions on the eval set, stored with the recorded run for paired tests. */
  predictions?: { path: string; sha256: string; size: number; examples: number };
  data: DataFingerprint[];
  git: { sha: string | null; ref: string | null; dirty: boolean | null; changed?: string[] };
  environment: Record<string, unknown> & { os: string; arch: string; cpus: number; memoryBytes: number; node: string };
  ci: { platform: 'github' | 'gitlab' | 'local'; repository?: string | null; runUrl?: string | null; pipeline?: string | null; job?: string | null; leg?: string | null };
  gate?: Record<string, unknown>;
  /**
   * How the run ended. Records written before it existed have none: {@link runOutcome} derives it from
   * `command`. A reader that meets a value it does not know must treat the run as not succeeded.
   */
  outcome?: RunOutcome;
  /** The declared outputs this run did not produce (empty or absent when it produced them all). */
  missingOutputs?: MissingOutput[];
  /** Files the `metrics` and `model` paths matched that the command did not write (unchanged since before it ran): not taken as this run's. */
  staleFiles?: string[];
}

/**
 * A record's outcome as written, or for a record written before `outcome` existed, from its `command`:
 * one of {@link RUN_OUTCOMES}, or what a newer modelgate wrote.
 */
export function runOutcome(record: Pick<RunRecord, 'outcome' | 'command'>): string {
  if (record.outcome !== undefined) return record.outcome;
  const c = record.command;
  if (c?.cancelled) return 'cancelled';
  if (c?.timedOut) return 'timed-out';
  if (c?.exitCode === null || c?.exitCode === undefined) return 'unknown';
  return c.exitCode === 0 ? 'succeeded' : 'failed';
}

/**
 * Why a record says its training did not succeed, in words (`training failed: exit 2`), or undefined when
 * it succeeded (or, from another job's files, is not known to have failed). An outcome this modelgate
 * does not know counts as a failure: a gate fails closed.
 */
export function trainingFailure(record: Pick<RunRecord, 'outcome' | 'command' | 'missingOutputs'>): string | undefined {
  const outcome = runOutcome(record);
  const c = record.command;
  const exit = typeof c?.exitCode === 'number' ? `exit ${c.exitCode}${c.signal ? `, ${c.signal}` : ''}` : undefined;
  switch (outcome) {
    case 'succeeded':
    case 'unknown':
      return undefined;
    case 'timed-out':
      return `training timed out${exit ? ` (${exit})` : ''}`;
    case 'cancelled':
      return `training was cancelled${exit ? ` (${exit})` : ''}`;
    case 'failed': {
      if (exit && c.exitCode !== 0) return `training failed: ${exit}`;
      const missing = (record.missingOutputs ?? []).map((m) => `${m.input} '${m.path}' (${m.reason})`);
      return missing.length
        ? `training failed: it did not write ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`
        : 'training failed';
    }
    default:
      return `training outcome '${String(outcome)}' is not one this modelgate knows (${RUN_OUTCOMES.join(', ')})`;
  }
}

/** Metrics as a record stores them: by name; JSON has no NaN or infinities, so those are their names. */
export function metricsForRecord(metrics: MetricSet): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [name, metric] of metrics) out[name] = typeof metric.value === 'number' && !Number.isFinite(metric.value) ? String(metric.value) : metric.value;
  return out;
}

/** The record as written: stable key order, two-space indent, a final newline. */
export function runRecordJson(record: RunRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * Reads a run record and checks what readers rely on (kind, version, metrics, model); names the
 * file and the problem otherwise.
 */
export async function readRunRecord(path: string, shown = path): Promise<RunRecord> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code ? `run record ${shown}: cannot read it (${code})` : `run record ${shown}: not valid JSON`, { file: shown });
  }
  return checkRunRecord(data, shown);
}

/** Checks what readers of a run record rely on (kind, version, metrics, model), wherever it was read from. */
export function checkRunRecord(data: unknown, shown: string): RunRecord {
  const r = data as Partial<RunRecord> | null;
  const bad = (what: string) => new UserError(`run record ${shown}: ${what}`, { file: shown });
  if (!r || typeof r !== 'object' || r.kind !== RUN_RECORD_KIND) throw bad(`not a modelgate run record (kind must be '${RUN_RECORD_KIND}')`);
  if (r.version !== RUN_RECORD_VERSION) throw bad(`version ${String(r.version)} is not supported (this modelgate reads version ${RUN_RECORD_VERSION})`);
  if (!r.metrics || typeof r.metrics !== 'object' || Array.isArray(r.metrics)) throw bad("it has no 'metrics' object");
  if (!r.model || typeof r.model !== 'object' || !Array.isArray(r.model.files)) throw bad("it has no 'model' with 'files'");
  // Written since version 1 began, so optional: a record without them is read from its `command`.
  if (r.outcome !== undefined && typeof r.outcome !== 'string') throw bad("its 'outcome' is not a string");
  if (r.missingOutputs !== undefined && !Array.isArray(r.missingOutputs)) throw bad("its 'missingOutputs' is not a list");
  return r as RunRecord;
}
