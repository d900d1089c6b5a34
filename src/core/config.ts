import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { UserError } from './errors.js';
import { confinePath } from './files.js';
import { parseYaml, type YamlDocument } from './yaml.js';

/** The default name of the config file, looked for in the workspace. */
export const CONFIG_FILE = 'modelgate.yml';

/**
 * `modelgate.yml` as the entry read it for a step: once, before the step runs. The YAML is parsed on
 * first use (most runs of most steps never need it), then kept.
 */
export interface ConfigFile {
  /** The file as the user named it, for messages (`modelgate.yml`, `ci/modelgate.yml`). */
  readonly shown: string;
  /** Its text; `undefined` when the default file does not exist. */
  readonly text?: string;
  /** The parsed document; `undefined` without a file. A syntax error is a {@link UserError} with the line. */
  document(): Promise<YamlDocument | undefined>;
  /** The node of a top-level section (`metrics`, `data`, `monitoring`), when the file has one. */
  section(name: string): Promise<unknown>;
}

/** A config without a file. */
export function noConfig(shown = CONFIG_FILE): ConfigFile {
  return { shown, document: async () => undefined, section: async () => undefined };
}

/**
 * Reads the config file named `name` (relative to the workspace, confined to it). The default name may
 * be absent; a file the user named must exist. `label` names the input in messages.
 */
export async function loadConfig(workspace: string, name: string, label: string, step: string): Promise<ConfigFile> {
  const path = await confinePath(workspace, name, label);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && name === CONFIG_FILE) return undefined;
    throw new UserError(`${label}: cannot read '${name}' (${error.code ?? error.message})${error.code === 'ENOENT' ? ': there is no such file in the workspace' : ''}`);
  });
  if (text === undefined) {
    // A config under a near name would otherwise be ignored in silence, its rules with it.
    for (const near of ['modelgate.yaml', '.modelgate.yml', '.modelgate.yaml']) {
      if (
        await stat(join(workspace, near)).then(
          (s) => s.isFile(),
          () => false,
        )
      ) {
        throw new UserError(
          `${step}: found ${near} but no ${CONFIG_FILE}: modelgate reads ${CONFIG_FILE}; rename the file (or name it with the 'config' input of the steps that have one)`,
          { file: near },
        );
      }
    }
    return noConfig(name);
  }
  let parsed: Promise<YamlDocument> | undefined;
  const document = () => (parsed ??= parseYaml(text, name, `${step}: `));
  return {
    shown: name,
    text,
    document,
    section: async (section) => {
      const { doc, yaml } = await document();
      const root = doc.contents;
      return yaml.isMap(root) ? root.items.find((p) => yaml.isScalar(p.key) && p.key.value === section)?.value : undefined;
    },
  };
}

/** Top-level keys people write for a section of another name (what other tools call it). */
const TOP_LEVEL_HINTS: Readonly<Record<string, string>> = {
  rules: 'metrics',
  gates: 'metrics',
  thresholds: 'metrics',
  checks: 'data',
  schema: 'data',
  'pushgateway-url': 'monitoring',
  prometheus: 'monitoring',
};

/** A place in the config file the schema refuses, and why. */
export interface ConfigProblem {
  /** `<file>:<line>: <path>: <what>`, with a near miss suggested. */
  message: string;
  /** The top-level section it is in (`metrics`, `data`, `monitoring`), or `undefined` at the top. */
  section?: string;
  line?: number;
}

/**
 * What the shipped schema ({@link CONFIG_SCHEMA}, `modelgate.schema.json`) refuses in the config file,
 * each with the file, the line and what is allowed. The validator loads only when there is a file.
 */
export async function configProblems(config: ConfigFile): Promise<ConfigProblem[]> {
  const parsed = await config.document();
  if (!parsed) return [];
  // Compiled ahead of time (scripts/compile-schemas.mjs): ajv's compiler is neither loaded nor run here.
  const [{ validate: compiled }, { closest }] = await Promise.all([import('./config-check.js'), import('./suggest.js')]);
  const validate = compiled as unknown as ValidateFunction;
  if (validate(parsed.toJS())) return [];
  const problems: ConfigProblem[] = [];
  for (const error of validate.errors ?? []) {
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    // The section the problem is in: an unknown key at the top is in none (every step refuses it).
    const section = path[0];
    let what = error.message ?? 'is not allowed';
    let node = parsed.doc.getIn(path, true);
    if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hit = closest(extra, allowed) ?? (path.length === 0 ? TOP_LEVEL_HINTS[extra] : undefined);
      what = `unknown key '${extra}'${hit ? ` (did you mean '${hit}'?)` : ''}; allowed: ${allowed.join(', ')}`;
      const map = node as { items?: { key: { value?: unknown } }[] } | undefined;
      node = map?.items?.find((p) => p.key?.value === extra)?.key ?? node;
      path.push(extra);
    } else if (error.keyword === 'enum') {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const hit = closest(String(error.data), allowed);
      what = `must be one of ${allowed.join(', ')}, got '${String(error.data)}'${hit ? ` (did you mean '${hit}'?)` : ''}`;
    }
    const line = parsed.lineOf(node);
    problems.push({ message: `${config.shown}${line ? `:${line}` : ''}: ${path.length ? path.join('.') : 'the top level'}: ${what}`, section, line });
  }
  return problems;
}
