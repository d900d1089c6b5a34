import { configProblems, loadConfig, noConfig, type ConfigFile } from '../core/config.js';
import { ExternalError, messageOf, UserError } from '../core/errors.js';
import { inputError, parseInputs } from '../core/inputs.js';
import { addEnvironmentSecrets, addSecret, scrub } from '../core/secrets.js';
import { closest } from '../core/suggest.js';
import type { Platform } from '../platform/platform.js';
import { COMMANDS, STEPS, type StepEntry } from '../steps/index.js';
import type { StepResult, StepRun } from '../steps/step.js';

/** How a step run ended, for the entry to turn into an exit code. */
export interface Outcome {
  exitCode: number;
}

/** The step or command with this id; an unknown id is a {@link UserError} with the nearest one. */
export function findStep(id: string): StepEntry {
  const step = STEPS[id] ?? COMMANDS[id];
  if (!step) {
    const ids = [...Object.keys(STEPS), ...Object.keys(COMMANDS)];
    const hit = closest(id, ids);
    throw new UserError(`unknown step '${id}'${hit ? ` (did you mean '${hit}'?)` : ''}; the steps are: ${ids.join(', ')}`);
  }
  return step;
}

/** What the entry hands a step: its inputs parsed and checked, and the config file read. */
export interface Prepared {
  inputs: Record<string, unknown>;
  config: ConfigFile;
}

/**
 * Everything before a step's own code, in one place: secrets masked before anything can log them, every
 * input parsed against the declaration and checked together (all before any I/O), outputs held to the
 * declared names, and `modelgate.yml` read once.
 */
export async function prepare(step: StepEntry, platform: Platform): Promise<Prepared> {
  const { declaration } = step;
  guardSecrets(platform);
  for (const spec of step.specs) {
    const secret = spec.secret ? platform.input(spec.name)?.trim() : undefined;
    if (secret) platform.mask(secret);
  }
  checkGivenInputs(step, platform);
  const warnings: string[] = [];
  const inputs = (await parseInputs(declaration.id, declaration.inputs, (name) => platform.input(name), warnings)) as Record<string, unknown>;
  for (const warning of warnings) platform.log.warning(warning);
  declaration.check?.(inputs as never, (name, what, got = platform.input(name)?.trim() || undefined) => inputError(declaration.id, name, what, got));
  const setOutput = platform.setOutput.bind(platform);
  platform.setOutput = (name, value) => {
    if (!(name in declaration.outputs)) throw new Error(`${declaration.id} set the output '${name}', which its declaration does not list`);
    setOutput(name, value);
  };
  const configName = typeof inputs.config === 'string' ? inputs.config : undefined;
  const config = declaration.config?.length
    ? await loadConfig(platform.context.workspace, configName ?? 'modelgate.yml', `${declaration.id}: input 'config'`, declaration.id)
    : noConfig();
  // The schema decides, for the sections this step reads and the top level: a mistake there fails the
  // step before it runs (a section another step reads is that step's to refuse).
  if (config.text !== undefined) {
    const problems = (await configProblems(config)).filter((p) => p.section === undefined || declaration.config?.includes(p.section as never));
    const [first] = problems;
    if (first) {
      const rest = problems.slice(1, 10).map((p) => `\n  ${p.message}`);
      if (problems.length > 10) rest.push(`\n  and ${problems.length - 10} more`);
      throw new UserError(`${declaration.id}: ${first.message}${rest.join('')}`, { file: config.shown, line: first.line });
    }
  }
  return { inputs, config };
}

/**
 * Every secret the step knows (its secret inputs, the platform's tokens in the environment, what a step
 * masks later) is scrubbed, in every encoding, from everything the step hands the platform: log lines,
 * the summary, the comment, outputs, the metrics report. Files go through the same scrubber
 * (`writeFileAtomic`, the command logs); the platform's own masking (GitHub's) stays on top.
 */
function guardSecrets(platform: Platform): void {
  addEnvironmentSecrets(process.env);
  const mask = platform.mask.bind(platform);
  platform.mask = (secret) => {
    addSecret(secret);
    mask(secret);
  };
  const log = platform.log;
  const { info, warning, error, debug } = { info: log.info.bind(log), warning: log.warning.bind(log), error: log.error.bind(log), debug: log.debug.bind(log) };
  Object.assign(log, {
    info: (m: string) => info(scrub(m)),
    warning: (m: string, location?: UserError['location']) => warning(scrub(m), location),
    error: (m: string, location?: UserError['location']) => error(scrub(m), location),
    debug: (m: string) => debug(scrub(m)),
  });
  const summary = platform.summary.bind(platform);
  platform.summary = (report) => summary({ markdown: scrub(report.markdown), text: scrub(report.text) });
  const upsert = platform.upsertComment.bind(platform);
  platform.upsertComment = (options) => upsert({ ...options, body: scrub(options.body) });
  const setOutput = platform.setOutput.bind(platform);
  platform.setOutput = (name, value) => setOutput(name, scrub(value));
  const metrics = platform.metricsReport?.bind(platform);
  if (metrics) platform.metricsReport = (text) => metrics(scrub(text));
}

/**
 * A misspelled input (`fail_on`, `treshold`) must not be ignored: where the names were written for this
 * step (a GitHub `with:`) it is an error, where they may come from the environment at large a warning.
 */
function checkGivenInputs(step: StepEntry, platform: Platform): void {
  const given = platform.givenInputs?.();
  if (!given) return;
  const known = step.specs.map((s) => s.name);
  // A job-level MODELGATE_* variable may be meant for another step of the job: only a name no step has is a mistake.
  const anyStep = new Set(Object.values({ ...STEPS, ...COMMANDS }).flatMap((s) => s.specs.map((i) => i.name)));
  for (const name of given.names) {
    if (known.includes(name) || (!given.strict && anyStep.has(name))) continue;
    const hit = closest(name, known);
    const message = `${step.declaration.id}: unknown input '${name}'${hit ? ` (did you mean '${hit}'?)` : ''}; the inputs are: ${known.join(', ')}`;
    if (given.strict) throw new UserError(message);
    platform.log.warning(`${message} (from MODELGATE_${name.replace(/-/g, '_').toUpperCase()})`);
  }
}

/** Prepares and runs a step's code on a platform, without the entry's catch (what tests drive). */
export async function execute(id: string, platform: Platform, phase: 'main' | 'post' = 'main'): Promise<StepResult> {
  const step = findStep(id);
  const code = await loader(step, phase)();
  const { inputs, config } = await prepare(step, platform);
  return code(inputs, platform, config);
}

function loader(step: StepEntry, phase: 'main' | 'post'): () => Promise<StepRun> {
  const load = phase === 'post' ? step.loadPost : step.load;
  if (!load) throw new Error(`${step.declaration.id} has no post step`);
  return load;
}

/**
 * Runs one step on a platform: the one place that catches. A {@link UserError} or
 * {@link ExternalError} is reported as a message (with file and line when known); anything else is a
 * bug, reported with its stack in the debug log only.
 */
export async function runOn(id: string, makePlatform: () => Platform | Promise<Platform>, phase: 'main' | 'post' = 'main'): Promise<Outcome> {
  let platform: Platform | undefined;
  try {
    const step = findStep(id);
    // Both chunks load at once; the step's code does not wait for the adapter's.
    const [made, code] = await Promise.all([makePlatform(), loader(step, phase)()]);
    platform = made;
    const { inputs, config } = await prepare(step, platform);
    const started = performance.now();
    const result = await code(inputs, platform, config);
    if (phase === 'main' && wantsReporting(inputs, config))
      await (await import('../steps/reporting.js')).reportOutcome(platform, id, result, (performance.now() - started) / 1000, inputs, config);
    await platform.finish();
    if (result.failure) {
      platform.log.error(result.failure);
      return { exitCode: result.exitCode || 1 };
    }
    return { exitCode: 0 };
  } catch (error) {
    const log = platform?.log;
    const report = (message: string, location?: UserError['location']) => (log ? log.error(message, location) : process.stderr.write(`error: ${message}\n`));
    // Messages name their file and line themselves; the location also becomes a GitHub annotation.
    if (error instanceof UserError) report(error.message, error.location);
    else if (error instanceof ExternalError) report(`${error.message}${error.retrySafe ? ' (safe to re-run)' : ''}`);
    else {
      report(`${id}: internal error: ${messageOf(error)}. Please report this with the debug log.`);
      const stack = error instanceof Error ? (error.stack ?? '') : '';
      if (log) log.debug(stack);
    }
    await platform?.finish().catch(() => undefined);
    return { exitCode: 1 };
  }
}

/** Whether the inputs or `modelgate.yml` ask for a Pushgateway or a webhook: only then is that code loaded. */
function wantsReporting(inputs: Record<string, unknown>, config: ConfigFile): boolean {
  return Boolean(inputs.pushgatewayUrl || inputs.notifyWebhook || config.text?.includes('pushgateway-url'));
}

/** Runs a step as a GitHub Action (what `dist/<id>.js` and `dist/<id>-post.js` call). Sets the process exit code. */
export async function runStep(id: string, phase: 'main' | 'post' = 'main'): Promise<void> {
  const outcome = await runOn(id, async () => (await import('../platform/github.js')).createGitHubPlatform(), phase);
  process.exitCode = outcome.exitCode;
}
