import { UserError, type SourceLocation } from './errors.js';
import { STATISTICS, type Statistic } from './paired-values.js';
import { didYouMean } from './suggest.js';
import { parseYaml, type YamlDocument } from './yaml.js';

/** An allowed change: absolute (`0.01`) or relative to the baseline (`1%`, stored as 0.01). */
export interface Threshold {
  readonly relative: boolean;
  readonly amount: number;
  /** As the user wrote it, for reports. */
  readonly text: string;
}

/** The gate for one metric. Every field is optional; a metric without a rule is shown, not gated. */
export interface MetricRule {
  readonly better?: 'higher' | 'lower';
  readonly min?: number;
  readonly max?: number;
  readonly maxDrop?: Threshold;
  readonly maxRise?: Threshold;
  readonly warnDrop?: Threshold;
  readonly warnRise?: Threshold;
  /**
   * The metric may be absent here (a config shared by several models): an exact rule that matches no
   * metric is then listed as unused instead of failing the step.
   */
  readonly optional?: boolean;
  /** A paired test on per-example predictions decides the change instead of the point thresholds (see core/paired-gate). */
  readonly test?: 'paired-bootstrap' | 'mcnemar' | 'delong';
  /** What the test computes from the predictions; by default what the metric's name says (accuracy, f1, auc, rmse…). */
  readonly statistic?: Statistic;
  /** The class of a per-class statistic (f1, precision, recall) or the positive class of a score. */
  readonly class?: string;
  /** The test's level: a 1 − alpha interval (default 0.05). */
  readonly alpha?: number;
  /** The smallest change that matters; by default max-drop (max-rise when lower is better), else 0. */
  readonly margin?: Threshold;
  /** What an inconclusive test (the eval set cannot tell) does: warn (default) or fail. */
  readonly inconclusive?: 'warn' | 'fail';
  /** Bootstrap resamples (default 10 000) and the seed that makes them reproducible (default 0). */
  readonly resamples?: number;
  readonly seed?: number;
  /** Where the rule was written. */
  readonly source: SourceLocation;
}

/** Rules by exact metric name, then by pattern (`*` matches any characters, dots included). */
export interface RuleSet {
  readonly exact: ReadonlyMap<string, MetricRule>;
  readonly patterns: readonly { pattern: string; matches: (name: string) => boolean; rule: MetricRule }[];
}

export const EMPTY_RULES: RuleSet = { exact: new Map(), patterns: [] };

/** The keys a rule may have (modelgate.schema.json lists the same). */
export const RULE_KEYS = [
  'better',
  'min',
  'max',
  'max-drop',
  'max-rise',
  'warn-drop',
  'warn-rise',
  'optional',
  'test',
  'statistic',
  'class',
  'alpha',
  'margin',
  'inconclusive',
  'resamples',
  'seed',
] as const;

/** The paired tests a rule may name. */
export const TESTS = ['paired-bootstrap', 'mcnemar', 'delong'] as const;
/** Keys that only mean something with `test:`. */
const TEST_KEYS = ['statistic', 'class', 'alpha', 'margin', 'inconclusive', 'resamples', 'seed'] as const;

/** The rule that applies to a metric: its exact entry, else the first pattern that matches. */
export function ruleFor(rules: RuleSet, name: string): MetricRule | undefined {
  return rules.exact.get(name) ?? rules.patterns.find((p) => p.matches(name))?.rule;
}

/**
 * Later rule sets override earlier ones (inputs over `modelgate.yml`), field by field for the same
 * name or pattern. Patterns of a later set are tried before an earlier set's, each set in its own
 * order; an exact name always wins over any pattern.
 */
export function mergeRules(...sets: RuleSet[]): RuleSet {
  const exact = new Map<string, MetricRule>();
  let patterns: RuleSet['patterns'] = [];
  for (const set of sets) {
    for (const [name, rule] of set.exact) exact.set(name, { ...exact.get(name), ...defined(rule) });
    const earlier = new Map(patterns.map((p) => [p.pattern, p.rule]));
    const block = set.patterns.map((p) => ({ ...p, rule: { ...earlier.get(p.pattern), ...defined(p.rule) } as MetricRule }));
    patterns = [...block, ...patterns.filter((p) => !block.some((b) => b.pattern === p.pattern))];
  }
  return { exact, patterns };
}

function defined(rule: MetricRule): MetricRule {
  return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined)) as unknown as MetricRule;
}

/**
 * Parses rules from YAML text (an input or a `metrics:` section): a map of metric name or pattern to
 * `{better, min, max, max-drop, max-rise, warn-drop, warn-rise, optional}`. Unknown keys and bad values are a
 * {@link UserError} naming the file (or input), the line and what is allowed. Nothing is evaluated.
 */
export async function parseRulesYaml(text: string, origin: string, section?: string): Promise<RuleSet> {
  return rulesFromYaml(await parseYaml(text, origin), origin, section);
}

/** {@link parseRulesYaml} on a document already parsed (the config file, read once by the entry). */
export function rulesFromYaml(parsed: YamlDocument, origin: string, section?: string): RuleSet {
  const { doc, yaml, lineOf } = parsed;
  const { isMap, isScalar } = yaml;
  let node: unknown = doc.contents;
  if (section !== undefined) {
    if (!isMap(node)) return EMPTY_RULES;
    node = node.items.find((p) => isScalar(p.key) && p.key.value === section)?.value;
    if (node === undefined || node === null) return EMPTY_RULES;
  }
  if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) return EMPTY_RULES;
  const at = lineOf;
  const where = section ? `${origin} '${section}'` : origin;
  if (!isMap(node)) {
    throw new UserError(`${origin}${at(node) ? `:${at(node)}` : ''}: ${where} must map metric names to rules, like 'accuracy: {better: higher, max-drop: 1%}'`, {
      file: origin,
      line: at(node),
    });
  }
  const exact = new Map<string, MetricRule>();
  const patterns: { pattern: string; matches: (name: string) => boolean; rule: MetricRule }[] = [];
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const location: SourceLocation = { file: origin, line: at(pair.key) };
    const fail = (what: string, line = location.line) => new UserError(`${origin}${line ? `:${line}` : ''}: rule for '${name}': ${what}`, { file: origin, line });
    // `metrics:` is the config file's section; an input holds what goes inside it.
    if (section === undefined && name === 'metrics' && isMap(pair.value))
      throw fail("this holds the rules themselves: drop the 'metrics:' wrapper (it is the section's name in modelgate.yml)");
    if (name === '') throw fail('the metric name must be text');
    const body = pair.value;
    if (!isMap(body)) throw fail(`expected a map like {better: higher, min: 0.9, max-drop: 1%}`);
    const fields: Record<string, unknown> = {};
    for (const item of body.items) {
      const key = isScalar(item.key) ? String(item.key.value) : '';
      const line = at(item.key);
      if (!(RULE_KEYS as readonly string[]).includes(key)) throw fail(`unknown key '${key}'${didYouMean(key, RULE_KEYS)}; allowed: ${RULE_KEYS.join(', ')}`, line);
      fields[key] = { value: isScalar(item.value) ? item.value.value : item.value, source: isScalar(item.value) ? (item.value.source ?? String(item.value.value)) : '', line };
    }
    const rule = buildRule(fields as Record<string, Field>, location, fail);
    if (name.includes('*')) patterns.push({ pattern: name, matches: globMatcher(name), rule });
    else exact.set(name, rule);
  }
  return { exact, patterns };
}

interface Field {
  value: unknown;
  source: string;
  line?: number;
}

function buildRule(fields: Record<string, Field>, source: SourceLocation, fail: (what: string, line?: number) => UserError): MetricRule {
  const number = (key: string): number | undefined => {
    const field = fields[key];
    if (!field) return undefined;
    const value = field.value;
    if (typeof value === 'string') throw fail(`'${key}' must be a number, got the text '${value}' (write it without quotes)`, field.line);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(`'${key}' must be a finite number, got '${field.source}'`, field.line);
    return value;
  };
  const threshold = (key: string): Threshold | undefined => {
    const field = fields[key];
    if (!field) return undefined;
    const parsed = parseThreshold(field.value);
    if (!parsed) throw fail(`'${key}' must be an absolute amount like 0.01 or a percentage like 1%, not negative, got '${field.source}'`, field.line);
    return parsed;
  };
  const better = fields.better;
  if (better && better.value !== 'higher' && better.value !== 'lower')
    throw fail(`'better' must be higher or lower, got '${better.source}'${didYouMean(String(better.source), ['higher', 'lower'])}`, better.line);
  const optional = fields.optional;
  if (optional && typeof optional.value !== 'boolean') throw fail(`'optional' must be true or false, got '${optional.source}'`, optional.line);
  const choice = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const field = fields[key];
    if (!field) return undefined;
    if (!(allowed as readonly unknown[]).includes(field.value))
      throw fail(`'${key}' must be one of ${allowed.join(', ')}, got '${field.source}'${didYouMean(String(field.source), allowed)}`, field.line);
    return field.value as T;
  };
  const whole = (key: string, min: number, max: number): number | undefined => {
    const value = number(key);
    if (value !== undefined && (!Number.isInteger(value) || value < min || value > max))
      throw fail(`'${key}' must be a whole number from ${min} to ${max}, got '${fields[key]?.source}'`, fields[key]?.line);
    return value;
  };
  const test = choice('test', TESTS);
  const stray = TEST_KEYS.find((key) => fields[key]);
  if (!test && stray) throw fail(`'${stray}' belongs to a paired test: add 'test: paired-bootstrap' (or mcnemar, delong), or drop '${stray}'`, fields[stray]?.line);
  const alpha = number('alpha');
  if (alpha !== undefined && !(alpha > 0 && alpha < 0.5))
    throw fail(`'alpha' must be between 0 and 0.5 (0.05 for a 95 % interval), got '${fields.alpha?.source}'`, fields.alpha?.line);
  const classField = fields.class;
  if (classField && (classField.value === null || typeof classField.value === 'object')) throw fail(`'class' must be a label, like 'spam' or 1`, classField.line);
  const rule: MetricRule = {
    test,
    statistic: choice('statistic', STATISTICS),
    class: classField ? String(classField.value) : undefined,
    alpha,
    margin: threshold('margin'),
    inconclusive: choice('inconclusive', ['warn', 'fail'] as const),
    resamples: whole('resamples', 100, 1_000_000),
    seed: whole('seed', 0, 2 ** 32 - 1),
    better: better?.value as MetricRule['better'],
    min: number('min'),
    max: number('max'),
    maxDrop: threshold('max-drop'),
    maxRise: threshold('max-rise'),
    warnDrop: threshold('warn-drop'),
    warnRise: threshold('warn-rise'),
    optional: optional?.value as boolean | undefined,
    source,
  };
  if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) throw fail(`'min' (${rule.min}) is above 'max' (${rule.max})`);
  return rule;
}

/** `0.01` → absolute, `1%` → relative 0.01; `undefined` when neither or negative. */
export function parseThreshold(value: unknown): Threshold | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? { relative: false, amount: value, text: String(value) } : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  return match[2] ? { relative: true, amount: amount / 100, text: `${match[1]}%` } : { relative: false, amount, text: match[1] as string };
}

/**
 * Matches a rule pattern where `*` stands for any characters, dots and line breaks included (a metric
 * named "f1.b\n" from a pull request must not slip past `f1.*` ungated). In time linear in the name
 * for each literal part: the first part must start the name and the last end it, the others are found
 * in order, each at its leftmost place. A regular expression `^a.*b.*c.*d$` backtracks polynomially
 * in the name's length per star; a 6 KB name held it for two minutes.
 */
export function globMatcher(pattern: string): (name: string) => boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return (name) => name === pattern;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const middle = parts.slice(1, -1).filter((p) => p !== '');
  return (name) => {
    if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
    let at = first.length;
    const end = name.length - last.length;
    for (const part of middle) {
      const found = name.indexOf(part, at);
      if (found < 0 || found + part.length > end) return false;
      at = found + part.length;
    }
    return true;
  };
}
