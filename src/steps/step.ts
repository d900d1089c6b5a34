import type { ConfigFile } from '../core/config.js';
import type { UserError } from '../core/errors.js';
import type { InputDecl, InputDecls, InputValues } from '../core/inputs.js';
import type { MetricSample } from '../monitoring/exposition.js';
import type { NotifyMessage } from '../monitoring/notify-format.js';
import type { Platform } from '../platform/platform.js';

/** An input only the GitLab component has: it shapes the job (`artifacts:`, `cache:`, `tags:`), it does not reach the CLI. */
export interface GitLabOnlyInput {
  readonly type?: 'array' | 'string' | 'boolean';
  readonly default: unknown;
  readonly description: string;
}

/** How a step's GitLab component job looks beyond its inputs: the generator writes the whole template from it. */
export interface GitLabJob {
  /** What the component does, shown in the catalog (`spec:description`). */
  readonly description: string;
  /** The default stage. */
  readonly stage: string;
  /** What the `image` input says besides its default. */
  readonly imageNote?: string;
  /** The template's inputs that are the job's, after the step's. */
  readonly inputs?: Readonly<Record<string, GitLabOnlyInput>>;
  /** Inputs that may be left out elsewhere but not in the component (a job's `environment:` needs a name). */
  readonly required?: readonly string[];
  /** Job keys after `script:` (`cache`, `resource_group`, `environment`, `artifacts`, `rules`), in order. */
  readonly job: Readonly<Record<string, unknown>>;
  /** Job keys before `variables:` (`tags`). */
  readonly before?: Readonly<Record<string, unknown>>;
  /** Comments above job keys, by key. */
  readonly comments?: Readonly<Record<string, string>>;
}

/**
 * One step (or command), declared once: everything the entry and the front doors need. The entry
 * parses the inputs, loads `modelgate.yml`, masks the secrets and hands `run` typed values; `npm run
 * docs` writes `action.yml`, the GitLab template, the README tables and the CLI help from it.
 */
export interface StepDeclaration<I extends InputDecls = InputDecls> {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly inputs: I;
  /** Output names and what they hold. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The sections of `modelgate.yml` the step reads (its input `config` names the file, else `modelgate.yml`). */
  readonly config?: readonly ('metrics' | 'data' | 'monitoring')[];
  /** Checks between inputs (one needs another, in some mode), before any I/O. */
  readonly check?: (values: InputValues<I>, fail: (name: keyof I & string, what: string, got?: string) => UserError) => void;
  /** The `post-if` of a GitHub `post:` step the step has (run when the job ends). */
  readonly post?: string;
  /** The GitLab component; a command without one (history) is CLI-only, with no action either. */
  readonly gitlab?: GitLabJob;
  /** Extra usage lines for the CLI help. */
  readonly usage?: string;
}

/** Declares a step; the identity, for inference: `run` receives {@link InputValues} of these inputs. */
export function declareStep<const I extends InputDecls>(declaration: StepDeclaration<I>): StepDeclaration<I> {
  return declaration;
}

/** The typed inputs of a declared step. */
export type InputsOf<S> = S extends StepDeclaration<infer I> ? InputValues<I> : never;

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

/** A step's code: typed inputs, the platform, and the config file the entry read. */
export type StepRun<V = Record<string, unknown>> = (inputs: V, platform: Platform, config: ConfigFile) => Promise<StepResult>;

/** A declared input, for helpers that build groups of them. */
export type { InputDecl };
