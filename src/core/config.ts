import { readFile } from 'node:fs/promises';
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
    throw new UserError(`${label}: cannot read '${name}' (${error.code ?? error.message})`);
  });
  if (text === undefined) return noConfig(name);
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
