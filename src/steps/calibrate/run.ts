import { calibrate, suggestion, type CalibrationRun, type MetricCalibration } from '../../core/calibrate.js';
import { formatNumber, formatPercent } from '../../core/compare.js';
import type { ConfigFile } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import { expandPatterns, workspaceSource } from '../../core/files.js';
import { code, escapeMarkdown } from '../../core/markdown.js';
import { readMetrics } from '../../core/metrics.js';
import { EMPTY_RULES, mergeRules, parseRulesYaml, rulesFromYaml } from '../../core/rules.js';
import type { Platform } from '../../platform/platform.js';
import type { StepResult } from '../step.js';
import type { CalibrateInputs } from './step.js';

/** `modelgate calibrate`: reads each run's metrics, calibrates the rules on them, prints the result on stdout. */
export async function run(inputs: CalibrateInputs, platform: Platform, config: ConfigFile): Promise<StepResult> {
  const source = workspaceSource(platform.context.workspace);
  const { files, unmatched } = await expandPatterns(source, inputs.runs);
  if (unmatched.length > 0) throw new UserError(`calibrate: input 'runs': '${unmatched[0]}' matched no file in the workspace`);
  const runs: CalibrationRun[] = [];
  for (const file of files) {
    const read = await readMetrics(source, [file], { origin: { label: `calibrate: input 'runs' (${file})`, annotate: true } });
    // A failed run's metrics are not noise of the commit: calibrating on them would widen every margin.
    if (read.failedRuns?.length) throw new UserError(`calibrate: ${file} is the record of a failed run (${read.failedRuns[0]?.reason}); give only runs that succeeded`);
    runs.push({ name: file, metrics: read.metrics });
  }
  const parsed = await config.document();
  const rules = mergeRules(parsed ? rulesFromYaml(parsed, config.shown, 'metrics') : EMPTY_RULES, inputs.rules ? await parseRulesYaml(inputs.rules, "input 'rules'") : EMPTY_RULES);
  const found = calibrate(runs, rules);
  if (inputs.format === 'json') process.stdout.write(`${JSON.stringify({ runs: runs.map((r) => r.name), metrics: found }, null, 2)}\n`);
  else process.stdout.write(inputs.format === 'markdown' ? markdown(found, runs.length) : table(found, runs.length));
  return {};
}

const HEADER = ['metric', 'mean', 'sd (noise)', 'range', 'rule', 'false alarms', 'suggested'];

function cells(c: MetricCalibration, name: string): string[] {
  const rate = c.falseAlarms
    ? `${formatPercent(c.falseAlarms.fail)} fail${c.falseAlarms.warn > 0 ? `, ${formatPercent(c.falseAlarms.warn)} warn` : ''} of ${c.falseAlarms.pairs} pairs`
    : c.rule
      ? 'no change rule'
      : 'not gated';
  return [name, formatNumber(c.mean), formatNumber(Number(c.sd.toPrecision(3))), `${formatNumber(c.min)} … ${formatNumber(c.max)}`, c.rule || '—', rate, suggestion(c)];
}

function footer(runs: number): string {
  return `${runs} runs of one commit; each ordered pair is a no-op change. Suggested: the allowance a no-op change exceeds 5 % of the time (one-sided, normal noise), or use a paired test (test: in the rule; see docs/baselines-and-gates.md).\n`;
}

function table(found: MetricCalibration[], runs: number): string {
  const rows = [HEADER, ...found.map((c) => cells(c, c.name))];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  return `${rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] as number))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n\n${footer(runs)}`;
}

function markdown(found: MetricCalibration[], runs: number): string {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  const body = found.map((c) => line(cells(c, code(c.name, { inTable: true })).map((cell, i) => (i === 0 ? cell : escapeMarkdown(cell)))));
  return `${[line(HEADER), line(HEADER.map(() => '---')), ...body].join('\n')}\n\n${footer(runs)}`;
}
