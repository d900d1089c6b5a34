import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigFile } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import { confinePath, displayPath, expandPatterns, workspaceSource, writeFileAtomic } from '../../core/files.js';
import { parseDatasetChecks } from '../../data/checks.js';
import { detectDrift, type DriftResult } from '../../data/drift.js';
import { parseProfile, serializeProfile } from '../../data/profile-file.js';
import { mergeProfiles } from '../../data/profile-merge.js';
import type { Profile } from '../../data/profile.js';
import { loadTableSchema, validateData, type CheckResult, type DataReport, type DatasetChecks, type TableSchema } from '../../data/validate.js';
import type { Platform } from '../../platform/platform.js';
import { validateOutcome } from '../figures.js';
import type { StepResult } from '../step.js';
import { loadDataConfig, type DataConfig } from './config.js';
import { junitXml } from './junit.js';
import { renderDataReport } from './report.js';
import type { ValidateInputs } from './step.js';

/** The runner shows at most this many annotations of each level per step. */
const ANNOTATIONS = 10;

/**
 * validate-data: one streaming pass over the data checks the Table Schema and the dataset checks,
 * and profiles the data when a reference is given (drift) or a profile is asked for. Writes the JSON
 * report, a markdown report and JUnit XML, annotates the first problems, and fails on `fail-on`.
 */
export async function run(inputs: ValidateInputs, platform: Platform, configFile: ConfigFile): Promise<StepResult> {
  const { workspace } = platform.context;
  const reportDir = await confinePath(workspace, inputs.report, "validate-data: input 'report'");
  const config = await loadDataConfig(configFile, inputs.checks);
  if (inputs.mode === 'merge') return merge(platform, inputs, reportDir);

  const { files, unmatched } = await expandPatterns(workspaceSource(workspace), inputs.data);
  if (unmatched.length > 0) throw new UserError(`validate-data: input 'data': '${unmatched[0]}' matched no file in the workspace`);
  const schemaName = inputs.schema ?? config.schema;
  if (!schemaName) throw new UserError(`validate-data: input 'schema' is required (or 'data.schema' in ${inputs.config}): a Frictionless Table Schema file, e.g. data/schema.yaml`);
  const schemaFile = await confinePath(workspace, schemaName, "validate-data: input 'schema'");
  const schema = await loadTableSchema(schemaFile);
  const referenceName = inputs.reference ?? config.reference;
  const reference = referenceName ? await readProfile(await confinePath(workspace, referenceName, "validate-data: input 'reference'"), referenceName) : undefined;

  const tempDir = await mkdtemp(join(tmpdir(), 'modelgate-validate-'));
  let report: DataReport;
  try {
    report = await validateData({
      sources: await Promise.all(files.map(async (file) => ({ path: await confinePath(workspace, file, "validate-data: input 'data'"), display: file }))),
      schema,
      schemaFile: displayPath(workspace, schemaFile),
      checks: datasetChecks(platform, config, schema, reference !== undefined),
      tempDir,
      collectProfile: inputs.mode === 'profile' || reference !== undefined,
      referenceProfile: reference,
      maxExamples: inputs.maxExamples,
      delimiter: inputs.delimiter,
      onProgress: progress(platform),
    });
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
  const drift = reference && report.profile ? driftChecks(reference, report.profile, config, report) : [];
  return finish(platform, inputs, reportDir, report, drift);
}

/** The config's checks overridden key by key by the input's, each checked against the schema's fields. */
function datasetChecks(platform: Platform, config: DataConfig, schema: TableSchema, hasReference: boolean): DatasetChecks {
  const columns = schema.fields.map((f) => f.name);
  const checks = Object.assign({}, ...config.checks.map((c) => parseDatasetChecks(c.checks, `validate-data: ${c.origin}`, columns))) as DatasetChecks;
  if (checks.newCategories && !hasReference) {
    // Nothing to compare with: a first run, before any reference profile exists.
    platform.log.warning(
      `validate-data: new-categories (${Object.keys(checks.newCategories).join(', ')}) needs a reference profile ('reference' input or data.reference): not checked`,
    );
    delete checks.newCategories;
  }
  return checks;
}

/** Adds one check per column compared, so drift fails or warns like any other check. */
function driftChecks(reference: Profile, current: Profile, config: DataConfig, report: DataReport): DriftResult[] {
  const { '*': all, ...columns } = config.drift.columns;
  const results = detectDrift(reference, current, { columns, defaults: all });
  for (const d of results) {
    const severity = (config.drift.columns[d.column] ?? all)?.severity === 'warn' ? 'warning' : 'error';
    const check: CheckResult = {
      id: `drift:${d.column}`,
      title: `drift: ${d.column} (${d.method})`,
      severity,
      passed: !d.drifted,
      count: d.drifted ? 1 : 0,
      examples: d.drifted
        ? [{ type: 'drift', severity, file: 'reference profile', fieldName: d.column, message: `${d.method} ${d.score.toPrecision(3)} beyond ${d.threshold}: ${d.worst}` }]
        : [],
    };
    report.checks.push(check);
    if (d.drifted) {
      report.errors.push(...check.examples);
      if (severity === 'error') report.stats.errors++;
      else report.stats.warnings++;
    }
  }
  report.valid = report.checks.every((c) => c.passed || c.severity !== 'error');
  return results;
}

async function finish(platform: Platform, inputs: ValidateInputs, reportDir: string, report: DataReport, drift: DriftResult[]): Promise<StepResult> {
  const { workspace } = platform.context;
  const hasErrors = report.checks.some((c) => !c.passed && c.severity === 'error');
  const hasWarnings = report.checks.some((c) => !c.passed && c.severity === 'warning');
  const verdict = hasErrors ? 'fail' : hasWarnings ? 'warn' : 'pass';
  const failed = inputs.failOn === 'fail' ? hasErrors : inputs.failOn === 'warn' ? hasErrors || hasWarnings : false;
  const { profile, ...json } = report;
  const reportPath = join(reportDir, 'report.json');
  await writeFileAtomic(reportPath, `${JSON.stringify({ ...json, valid: !hasErrors, drift }, null, 2)}\n`);
  const rendered = renderDataReport(report, drift, 'Data validation', verdict);
  await writeFileAtomic(join(reportDir, 'report.md'), rendered.markdown);
  await writeFileAtomic(join(reportDir, 'junit.xml'), junitXml('validate-data', report.checks, report.stats.seconds));
  if (inputs.mode === 'profile' && profile) {
    const profilePath = await confinePath(workspace, inputs.profile ?? join(inputs.report, 'profile.json'), "validate-data: input 'profile'");
    await writeFileAtomic(profilePath, serializeProfile(profile));
    platform.setOutput('profile', profilePath);
    platform.log.info(`validate-data: profile written to ${displayPath(workspace, profilePath)}`);
  }
  annotate(platform, report);
  await platform.summary(rendered);
  platform.setOutput('valid', String(!failed));
  platform.setOutput('report', reportPath);
  platform.setOutput('fingerprint', report.fingerprint);
  platform.setOutput('rows', String(report.stats.rows));
  platform.setOutput(
    'drifted',
    drift
      .filter((d) => d.drifted)
      .map((d) => d.column)
      .join(','),
  );
  const samples = validateOutcome(report.stats.rows, report.checks.filter((c) => !c.passed).length, drift);
  if (!failed) return { samples };
  const worst = report.checks.filter((c) => !c.passed && (hasErrors ? c.severity === 'error' : true));
  return {
    failure: `validate-data: ${worst.length} check${worst.length === 1 ? '' : 's'} failed: ${worst
      .slice(0, 5)
      .map((c) => `${c.title} (${c.count})`)
      .join(', ')}${worst.length > 5 ? ', …' : ''}. See ${displayPath(workspace, reportPath)}`,
    samples,
  };
}

/** The first problems as annotations on their file and line (the runner shows 10 of each level). */
function annotate(platform: Platform, report: DataReport): void {
  let errors = 0;
  let warnings = 0;
  for (const e of report.errors) {
    const at = { file: e.file, line: e.line };
    const message = `${e.fieldName ? `${e.fieldName}: ` : ''}${e.message}`;
    if (e.severity === 'error' && errors++ < ANNOTATIONS) platform.log.error(message, at);
    else if (e.severity === 'warning' && warnings++ < ANNOTATIONS) platform.log.warning(message, at);
  }
}

/** Mode `merge`: shard profiles into the profile of the whole. */
async function merge(platform: Platform, inputs: ValidateInputs, reportDir: string): Promise<StepResult> {
  const { workspace } = platform.context;
  const { files, unmatched } = await expandPatterns(workspaceSource(workspace), inputs.data);
  if (unmatched.length > 0 || files.length === 0) throw new UserError(`validate-data: input 'data': '${unmatched[0] ?? inputs.data[0]}' matched no profile in the workspace`);
  const profiles = await Promise.all(files.map(async (f) => readProfile(await confinePath(workspace, f, "validate-data: input 'data'"), f)));
  const merged = mergeProfiles(profiles);
  const out = await confinePath(workspace, inputs.profile ?? join(displayPath(workspace, reportDir), 'profile.json'), "validate-data: input 'profile'");
  await writeFileAtomic(out, serializeProfile(merged));
  platform.setOutput('profile', out);
  platform.setOutput('rows', String(merged.rows));
  await platform.summary({
    markdown: `### Data profile merged\n\n${files.length} shard profiles, ${merged.rows} rows → \`${displayPath(workspace, out)}\`\n`,
    text: `validate-data: merged ${files.length} profiles (${merged.rows} rows) into ${displayPath(workspace, out)}\n`,
  });
  return {};
}

async function readProfile(path: string, shown: string): Promise<Profile> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`validate-data: profile ${shown}: cannot read it (${error.code ?? error.message})`, { file: shown });
  });
  return parseProfile(text, shown);
}

/** A progress bar on a terminal someone watches; CI logs get none. */
function progress(platform: Platform): ((done: number, total: number) => void) | undefined {
  if (!platform.features.interactive) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < 200 && done < total) return;
    last = now;
    const pct = total > 0 ? Math.min(100, (done / total) * 100) : 0;
    const bar = '#'.repeat(Math.round(pct / 4)).padEnd(25, '.');
    platform.log.stream(`\r[${bar}] ${pct.toFixed(0).padStart(3)}% ${(done / 1e6).toFixed(0)}/${(total / 1e6).toFixed(0)} MB${done >= total ? '\n' : ''}`);
  };
}
