import { UserError } from '../core/errors.js';
import type { InputSource, InputSpec } from '../core/inputs.js';
import { closest } from '../core/suggest.js';

/** The environment variable that carries an input for the CLI: `fail-on` → `MODELGATE_FAIL_ON`. */
export function inputEnvName(name: string): string {
  return `MODELGATE_${name.replace(/-/g, '_').toUpperCase()}`;
}

/**
 * Parses `--name value` / `--name=value` flags against the step's declared inputs (and their aliases).
 * A flag given twice joins its values with newlines (a list). An unknown flag is an error with the
 * nearest known one and the list of them.
 */
export function parseFlags(step: string, argv: readonly string[], specs: readonly Pick<InputSpec, 'name' | 'alias' | 'kind'>[]): Map<string, string> {
  const flags = new Map<string, string>();
  const names = new Map(
    specs.flatMap((s) =>
      s.alias
        ? [
            [s.name, s.name],
            [s.alias, s.name],
          ]
        : [[s.name, s.name]],
    ),
  );
  const known = specs.map((s) => s.name);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--([A-Za-z0-9_-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UserError(`${step}: unexpected argument '${arg}'; inputs are given as --name value`);
    const given = match[1] as string;
    const name = names.get(given);
    if (name === undefined) {
      const hint = closest(given, known);
      throw new UserError(`${step}: unknown option '--${given}'${hint ? ` (did you mean '--${hint}'?)` : ''}; the inputs are: ${known.map((k) => `--${k}`).join(', ')}`);
    }
    let value = match[2];
    if (value === undefined) {
      const next = argv[i + 1];
      const bare = next === undefined || next.startsWith('--');
      // Only a flag stands alone (`--force`); any other input needs its value.
      if (bare && specs.find((s) => s.name === name)?.kind !== 'boolean') throw new UserError(`${step}: option '--${given}' needs a value (--${given} <value>)`);
      value = bare ? 'true' : (i++, next);
    }
    flags.set(name, flags.has(name) ? `${flags.get(name)}\n${value}` : value);
  }
  return flags;
}

/**
 * `MODELGATE_*` variables that are settings of modelgate or what a deploy hook is given, not inputs
 * of a step; every other `MODELGATE_<NAME>` is read as input `<name>`.
 */
const SETTINGS = new Set(['DEBUG', 'SUMMARY_FILE', 'EXPORT_FILE', 'BASE_REF', 'NODE24', 'MODEL', 'VERSION', 'DIGEST']);

/** The input names `MODELGATE_<NAME>` variables hand a step (`MODELGATE_FAIL_ON` → `fail-on`), and the flags given. */
export function givenCliInputs(flags: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): { names: string[]; strict: boolean } {
  const fromEnv = Object.keys(env)
    .filter((k) => k.startsWith('MODELGATE_') && !SETTINGS.has(k.slice('MODELGATE_'.length)) && env[k] !== '')
    .map((k) => k.slice('MODELGATE_'.length).toLowerCase().replace(/_/g, '-'));
  return { names: [...new Set([...flags.keys(), ...fromEnv])], strict: false };
}

/** The line that starts each input in an inputs file: `--- modelgate input: fail-on ---`. */
const INPUT_LINE = /^--- modelgate input: ([A-Za-z0-9_.-]+) ---$/;

/**
 * The inputs file a GitLab component hands the CLI on stdin (`--inputs -`): each input a line
 * `--- modelgate input: <name> ---` followed by its value, verbatim, up to the next such line. The
 * template writes it as a quoted heredoc, so no shell and no CI/CD variable touches a value.
 * Returns the values by input name; a name the step does not have is an error with the nearest one.
 */
export function parseInputsFile(step: string, text: string, specs: readonly Pick<InputSpec, 'name'>[], shown = 'the inputs file'): Map<string, string> {
  const values = new Map<string, string>();
  const known = specs.map((s) => s.name);
  let current: string | undefined;
  let lines: string[] = [];
  const close = () => {
    if (current !== undefined) values.set(current, lines.join('\n'));
  };
  const all = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  for (const [index, line] of all.entries()) {
    const match = INPUT_LINE.exec(line);
    if (!match) {
      if (current === undefined && line.trim() !== '') throw new UserError(`${step}: ${shown} line ${index + 1}: expected '--- modelgate input: <name> ---' before any value`);
      lines.push(line);
      continue;
    }
    close();
    current = match[1] as string;
    lines = [];
    if (!known.includes(current)) {
      const hit = closest(current, known);
      throw new UserError(`${step}: ${shown} line ${index + 1}: unknown input '${current}'${hit ? ` (did you mean '${hit}'?)` : ''}; the inputs are: ${known.join(', ')}`);
    }
    if (values.has(current)) throw new UserError(`${step}: ${shown} line ${index + 1}: input '${current}' is given twice`);
  }
  close();
  return values;
}

/**
 * `$NAME`, `${NAME}` and `$$` in a value, expanded as GitLab expands job variables (an unset variable
 * is empty): what an input that names a variable (`registry: oci://$CI_REGISTRY_IMAGE`) needs once it
 * no longer travels as a variable. Nothing else (no commands, no defaults) is expanded.
 */
export function expandVariables(value: string, env: NodeJS.ProcessEnv): string {
  return value.replace(/\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_all, dollar: string, braced?: string, bare?: string) =>
    dollar === '$' ? '$' : (env[(braced ?? bare) as string] ?? ''),
  );
}

/**
 * Inputs given explicitly (flags, or a component's inputs file), with `MODELGATE_*` variables only for
 * what was not given. A non-secret input that a variable contradicts is an error: on GitLab every
 * project, group and pipeline variable outranks a job's own, so a `MODELGATE_FAIL_ON=never` set there
 * would otherwise change what the pipeline's author wrote, in silence.
 */
export function explicitInputSource(
  step: string,
  explicit: ReadonlyMap<string, string>,
  env: NodeJS.ProcessEnv,
  specs: readonly Pick<InputSpec, 'name' | 'secret'>[],
  from: string,
): InputSource {
  for (const spec of specs) {
    const name = inputEnvName(spec.name);
    const variable = env[name];
    const given = explicit.get(spec.name);
    if (spec.secret || variable === undefined || variable === '' || given === undefined || variable.trim() === given.trim()) continue;
    const shown = (v: string) => (v === '' ? 'empty' : `'${v.length > 60 ? `${v.slice(0, 57)}...` : v}'`.replace(/\n/g, '\\n'));
    throw new UserError(
      `${step}: the variable ${name}=${shown(variable)} contradicts the input '${spec.name}' (${given.trim() === '' ? 'left empty' : shown(given)}) given ${from}. ` +
        `A CI/CD variable (project, group, pipeline or job) does not change an input: remove ${name}, or change the input where it is written`,
    );
  }
  return (name) => {
    const value = explicit.get(name) ?? env[inputEnvName(name)];
    return value === undefined || value === '' ? undefined : value;
  };
}
