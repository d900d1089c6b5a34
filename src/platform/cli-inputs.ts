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

/** Inputs from flags first, then `MODELGATE_<NAME>` environment variables. */
export function cliInputSource(flags: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): InputSource {
  return (name) => {
    const value = flags.get(name) ?? env[inputEnvName(name)];
    return value === undefined || value === '' ? undefined : value;
  };
}

/**
 * `MODELGATE_*` variables that are settings of modelgate or what a deploy hook is given, not inputs
 * of a step; every other `MODELGATE_<NAME>` is read as input `<name>`.
 */
const SETTINGS = new Set(['DEBUG', 'SUMMARY_FILE', 'EXPORT_FILE', 'BASE_REF', 'DOTENV', 'NODE24', 'MODEL', 'VERSION', 'DIGEST']);

/** The input names `MODELGATE_<NAME>` variables hand a step (`MODELGATE_FAIL_ON` → `fail-on`), and the flags given. */
export function givenCliInputs(flags: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): { names: string[]; strict: boolean } {
  const fromEnv = Object.keys(env)
    .filter((k) => k.startsWith('MODELGATE_') && !SETTINGS.has(k.slice('MODELGATE_'.length)) && env[k] !== '')
    .map((k) => k.slice('MODELGATE_'.length).toLowerCase().replace(/_/g, '-'));
  return { names: [...new Set([...flags.keys(), ...fromEnv])], strict: false };
}
