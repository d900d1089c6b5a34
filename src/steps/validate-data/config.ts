import type { ConfigFile } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import { didYouMean } from '../../core/suggest.js';
import { parseYaml } from '../../core/yaml.js';
import type { DriftMethod, DriftOptions } from '../../data/drift.js';

/** Drift settings per column (`*` for every column), with the severity a drift has. */
export interface DriftSettings {
  columns: Record<string, DriftOptions & { severity: 'fail' | 'warn' }>;
}

/** Dataset checks as written (kebab-case keys mapped to the engine's names), with where they came from. */
export interface RawChecks {
  origin: string;
  checks: Record<string, unknown>;
}

/** What the `data:` section of the config and the `checks` input hold. */
export interface DataConfig {
  schema?: string;
  reference?: string;
  /** The config's checks, then the input's (which override them key by key); validated against the schema by the engine. */
  checks: RawChecks[];
  drift: DriftSettings;
}

/** The checks' YAML keys and the engine's names for them. */
const CHECK_KEYS: Record<string, string> = {
  rows: 'rows',
  'null-fraction': 'nullFraction',
  'duplicate-rows': 'duplicateRows',
  stats: 'stats',
  'new-categories': 'newCategories',
  drift: 'drift',
};
const DRIFT_METHODS: readonly DriftMethod[] = ['psi', 'wasserstein', 'jensenshannon', 'linf', 'ks', 'chisquare'];

/**
 * Reads the `data:` section of the config file (absent file: nothing) and the `checks` input, which
 * overrides the config's checks key by key. Every mistake names the file or input and the line.
 */
export async function loadDataConfig(file: ConfigFile, checksInput: string | undefined): Promise<DataConfig> {
  const configShown = file.shown;
  const parsed = await file.document();
  const config: DataConfig = { checks: [], drift: { columns: {} } };
  if (parsed !== undefined) {
    const { doc, yaml, lineOf, toJS } = parsed;
    const root = doc.contents;
    const section = yaml.isMap(root) ? root.items.find((p) => yaml.isScalar(p.key) && p.key.value === 'data')?.value : undefined;
    if (section !== undefined && section !== null) {
      const where = (node: unknown) => `validate-data: ${configShown}${lineOf(node) ? `:${lineOf(node)}` : ''}: `;
      if (!yaml.isMap(section)) throw new UserError(`${where(section)}'data' must be a map with schema, checks and reference`, { file: configShown, line: lineOf(section) });
      for (const pair of section.items) {
        const key = yaml.isScalar(pair.key) ? String(pair.key.value) : '';
        const fail = (what: string) => new UserError(`${where(pair.key)}data.${key}: ${what}`, { file: configShown, line: lineOf(pair.key) });
        if (key === 'schema' || key === 'reference') {
          if (!yaml.isScalar(pair.value) || typeof pair.value.value !== 'string') throw fail('must be a path');
          config[key] = pair.value.value;
        } else if (key === 'checks') {
          parseChecks(
            pair.value === null ? {} : yaml.isNode(pair.value) ? toJS(pair.value) : {},
            `${configShown}${lineOf(pair.value) ? `:${lineOf(pair.value)}` : ''} data`,
            config,
          );
        } else throw fail('unknown key; allowed: schema, checks, reference');
      }
    }
  }
  if (checksInput) {
    parseChecks((await parseYaml(checksInput, "input 'checks'", 'validate-data: ')).toJS() ?? {}, "input 'checks'", config);
  }
  return config;
}

function parseChecks(value: unknown, where: string, into: DataConfig): void {
  const fail = (what: string) => new UserError(`validate-data: ${where}: ${what}`);
  const map = (v: unknown, what: string): Record<string, unknown> => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw fail(`${what} must be a map`);
    return v as Record<string, unknown>;
  };
  const checks: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(map(value, 'checks'))) {
    const name = CHECK_KEYS[key];
    if (!name) throw fail(`unknown check '${key}'${didYouMean(key, Object.keys(CHECK_KEYS))}; allowed: ${Object.keys(CHECK_KEYS).join(', ')}`);
    if (name !== 'drift') {
      checks[name] = v;
      continue;
    }
    for (const [column, d] of Object.entries(map(v, key))) {
      const o = map(d, `drift.${column}`);
      for (const k of Object.keys(o)) if (!['method', 'threshold', 'severity'].includes(k)) throw fail(`drift.${column}: unknown key '${k}'; allowed: method, threshold, severity`);
      if (o.method !== undefined && !DRIFT_METHODS.includes(o.method as DriftMethod)) throw fail(`drift.${column}.method must be one of ${DRIFT_METHODS.join(', ')}`);
      if (o.threshold !== undefined && (typeof o.threshold !== 'number' || !(o.threshold > 0))) throw fail(`drift.${column}.threshold must be a positive number`);
      if (o.severity !== undefined && o.severity !== 'fail' && o.severity !== 'warn') throw fail(`drift.${column}.severity must be fail or warn`);
      into.drift.columns[column] = {
        method: o.method as DriftMethod | undefined,
        threshold: o.threshold as number | undefined,
        severity: (o.severity as 'fail' | 'warn' | undefined) ?? 'fail',
      };
    }
  }
  into.checks.push({ origin: where, checks });
}
