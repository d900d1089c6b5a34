import type { InputSpec } from '../core/inputs.js';
import type { MetricSample } from '../monitoring/exposition.js';
import type { NotifyMessage } from '../monitoring/notify-format.js';
import type { Platform } from '../platform/platform.js';

/** One output of a step, listed beside its inputs so `action.yml` and the docs can be checked. */
export interface OutputSpec {
  readonly name: string;
  readonly description: string;
}

/** What a step's metadata module exports: cheap to import (no heavy libraries). */
export interface StepMeta {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly inputs: readonly InputSpec[];
  readonly outputs: readonly OutputSpec[];
  /** Inputs only the GitLab component has (they map to `artifacts:`/`cache:`, not to the CLI). */
  readonly gitlabInputs?: readonly string[];
  /** Inputs whose `$VARIABLES` GitLab expands (a label from an earlier job's dotenv); the rest stay as written. */
  readonly gitlabExpand?: readonly string[];
  /** The `post-if` of a GitHub `post:` step the step has (run when the job ends). */
  readonly post?: string;
}

/** The events a team can be told about in chat (`notify-on`). */
export type NoticeEvent = 'pass' | 'fail' | 'no-baseline' | 'promote' | 'rollback';

/**
 * How a step ended: `failure` is the message when the job must fail, `exitCode` its code (default 1).
 * `samples` are its figures for a Pushgateway, `notice` what a chat channel is told; the entry sends
 * both when the inputs ask for it.
 */
export interface StepResult {
  failure?: string;
  exitCode?: number;
  samples?: MetricSample[];
  notice?: { event: NoticeEvent; message: NotifyMessage };
}

/** A step's run function: typed inputs are parsed inside from the platform's raw inputs. */
export type StepRun = (platform: Platform) => Promise<StepResult>;
