import { UserError } from '../core/errors.js';

/** One value of a series to push: a gauge (goes up and down) or a counter (only up). */
export interface MetricSample {
  /** The series name; sanitized on rendering (see {@link sanitizeMetricName}). */
  name: string;
  /** One line of help; newlines and backslashes are escaped on rendering. */
  help: string;
  type: 'gauge' | 'counter';
  value: number;
  labels?: Record<string, string>;
}

/**
 * A metric name Prometheus accepts (`[a-zA-Z_:][a-zA-Z0-9_:]*`): every other character becomes `_` and
 * a leading digit gets a `_` before it. Names come from files in pull requests, so this is what keeps a
 * name with a newline or a `{` from adding lines or labels of its own to the exposition.
 */
export function sanitizeMetricName(name: string): string {
  const replaced = name.replace(/[^a-zA-Z0-9_:]/g, '_');
  if (replaced === '') return '_';
  return /^[0-9]/.test(replaced) ? `_${replaced}` : replaced;
}

/**
 * A label name Prometheus accepts (`[a-zA-Z_][a-zA-Z0-9_]*`, no reserved `__` prefix): as
 * {@link sanitizeMetricName}, with `:` replaced too and leading underscores collapsed to one.
 */
export function sanitizeLabelName(name: string): string {
  let replaced = name.replace(/[^a-zA-Z0-9_]/g, '_');
  if (replaced === '') return '_';
  if (/^[0-9]/.test(replaced)) replaced = `_${replaced}`;
  // `__name__` and friends are Prometheus's own; a pushed one would be dropped or rejected.
  return replaced.startsWith('__') ? replaced.replace(/^_+/, '_') : replaced;
}

/** A label value as the text format wants it between double quotes: `\`, `"` and newlines escaped. */
export function escapeLabelValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Help text on one line: backslashes and newlines escaped (quotes are literal in HELP lines). */
function escapeHelp(help: string): string {
  return help.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n');
}

/** A sample value as Go's ParseFloat reads it (`NaN`, `+Inf`, `-Inf` included). */
function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function renderLabels(labels: Record<string, string> | undefined, original: string): string {
  if (!labels) return '';
  const seen = new Map<string, string>();
  for (const name of Object.keys(labels)) {
    const clean = sanitizeLabelName(name);
    const earlier = seen.get(clean);
    if (earlier !== undefined) {
      throw new UserError(`metric '${original}': labels '${earlier}' and '${name}' both become the label name '${clean}'; rename one (label names allow letters, digits and _)`);
    }
    seen.set(clean, name);
  }
  const parts = Object.entries(labels)
    .map(([name, value]) => [sanitizeLabelName(name), value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}="${escapeLabelValue(value)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

/**
 * The Prometheus text exposition (version 0.0.4) of `samples`: one `# HELP` and `# TYPE` per family,
 * its samples together (the format requires it), names and labels sanitized so each sample is exactly
 * one line. Two samples that end up as the same series (e.g. `acc-1` and `acc_1`), or one family given
 * two types, are a {@link UserError}: the Pushgateway would reject the whole push.
 */
export function renderExposition(samples: readonly MetricSample[]): string {
  const families = new Map<string, { help: string; type: MetricSample['type']; lines: Map<string, string>; original: string }>();
  for (const sample of samples) {
    const name = sanitizeMetricName(sample.name);
    let family = families.get(name);
    if (!family) {
      family = { help: sample.help, type: sample.type, lines: new Map(), original: sample.name };
      families.set(name, family);
    } else if (family.type !== sample.type) {
      throw new UserError(`metric '${sample.name}' is pushed as a ${sample.type} and '${family.original}' as a ${family.type}, but both are '${name}'; one name has one type`);
    }
    const labels = renderLabels(sample.labels, sample.name);
    if (family.lines.has(labels)) {
      throw new UserError(`metrics '${family.original}' and '${sample.name}' both become the series ${name}${labels}; rename one (metric names allow letters, digits, _ and :)`);
    }
    family.lines.set(labels, `${name}${labels} ${formatValue(sample.value)}`);
  }
  const out: string[] = [];
  for (const [name, family] of families) {
    out.push(`# HELP ${name} ${escapeHelp(family.help)}`, `# TYPE ${name} ${family.type}`, ...family.lines.values());
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
