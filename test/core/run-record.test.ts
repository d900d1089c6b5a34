import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { checkRunRecord, runOutcome, trainingFailure, type RunRecord } from '../../src/core/run-record.js';
import { runRecordErrors } from '../helpers/schema.js';

/** A record as modelgate wrote them before `outcome` existed. */
const OLD = {
  kind: 'modelgate/run-record',
  version: 1,
  id: 'r1',
  createdAt: '2026-01-01T00:00:00.000Z',
  command: { run: 'python train.py', workingDirectory: '.', exitCode: 0, timedOut: false, durationMs: 10 },
  params: {},
  metrics: { acc: 0.9 },
  model: { digest: null, files: [], size: 0 },
  data: [],
  git: { sha: null, ref: null, dirty: null },
  environment: { os: 'linux', arch: 'x64', cpus: 1, memoryBytes: 1, node: 'v20' },
  ci: { platform: 'local' },
} as const;

const withCommand = (command: Partial<RunRecord['command']>, extra: Partial<RunRecord> = {}) => ({ ...OLD, ...extra, command: { ...OLD.command, ...command } }) as RunRecord;

describe('run record outcome', () => {
  it('reads a record written before the outcome fields: still valid, its outcome from the command', () => {
    expect(runRecordErrors(OLD)).toEqual([]);
    expect(checkRunRecord(structuredClone(OLD), 'old.json').outcome).toBeUndefined();
    expect(runOutcome(withCommand({}))).toBe('succeeded');
    expect(runOutcome(withCommand({ exitCode: 2 }))).toBe('failed');
    expect(runOutcome(withCommand({ exitCode: 137, timedOut: true }))).toBe('timed-out');
    expect(runOutcome(withCommand({ exitCode: 143, cancelled: true }))).toBe('cancelled');
    expect(runOutcome(withCommand({ exitCode: null }))).toBe('unknown');
  });

  it('validates the new fields against the schema', () => {
    const record = {
      ...OLD,
      outcome: 'failed',
      missingOutputs: [{ input: 'metrics', path: 'out/metrcs.json', reason: 'absent', detail: "'out/metrcs.json' does not exist" }],
      staleFiles: ['out/model/old.bin'],
    };
    expect(runRecordErrors(record)).toEqual([]);
    expect(runRecordErrors({ ...record, outcome: 'crashed' })).not.toEqual([]);
    expect(runRecordErrors({ ...record, missingOutputs: [{ input: 'metrics', path: 'x', reason: 'gone' }] })).not.toEqual([]);
  });

  it('says why a training did not succeed, and fails closed on an outcome it does not know', () => {
    expect(trainingFailure(withCommand({}))).toBeUndefined();
    expect(trainingFailure(withCommand({ exitCode: null }))).toBeUndefined();
    expect(trainingFailure(withCommand({ exitCode: 2 }))).toBe('training failed: exit 2');
    expect(trainingFailure(withCommand({ exitCode: 137, signal: 'SIGKILL', timedOut: true }))).toBe('training timed out (exit 137, SIGKILL)');
    expect(trainingFailure(withCommand({ exitCode: 130, cancelled: true }))).toBe('training was cancelled (exit 130)');
    const missing = Array.from({ length: 4 }, (_, i) => ({ input: 'model' as const, path: `m${i}.bin`, reason: 'stale' as const }));
    expect(trainingFailure(withCommand({}, { outcome: 'failed', missingOutputs: missing }))).toBe(
      "training failed: it did not write model 'm0.bin' (stale), model 'm1.bin' (stale), model 'm2.bin' (stale) and 1 more",
    );
    // The record's outcome wins over its command: a run that exited 0 without its outputs failed.
    expect(trainingFailure(withCommand({}, { outcome: 'failed' }))).toBe('training failed');
    expect(trainingFailure({ ...withCommand({}), outcome: 'skipped' } as unknown as RunRecord)).toMatch(/^training outcome 'skipped' is not one this modelgate knows/);
  });

  it('refuses outcome fields of the wrong type, naming the file', () => {
    const error = (() => {
      try {
        return checkRunRecord({ ...OLD, outcome: 1 }, 'run.json');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe("run record run.json: its 'outcome' is not a string");
    expect(() => checkRunRecord({ ...OLD, missingOutputs: 'metrics.json' }, 'run.json')).toThrow("run record run.json: its 'missingOutputs' is not a list");
  });
});
