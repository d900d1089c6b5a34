import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, runAction, type ActionRun, type RunOptions } from './runner.js';

interface WorkflowStep {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface WorkflowJob {
  needs?: string | string[];
  steps: WorkflowStep[];
  outputs?: Record<string, string>;
}

/** What one job of the workflow did: each modelgate step's run, by step id (or action id), and the job's outputs. */
export interface JobResult {
  steps: Record<string, ActionRun>;
  outputs: Record<string, string>;
}

/**
 * Runs jobs of a workflow (e.g. the reusable `.github/workflows/modelgate.yml`) the way the runner would,
 * for the steps that are modelgate actions (`uses: ./<path>/actions/<id>`): each through its dist stub
 * with the runner contract, its `with:` evaluated against `inputs`, `needs.<job>.outputs`,
 * `steps.<id>.outputs`, `secrets` and `github`. Other steps (checkout, artifacts) are left out: the jobs
 * share one workspace here, as the artifacts would carry the files between them. A failing step stops
 * its job, as on the runner.
 */
export class WorkflowRunner {
  private readonly jobs: Record<string, WorkflowJob>;
  readonly results: Record<string, JobResult> = {};

  constructor(
    workflow: string,
    private readonly context: { inputs: Record<string, unknown>; secrets?: Record<string, string>; github?: Record<string, string>; overrides?: Record<string, Record<string, string>> },
    private readonly run: Omit<RunOptions, 'inputs'>,
  ) {
    this.jobs = (parse(readFileSync(join(ROOT, workflow), 'utf8')) as { jobs: Record<string, WorkflowJob> }).jobs;
  }

  /** Runs one job; its `needs` must have run. Returns what it did, also kept in {@link results}. */
  async job(name: string): Promise<JobResult & { failed?: ActionRun }> {
    const job = this.jobs[name];
    if (!job) throw new Error(`no job '${name}'`);
    for (const need of [job.needs ?? []].flat()) if (!this.results[need]) throw new Error(`job '${name}' needs '${need}', which has not run`);
    const result: JobResult = { steps: {}, outputs: {} };
    this.results[name] = result;
    for (const step of job.steps) {
      const id = /\/actions\/([a-z-]+)$/.exec(step.uses ?? '')?.[1];
      if (!id) continue;
      const inputs: Record<string, string> = {};
      for (const [key, value] of Object.entries(step.with ?? {})) {
        const text = this.evaluate(String(value), name);
        if (text !== '') inputs[key] = text;
      }
      // What the runner's services would do differently here (the artifact service is not run locally).
      Object.assign(inputs, this.context.overrides?.[id]);
      const run = await runAction(id, { ...this.run, inputs });
      result.steps[step.id ?? id] = run;
      if (run.exitCode !== 0) return { ...result, failed: run };
    }
    for (const [key, value] of Object.entries(job.outputs ?? {})) result.outputs[key] = this.evaluate(value, name);
    return result;
  }

  /** `${{ expr }}` for the forms the workflow uses: a dotted path, `!path`, and `a && 'x' || 'y'` is not needed. */
  private evaluate(text: string, job: string): string {
    return text.replace(/\$\{\{\s*(!?)([\w.-]+)\s*\}\}/g, (_all, not: string, path: string) => {
      const value = this.lookup(path.split('.'), job);
      if (not) return String(!value || value === 'false');
      return value === undefined || value === null ? '' : String(value);
    });
  }

  private lookup([head, ...rest]: string[], job: string): unknown {
    if (head === 'inputs') return this.context.inputs[rest[0] as string];
    if (head === 'secrets') return this.context.secrets?.[rest[0] as string];
    if (head === 'github') return this.context.github?.[rest[0] as string];
    if (head === 'needs' && rest[1] === 'outputs') return this.results[rest[0] as string]?.outputs[rest[2] as string];
    if (head === 'steps' && rest[1] === 'outputs') return this.results[job]?.steps[rest[0] as string]?.outputs[rest[2] as string];
    throw new Error(`unsupported expression ${[head, ...rest].join('.')}`);
  }
}
