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
  data: DataFingerprint[];
  git: { sha: string | null; ref: string | null; dirty: boolean | null; changed?: string[] };
  environment: Record<string, unknown> & { os: string; arch: string; cpus: number; memoryBytes: number; node: string };
  ci: { platform: 'github' | 'gitlab' | 'local'; repository?: string | null; runUrl?: string | null; pipeline?: string | null; job?: string | null; leg?: string | null };
  gate?: Record<string, unknown>;
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
  return r as RunRecord;
}
