import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareMetrics, type Comparison } from '../../core/compare.js';
import { bundleJson, fromRows, reaches, validateBundle, type ComparisonBundle } from '../../core/comparison-file.js';
import type { ConfigFile } from '../../core/config.js';
import { ExternalError, UserError } from '../../core/errors.js';
import { confinePath, displayPath, workspaceSource, writeFileAtomic } from '../../core/files.js';
import { markerKey } from '../../core/markdown.js';
import { metricsReportText, readMetrics } from '../../core/metrics.js';
import { applyPairedTests } from '../../core/paired-gate.js';
import { GITHUB_COMMENT_LIMIT, renderReport, renderReportBytes, SUMMARY_BYTES, type ReportContext, type ReportSection } from '../../core/report.js';
import { EMPTY_RULES, mergeRules, parseRulesYaml, rulesFromYaml, type RuleSet } from '../../core/rules.js';
import { renderText } from '../../core/text-report.js';
import { commentMarker, commitUrl, type Context, type Platform, type StatusState } from '../../platform/platform.js';
import { compareOutcome } from '../figures.js';
import type { StepResult } from '../step.js';
import { parseBaselineSpec, registerBaseline, resolveBaseline } from './baseline.js';
import { envBaseline } from './env-baseline.js';
import { loadPredictions } from './predictions.js';
import { runLookup } from './run-baseline.js';
import { reportSections } from './sections.js';
import type { CompareInputs } from './step.js';

/**
 * compare-metrics: reads the candidate's metrics and the baseline's, gates them on the rules, writes
 * the report and the comparison JSON, shows the summary, upserts the sticky comment and the commit
 * status, and fails when the verdict reaches `fail-on`.
 */
export async function run(inputs: CompareInputs, platform: Platform, config: ConfigFile): Promise<StepResult> {
  const { context } = platform;
  if (inputs.publish) return publish(platform, inputs, inputs.publish);
  // Paths are checked before any work, so a bad one fails fast.
  const reportDir = await confinePath(context.workspace, inputs.report, "compare-metrics: input 'report'");

  // A baseline spec in no known form fails before any reading, with the form it likely meant.
  await parseBaselineSpec(inputs.baseline, context.workspace);
  const rules = await loadRules(config, inputs);
  // A glob like **/*.json must not read this step's own earlier output.
  const candidate = await readMetrics(workspaceSource(context.workspace, [displayPath(context.workspace, reportDir)]), inputs.metrics);
  if (inputs.baseline.startsWith('env:')) registerBaseline('env', envBaseline(platform, inputs));
  const runs = inputs.modelName ? runLookup(platform, { ...inputs, modelName: inputs.modelName }, inputs.baselineDepth) : undefined;
  const baseline = await resolveBaseline(inputs.baseline, context, inputs.metrics, runs);
  const noBaseline = baseline.info?.source === 'none';
  if (baseline.info?.looked !== undefined)
    platform.log.info(
      `compare-metrics: looked up ${baseline.info.looked} commit${baseline.info.looked === 1 ? '' : 's'} in ${runs?.where}: ${baseline.info.source === 'run' ? `the run recorded for ${baseline.info.sha?.slice(0, 7)}` : 'no recorded run'}`,
    );
  if (noBaseline) platform.log.warning(`compare-metrics: no baseline: ${baseline.info?.note ?? ''}`);
  // Metrics recorded by a failed training run are not a candidate's, whatever they say.
  const candidateFailure = candidate.failedRuns?.[0];
  // A warning on the record: the job's error, when fail-on makes one, is the failure message.
  if (candidateFailure)
    platform.log.warning(`compare-metrics: ${candidateFailure.reason} (run record ${candidateFailure.file}): the verdict is fail whatever the metrics say`, {
      file: candidateFailure.file,
    });
  // Rules with `test:` are decided on the two sides' per-example predictions (core/paired-gate).
  const sides = await loadPredictions(platform, inputs, rules, baseline);
  const comparison = applyPairedTests(compareMetrics(candidate.metrics, baseline.metrics, rules, { noBaseline, candidateFailure }), rules, sides);
  const sections = await reportSections(platform, inputs, {
    comparison,
    candidateRecord: candidate.records?.[0]?.record,
    baseline,
    runs,
    candidatePredictions: sides.candidate,
    baselinePredictions: sides.baseline,
  });
  for (const { pattern, source } of comparison.unmatchedPatterns ?? [])
    platform.log.warning(
      `compare-metrics: ${source.file}${source.line ? `:${source.line}` : ''}: rule pattern '${pattern}' matches no metric in the candidate or the baseline`,
      source,
    );
  const bundle: ComparisonBundle = {
    kind: 'modelgate/comparison',
    version: 1,
    key: markerKey(`compare-metrics:${context.pipeline}${inputs.id ? `:${inputs.id}` : ''}`),
    title: inputs.title,
    changeRequest: context.changeRequest?.number,
    sha: context.sha,
    runUrl: context.runUrl,
    failOn: inputs.failOn,
    verdict: comparison.verdict,
    baseline: baseline.info,
    rows: comparison.rows,
    unusedRules: comparison.unusedRules,
    ...(candidateFailure ? { candidateFailure } : {}),
  };
  const reportPath = await writeReport(platform, reportDir, inputs.id, bundle, comparison, sections);
  await platform.metricsReport?.(metricsReportText(candidate.metrics));
  // Outputs first: later jobs need the verdict even when posting the comment fails.
  const result = finishWith(platform, comparison, inputs.failOn);
  await deliver(platform, inputs, bundle, comparison, reportPath, sections);
  return { ...result, ...outcomeOf(comparison, inputs.title) };
}

/** The figures and the chat notice; a failed training run leads the notice, in place of "none regressed". */
function outcomeOf(comparison: Comparison, title: string): StepResult {
  const outcome = compareOutcome(comparison, title, []);
  const failed = comparison.candidateFailure;
  if (!failed || !outcome.notice) return outcome;
  const line = `✗ ${failed.reason} (run record ${failed.file})`;
  const { message } = outcome.notice;
  const lines = comparison.counts.fail + comparison.counts.warn > 0 ? [line, ...message.lines] : [line];
  return { ...outcome, notice: { ...outcome.notice, message: { ...message, lines } } };
}

/** The config file's rules, overridden by the `rules` input's. */
async function loadRules(config: ConfigFile, inputs: CompareInputs): Promise<RuleSet> {
  const parsed = await config.document();
  const fromConfig = parsed ? rulesFromYaml(parsed, config.shown, 'metrics') : EMPTY_RULES;
  const fromInput = inputs.rules ? await parseRulesYaml(inputs.rules, "input 'rules'") : EMPTY_RULES;
  return mergeRules(fromConfig, fromInput);
}

function reportContext(bundle: ComparisonBundle, context: Context, fullReportHint?: string, sections?: readonly ReportSection[]): ReportContext {
  return {
    marker: commentMarker(bundle.key),
    title: bundle.title,
    baseline: bundle.baseline,
    runUrl: bundle.runUrl,
    sha: bundle.sha,
    fullReportHint,
    commitUrl: (sha) => commitUrl(context, sha),
    sections,
  };
}

async function writeReport(
  platform: Platform,
  dir: string,
  id: string | undefined,
  bundle: ComparisonBundle,
  comparison: Comparison,
  sections: readonly ReportSection[],
): Promise<string> {
  const name = `compare-metrics${id ? `-${id}` : ''}`;
  const reportPath = join(dir, `${name}.md`);
  const comparisonPath = join(dir, `${name}.json`);
  await writeFileAtomic(reportPath, renderReport(comparison, reportContext(bundle, platform.context, undefined, sections)));
  await writeFileAtomic(comparisonPath, bundleJson(bundle));
  platform.setOutput('report', reportPath);
  platform.setOutput('comparison', comparisonPath);
  return reportPath;
}

async function deliver(
  platform: Platform,
  inputs: CompareInputs,
  bundle: ComparisonBundle,
  comparison: Comparison,
  reportPath: string,
  sections: readonly ReportSection[],
): Promise<void> {
  const { context, log } = platform;
  const where = platform.features.summaryPage ? 'the job summary' : `the job log and ${displayPath(context.workspace, reportPath)}`;
  const hint = `The full report is in ${where}${context.runUrl ? ` of [this run](${context.runUrl})` : ''}.`;
  await platform.summary({
    markdown: renderReportBytes(comparison, reportContext(bundle, platform.context, hint, sections), SUMMARY_BYTES),
    text: renderText(comparison, reportContext(bundle, platform.context, undefined, sections)),
  });
  const cr = context.changeRequest;
  if (!cr) return;
  if (cr.fork && (platform.features.forkComments === 'never' || !inputs.token)) {
    log.info(
      platform.features.forkComments === 'never'
        ? `This pull request comes from a fork, whose token cannot comment: the report is in the job summary and in ${displayPath(context.workspace, reportPath)}. ` +
            "Upload the 'report' folder as an artifact and post it from a workflow_run workflow with the 'publish' input (see the README)."
        : `This merge request comes from a fork and no MODELGATE_TOKEN is set here: the report is in the job log and in ${displayPath(context.workspace, reportPath)}.`,
    );
    return;
  }
  if (inputs.comment && !(await superseded(platform, inputs, cr.number, cr.headSha))) await comment(platform, inputs, bundle, comparison, hint, undefined, sections);
  if (inputs.status && cr.headSha) await status(platform, inputs, bundle, comparison, cr.headSha);
}

/**
 * Whether the change request has moved past the commit this run compared: a slow run for an older push
 * must not overwrite the comment of a newer one. When the head cannot be read, the run goes ahead.
 */
async function superseded(platform: Platform, inputs: CompareInputs, number: number, sha: string): Promise<boolean> {
  const head = await platform.changeRequestHead?.(number, inputs.token).catch(() => undefined);
  if (!head || !sha || head === sha) return false;
  platform.log.info(`The pull/merge request is now at ${head.slice(0, 7)}, newer than ${sha.slice(0, 7)} compared here: leaving its comment to that run.`);
  return true;
}

async function comment(
  platform: Platform,
  inputs: CompareInputs,
  bundle: ComparisonBundle,
  comparison: Comparison,
  hint: string,
  number?: number,
  sections?: readonly ReportSection[],
): Promise<void> {
  const body = renderReport(comparison, reportContext(bundle, platform.context, hint, sections), GITHUB_COMMENT_LIMIT);
  try {
    const result = await platform.upsertComment({ key: bundle.key, body, token: inputs.token, number });
    platform.log.info(`Comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
    if (result.url) platform.setOutput('comment-url', result.url);
  } catch (error) {
    // A token without write access (fork PRs, restricted Dependabot runs) must not fail the comparison.
    if (error instanceof ExternalError && (error.status === 403 || error.status === 404)) platform.log.warning(`${error.message}. The report is still in the job summary.`);
    else throw error;
  }
}

async function status(platform: Platform, inputs: CompareInputs, bundle: ComparisonBundle, comparison: Comparison, sha: string): Promise<void> {
  const failing = reaches(comparison.verdict, inputs.failOn);
  const state: StatusState = failing ? 'failure' : 'success';
  const { fail, warn } = comparison.counts;
  // Statuses have no warning state: a missing baseline says so in words, whatever the state.
  const description = comparison.candidateFailure
    ? `fail: ${comparison.candidateFailure.reason}; ${fail} failing, ${warn} warning, ${comparison.rows.length} metrics`
    : comparison.verdict === 'no-baseline'
      ? `no baseline: nothing recorded to compare with; ${fail} failing bounds, ${comparison.rows.length} metrics`
      : `${comparison.verdict}: ${fail} failing, ${warn} warning, ${comparison.rows.length} metrics`;
  try {
    await platform.setStatus({ name: `modelgate/compare-metrics${inputs.id ? `/${inputs.id}` : ''}`, state, description, sha, token: inputs.token, targetUrl: bundle.runUrl });
  } catch (error) {
    if (error instanceof ExternalError && (error.status === 403 || error.status === 404)) platform.log.warning(error.message);
    else throw error;
  }
}

function finishWith(platform: Platform, comparison: Comparison, failOn: CompareInputs['failOn']): StepResult {
  const failing = reaches(comparison.verdict, failOn);
  platform.setOutput('verdict', comparison.verdict);
  platform.setOutput('passed', String(!failing));
  if (!failing) return {};
  const names = comparison.rows.filter((r) => r.status === 'fail' || (failOn === 'warn' && r.status === 'warn')).map((r) => `${r.name} (${r.reasons.join('; ')})`);
  if (comparison.candidateFailure) names.unshift(`${comparison.candidateFailure.reason} (run record ${comparison.candidateFailure.file})`);
  if (comparison.verdict === 'no-baseline' && names.length === 0) names.push('there is no baseline to compare with (see the report for how to record one)');
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
  return { failure: `compare-metrics: verdict ${comparison.verdict} reaches fail-on '${failOn}': ${shown}` };
}

/** Posts a comparison saved by a fork PR's run, after checking it belongs to the triggering run's head. */
async function publish(platform: Platform, inputs: CompareInputs, folder: string): Promise<StepResult> {
  const { context } = platform;
  const dir = await confinePath(context.workspace, folder, "compare-metrics: input 'publish'");
  const file = join(dir, `compare-metrics${inputs.id ? `-${inputs.id}` : ''}.json`);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UserError(`compare-metrics: input 'publish': no comparison at ${displayPath(context.workspace, file)}; download the report artifact there first`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`compare-metrics: input 'publish': ${displayPath(context.workspace, file)} is not valid JSON`);
  }
  const bundle = validateBundle(data, displayPath(context.workspace, file));
  // What decides where the comment goes and what fails is this workflow's, not the artifact's.
  bundle.key = markerKey(`compare-metrics:${context.upstreamPipeline ?? context.pipeline}${inputs.id ? `:${inputs.id}` : ''}`);
  bundle.failOn = inputs.failOn;
  const expected = context.upstreamHeadSha;
  if (!expected) throw new UserError("compare-metrics: input 'publish' works in a workflow_run workflow (it checks the report against the triggering run's head commit)");
  const head = await platform.changeRequestHead?.(bundle.changeRequest as number, inputs.token);
  if (bundle.sha !== expected || head !== expected) {
    throw new UserError(
      `compare-metrics: refusing to publish: the report is for ${bundle.sha?.slice(0, 7)}, the triggering run built ${expected.slice(0, 7)} and pull request #${bundle.changeRequest} is at ${head?.slice(0, 7)}`,
    );
  }
  // The saved run link came from the fork's job; the trusted one is in this run's event. The baseline
  // run's link was read by the fork's job too: it is not shown.
  bundle.runUrl = context.upstreamRunUrl;
  if (bundle.baseline?.run) bundle.baseline.run = { tag: bundle.baseline.run.tag };
  const comparison = fromRows(bundle.rows, bundle.verdict, bundle.candidateFailure);
  const hint = `The full report is in the job summary${bundle.runUrl ? ` of [the pull request's run](${bundle.runUrl})` : ''}.`;
  await platform.summary({
    markdown: renderReportBytes(comparison, reportContext(bundle, platform.context, hint), SUMMARY_BYTES),
    text: renderText(comparison, reportContext(bundle, platform.context)),
  });
  // No commit status: the comparison was computed by the fork's own workflow, which could forge it.
  platform.setOutput('verdict', comparison.verdict);
  platform.setOutput('passed', String(!reaches(comparison.verdict, inputs.failOn)));
  if (inputs.comment) await comment(platform, inputs, bundle, comparison, hint, bundle.changeRequest);
  return {};
}
