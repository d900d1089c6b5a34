import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context, Platform, PlatformFeatures, RenderedReport } from '../../src/platform/platform.js';

/** A platform that records what a step did, for step tests. */
export class FakePlatform implements Platform {
  readonly outputs: Record<string, string> = {};
  readonly summaries: RenderedReport[] = [];
  readonly comments: { key: string; body: string; number?: number }[] = [];
  readonly statuses: { name: string; state: string; sha: string; description: string }[] = [];
  readonly logs: string[] = [];
  readonly masked: string[] = [];
  readonly streamed: string[] = [];
  readonly log = {
    info: (m: string) => void this.logs.push(m),
    warning: (m: string) => void this.logs.push(`warning: ${m}`),
    error: (m: string) => void this.logs.push(`error: ${m}`),
    debug: () => undefined,
    stream: (chunk: Buffer | string) => void this.streamed.push(String(chunk)),
  };

  /** What the adapter of `context.platform` states (see src/platform/{github,gitlab,local}.ts). */
  readonly features: PlatformFeatures;
  metricsReport?: (text: string) => Promise<void>;

  constructor(
    readonly context: Context,
    private readonly inputs: Record<string, string> = {},
  ) {
    const on = context.platform;
    this.features = { ci: on !== 'local', summaryPage: on === 'github', forkComments: on === 'gitlab' ? 'with-token' : 'never', interactive: false };
    if (on === 'gitlab') this.metricsReport = (text) => writeFile(join(context.workspace, 'metrics.txt'), text);
  }

  input(name: string): string | undefined {
    return this.inputs[name];
  }
  readonly exported: Record<string, string> = {};
  readonly state: Record<string, string> = {};
  exportVariable(name: string, value: string): void {
    this.exported[name] = value;
  }
  saveState(name: string, value: string): void {
    this.state[name] = value;
  }
  getState(name: string): string | undefined {
    return this.state[name];
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  mask(secret: string): void {
    this.masked.push(secret);
  }
  async summary(report: RenderedReport): Promise<void> {
    this.summaries.push(report);
  }
  async upsertComment(options: { key: string; body: string; number?: number }) {
    this.comments.push(options);
    return { action: 'created' as const, url: 'https://example.invalid/comment' };
  }
  async setStatus(options: { name: string; state: string; sha: string; description: string }): Promise<void> {
    this.statuses.push(options);
  }
  readonly deployments: { environment: string; sha: string | undefined; state: string; description: string }[] = [];
  async recordDeployment(options: { environment: string; sha: string | undefined; state: string; description: string }): Promise<void> {
    this.deployments.push({ environment: options.environment, sha: options.sha, state: options.state, description: options.description });
  }
  /** The head commit `changeRequestHead` reports (publish mode). */
  head?: string;
  changeRequestHead = async () => this.head ?? '';
  async finish(): Promise<void> {}
}

/** A local-style context for a workspace. */
export function localContext(workspace: string, extra: Partial<Context> = {}): Context {
  return { platform: 'local', workspace, pipeline: 'test', ...extra };
}
